/**
 * A double's scripted faults: the first one for an operation that has hits left answers the
 * request; a fault without `calls` hits every request for its operation.
 */
export class FaultScript<F extends { op: string; calls?: number }> {
  private readonly hits = new Map<F, number>();

  constructor(private readonly faults: readonly F[] = []) {}

  next(op: string): F | undefined {
    const fault = this.faults.find((f) => f.op === op && (f.calls === undefined || (this.hits.get(f) ?? 0) < f.calls));
    if (fault) this.hits.set(fault, (this.hits.get(fault) ?? 0) + 1);
    return fault;
  }
}
