// Buckets 1 % wide on a log scale from 1 µs to about 6 hours: a percentile within 1 % of the
// exact one, in a fixed 2,400-entry array whatever the number of requests.
const GROWTH = Math.log(1.01);
const BUCKETS = 2400;

export class LatencyHistogram {
  private readonly counts = new Float64Array(BUCKETS);
  count = 0;

  add(micros: number): void {
    const i = micros <= 1 ? 0 : Math.min(BUCKETS - 1, Math.ceil(Math.log(micros) / GROWTH));
    this.counts[i] = (this.counts[i] ?? 0) + 1;
    this.count++;
  }

  /** Nearest-rank percentile (p in 0..100) in microseconds, as the upper edge of its bucket; undefined when empty. */
  percentile(p: number): number | undefined {
    if (this.count === 0) return undefined;
    const rank = Math.max(1, Math.ceil((p / 100) * this.count));
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i] ?? 0;
      if (seen >= rank) return Math.exp(i * GROWTH);
    }
    return Math.exp((BUCKETS - 1) * GROWTH);
  }
}
