import { formatDuration, type CheckResult, type RunbookConfig } from '@runbook/core';
import type { IncidentChange, IncidentSettings } from '@runbook/incidents';

/** Runbook 001's incident levels (障害レベル定義), which every result's severity follows. */
export const SEVERITY_LEVELS = `Severities are runbook 001's incident levels:
  P1  the service is fully down               respond at once
  P2  partly down, or about to break          respond within 30 minutes
  P3  degraded: slow, an SLO missed           respond within 2 hours
  P4  minor: warnings, some errors            respond within 24 hours
`;

const mentions = (names: readonly string[]): string => names.map((n) => `@${n}`).join(' ');

function escalation(change: IncidentChange, settings: IncidentSettings): string {
  const rule = settings.escalate[change.severity];
  if (!rule) return `it would not escalate (incidents.escalate has no ${change.severity} rule)`;
  const who = [rule.mention.length ? `mention ${mentions(rule.mention)}` : '', rule.assignees.length ? `assign ${mentions(rule.assignees)}` : ''].filter(Boolean).join(' and ');
  return `a run that finds it still failing ${formatDuration(rule.afterMs)} after it began would escalate it${who ? ` (${who})` : ''}`;
}

/**
 * What the same results would do in a workflow job with `open-issues` on: the incident planner's
 * own plan against a repository with no incident issues yet, in words.
 */
export async function ciPreview(results: readonly CheckResult[], config: RunbookConfig, environment: string, now: Date): Promise<string> {
  const { planIncidents, resolveSettings } = await import('@runbook/incidents');
  const settings = resolveSettings(config, environment, undefined);
  const plan = planIncidents({ issues: [], results, now, settings, environment });
  const lines = plan.changes.map(
    (change) =>
      `  - in CI this would open the issue "${change.title}"; ${escalation(change, settings)}; ` +
      `it closes, with the downtime, when the check passes (and reopens if it fails again within ${formatDuration(settings.reopenWithinMs)})`,
  );
  for (const result of plan.belowThreshold) {
    lines.push(`  - ${result.subject}: a ${result.severity} warning, in the job summary only (no issue below incidents.warn-min-severity ${settings.warnMinSeverity})`);
  }
  if (lines.length === 0) lines.push('  - every check passed: no issue would be opened, and open ones would be closed');
  return `\nWhat would happen in CI (a job with open-issues on and permissions issues: write):\n${lines.join('\n')}\n\n${SEVERITY_LEVELS}\n`;
}
