import { atLeastAsSevere, type CheckResult, type Severity } from '@runbook/core';

/** A result without a severity: a failure counts as P2 (something is broken), a warning as P4. */
export function severityOf(result: CheckResult): Severity {
  return result.severity ?? (result.status === 'fail' ? 'P2' : 'P4');
}

/** Whether a result is an incident: every failure, and warnings at `warnMinSeverity` or more severe. */
export function isIncident(result: CheckResult, warnMinSeverity: Severity): boolean {
  if (result.status === 'fail') return true;
  return result.status === 'warn' && atLeastAsSevere(severityOf(result), warnMinSeverity);
}

/**
 * What kind of failure a summary describes, without the figures that change from run to run:
 * `timed out after 10s` and `timed out after 12s` are the same reason, `got 502` and `got 503`
 * too (5xx), but `got 404` or `connection refused` is a different one.
 */
export function reasonClass(status: string, summary: string): string {
  const normalized = summary
    .toLowerCase()
    .replace(/\{[^}]*\}/g, '{…}')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/(got )?\d+(?:\.\d+)?/g, (figure, got?: string) => (got && /^got \d{3}$/.test(figure) ? `got ${figure.charAt(4)}xx` : `${got ?? ''}#`))
    .replace(/\s+/g, ' ')
    .trim();
  return `${status}:${normalized}`;
}
