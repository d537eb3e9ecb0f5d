import { worstStatus, type CheckResult, type Evidence } from './result.ts';

// A check that could not tell (a tool or a permission missing, a timeout, an unreadable file) is a
// `fail` in the result model, so that a blind check opens an incident instead of going quiet; this
// one marker in its evidence tells it from a check that found something bad.

/** Every summary of a check that could not decide begins with it. */
export const UNDECIDED_PREFIX = 'could not decide: ';

/** The text after the prefix, for a sentence that already says the check could not decide. */
export const withoutUndecidedPrefix = (text: string): string => (text.startsWith(UNDECIDED_PREFIX) ? text.slice(UNDECIDED_PREFIX.length) : text);

/** The evidence marker: `undecided: true` when the check could not tell, `false` when it could. */
export const undecidedMark = (undecided: boolean): Evidence => ({ undecided });

export const isUndecided = (result: Pick<CheckResult, 'evidence'>): boolean => result.evidence.undecided === true;

export type StatusOutput = CheckResult['status'] | 'undecided';

/** The `status` output: `fail` when a check is known bad, `undecided` when every failure is a check that could not decide, else `warn` or `pass`. */
export function statusOutput(results: readonly CheckResult[]): StatusOutput {
  const failed = results.filter((r) => r.status === 'fail');
  if (failed.length > 0 && failed.every(isUndecided)) return 'undecided';
  return worstStatus(results);
}

/** A summary table's result cell: `undecided P3`, `fail P1`, `pass`. */
export const resultCell = (result: Pick<CheckResult, 'status' | 'severity' | 'evidence'>): string => `${isUndecided(result) ? 'undecided' : result.status}${result.severity ? ` ${result.severity}` : ''}`;
