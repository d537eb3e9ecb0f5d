import type { z } from 'zod';
import type * as schema from './schemas/result.ts';

// The value lists live here and the zod schemas in schemas/result.ts, so that an action that only
// produces results does not load zod at start-up (it costs ~100 ms of a cold start).
export const STATUSES = ['pass', 'warn', 'fail'] as const;
export const SEVERITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export const CHECK_KINDS = ['smoke-test', 'cert-check', 'backup-verify', 'deploy', 'rollback', 'status-check', 'watchdog'] as const;
export const FAIL_ON = ['fail', 'warn', 'never'] as const;

export type Status = z.infer<typeof schema.Status>;
export type Severity = z.infer<typeof schema.Severity>;
export type CheckKind = z.infer<typeof schema.CheckKind>;
export type FailOn = z.infer<typeof schema.FailOn>;
export type Evidence = z.infer<typeof schema.Evidence>;
export type CheckResult = z.infer<typeof schema.CheckResult>;

const statusRank: Record<Status, number> = { pass: 0, warn: 1, fail: 2 };
const severityRank: Record<Severity, number> = { P1: 1, P2: 2, P3: 3, P4: 4 };

export function worstStatus(results: readonly CheckResult[]): Status {
  return results.reduce<Status>((worst, r) => (statusRank[r.status] > statusRank[worst] ? r.status : worst), 'pass');
}

/** True when `a` is at least as severe as `b` (P1 is the most severe). */
export function atLeastAsSevere(a: Severity, b: Severity): boolean {
  return severityRank[a] <= severityRank[b];
}

export function mostSevere(severities: readonly Severity[]): Severity | undefined {
  return [...severities].sort((a, b) => severityRank[a] - severityRank[b])[0];
}

/** Whether a run with these results should end the job with exit code 1. */
export function shouldFail(results: readonly CheckResult[], failOn: FailOn): boolean {
  const worst = worstStatus(results);
  if (failOn === 'never') return false;
  if (failOn === 'warn') return worst !== 'pass';
  return worst === 'fail';
}

/** `all 5 URLs passed`, `2 of 5 URLs failing, 1 with warnings`. */
export function headline(results: readonly CheckResult[], noun = 'checks'): string {
  const failed = results.filter((r) => r.status === 'fail').length;
  const warned = results.filter((r) => r.status === 'warn').length;
  if (failed + warned === 0) return `all ${results.length} ${noun} passed`;
  return [failed ? `${failed} of ${results.length} ${noun} failing` : '', warned ? `${warned} with warnings` : ''].filter(Boolean).join(', ');
}
