import type { protos } from '@google-cloud/run';

// Pure readers of a Service or Revision as the REST client returns it: enums as names (unary
// results) or numbers (LRO results, the double), int64 as strings or numbers.

type Service = protos.google.cloud.run.v2.IService;
type Revision = protos.google.cloud.run.v2.IRevision;
type Condition = protos.google.cloud.run.v2.ICondition;

const CONDITION_STATES = ['STATE_UNSPECIFIED', 'CONDITION_PENDING', 'CONDITION_RECONCILING', 'CONDITION_FAILED', 'CONDITION_SUCCEEDED'] as const;
export type ConditionState = (typeof CONDITION_STATES)[number];

/** A Condition.state as its name, whether sent as a name or a number. */
export function conditionState(state: Condition['state'] | string | number | undefined): ConditionState {
  if (typeof state === 'number') return CONDITION_STATES[state] ?? 'STATE_UNSPECIFIED';
  return (CONDITION_STATES as readonly string[]).includes(String(state)) ? (state as ConditionState) : 'STATE_UNSPECIFIED';
}

/** `svc-00042-abc` from `projects/p/locations/l/services/svc/revisions/svc-00042-abc` (or the short name itself). */
export function shortName(name: string | null | undefined): string {
  if (!name) return '';
  return name.slice(name.lastIndexOf('/') + 1);
}

export type Readiness = { state: 'ready' } | { state: 'pending'; why: string } | { state: 'failed'; reason: string };

/** `RevisionFailed: Revision 'svc-00002-abc' is not ready and cannot serve traffic. …` */
function conditionText(c: Condition): string {
  const reason = c.reason ?? c.revisionReason ?? c.executionReason;
  const why = reason === undefined || reason === null || reason === 0 ? '' : `${String(reason)}: `;
  return `${why}${c.message?.trim() || `${c.type ?? 'condition'} failed`}`;
}

/** The first failed condition, the `Ready` one last (the specific ones say more), as one line. */
export function failingCondition(conditions: readonly Condition[] | null | undefined): string | undefined {
  const failed = (conditions ?? []).filter((c) => conditionState(c.state) === 'CONDITION_FAILED');
  const first = failed.find((c) => c.type !== 'Ready') ?? failed[0];
  return first ? conditionText(first) : undefined;
}

const sameGeneration = (a: unknown, b: unknown): boolean => a !== undefined && a !== null && String(a) === String(b);

/**
 * The service after a change: done when it no longer reconciles, has observed its generation, its
 * terminal condition succeeded and the newest revision is the ready one. On failure the reason is
 * the terminal condition's (the revision's own conditions say more: see revisionReadiness).
 */
export function serviceReadiness(svc: Service): Readiness {
  const terminal = svc.terminalCondition ?? undefined;
  const state = conditionState(terminal?.state ?? undefined);
  if (svc.reconciling) return { state: 'pending', why: 'reconciling' };
  if (!sameGeneration(svc.observedGeneration, svc.generation)) return { state: 'pending', why: `generation ${String(svc.generation)} not yet observed` };
  if (state === 'CONDITION_FAILED') return { state: 'failed', reason: terminal ? conditionText(terminal) : 'failed' };
  if (state !== 'CONDITION_SUCCEEDED') return { state: 'pending', why: `terminal condition ${state}` };
  if (shortName(svc.latestReadyRevision) !== shortName(svc.latestCreatedRevision)) {
    return { state: 'failed', reason: `${shortName(svc.latestCreatedRevision)} did not become ready (${shortName(svc.latestReadyRevision) || 'no revision'} is the latest ready one)` };
  }
  return { state: 'ready' };
}

/** A revision by its own `Ready` condition: the only place a no-traffic revision's readiness shows. */
export function revisionReadiness(rev: Revision): Readiness {
  const ready = (rev.conditions ?? []).find((c) => c.type === 'Ready');
  const state = conditionState(ready?.state ?? undefined);
  if (state === 'CONDITION_SUCCEEDED') return { state: 'ready' };
  const failure = failingCondition(rev.conditions);
  if (state === 'CONDITION_FAILED' || (failure && !rev.reconciling)) return { state: 'failed', reason: failure ?? 'the revision is not ready' };
  return { state: 'pending', why: rev.reconciling ? 'reconciling' : `Ready is ${state}` };
}

/** Milliseconds of a Timestamp as the client gives it (an RFC 3339 string, or seconds + nanos). */
export function timestampMs(t: Revision['createTime'] | string | null | undefined): number {
  if (!t) return 0;
  if (typeof t === 'string') return Date.parse(t) || 0;
  return Number(t.seconds ?? 0) * 1_000 + Math.floor(Number(t.nanos ?? 0) / 1e6);
}
