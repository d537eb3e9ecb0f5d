import { formatDuration, UNDECIDED_PREFIX, undecidedMark, type CheckResult, type Evidence } from '@runbook/core';
import type { CompletedRun, WorkflowStatus } from '@runbook/incidents';
import type { WatchdogRequest } from './plan.ts';
import { watchdogSteps, type Finding } from './steps.ts';

/** Completed runs in which no job ran the checks: they do not end a silence. */
export const NOT_A_RUN: readonly string[] = ['cancelled', 'skipped', 'startup_failure', 'action_required', 'stale'];

const STATE_SUMMARY: Record<string, string> = {
  disabled_inactivity: 'disabled by GitHub after 60 days without activity in the repository (disabled_inactivity): no scheduled run happens until it is enabled',
  disabled_manually: 'disabled by hand (disabled_manually): no scheduled run happens until it is enabled',
  disabled_fork: 'disabled in this fork (disabled_fork): forks run no scheduled workflow until it is enabled',
  deleted: 'deleted (its state is deleted)',
};

/** `cancelled ×3, startup_failure ×1`: what the runs newer than the last real one ended in. */
function tally(runs: readonly CompletedRun[]): string {
  const counts = new Map<string, number>();
  for (const r of runs) counts.set(r.conclusion || 'unknown', (counts.get(r.conclusion || 'unknown') ?? 0) + 1);
  return [...counts].map(([conclusion, n]) => `${conclusion} ×${n}`).join(', ');
}

interface Judged {
  finding?: Finding;
  summary: string;
  evidence: Evidence;
  /** GitHub could not be read: the check could not tell. */
  undecided?: true;
}

function judgeRuns(status: Extract<WorkflowStatus, { found: true }>, request: WatchdogRequest, now: Date): Judged {
  const limit = formatDuration(request.maxSilenceMs);
  const index = status.runs.findIndex((r) => !NOT_A_RUN.includes(r.conclusion));
  const last = status.runs[index];
  const skipped = index === -1 ? status.runs : status.runs.slice(0, index);
  const newer = skipped.length ? `; the ${skipped.length} newer completed run(s) did not run its jobs (${tally(skipped)})` : '';
  if (!last) {
    const sinceAdded = now.getTime() - Date.parse(status.createdAt);
    if (sinceAdded <= request.maxSilenceMs) return { summary: `added ${formatDuration(sinceAdded)} ago; its first run is not due yet (max-silence ${limit})`, evidence: {} };
    const what = status.runs.length ? `none of its newest ${status.runs.length} completed runs ran its jobs (${tally(status.runs)})` : 'it has never completed a run';
    return { finding: 'silent', summary: `${what}, and it was added ${formatDuration(sinceAdded)} ago (max-silence ${limit})`, evidence: {} };
  }
  const silentMs = Math.max(0, now.getTime() - Date.parse(last.updatedAt));
  const evidence: Evidence = { 'last run': last.updatedAt, 'last run url': last.url, 'last run conclusion': last.conclusion, 'last run event': last.event, 'silent for': formatDuration(silentMs) };
  if (silentMs <= request.maxSilenceMs) return { summary: `last completed run ${formatDuration(silentMs)} ago (${last.conclusion}, ${last.event}), within max-silence ${limit}${newer}`, evidence };
  return { finding: 'silent', summary: `no completed run for ${formatDuration(silentMs)}, over max-silence ${limit}: the last one ended ${last.updatedAt} (${last.conclusion}, ${last.event})${newer}`, evidence };
}

function judge(status: WorkflowStatus, request: WatchdogRequest, now: Date): Judged {
  if (status.found === undefined) return { finding: 'unread', summary: `${UNDECIDED_PREFIX}${status.reason}`, evidence: {}, undecided: true };
  if (status.found === false) return { finding: 'missing', summary: `${request.repository} has no .github/workflows/${status.file} (renamed or deleted?)`, evidence: {} };
  const runs = judgeRuns(status, request, now);
  const evidence = { name: status.name, state: status.state, ...runs.evidence };
  if (status.state === 'active') return { ...runs, evidence };
  const known = STATE_SUMMARY[status.state];
  const finding: Finding = known ? (status.state as Finding) : 'disabled_manually';
  return { finding, summary: `${known ?? `not active (its state is ${status.state})`}; ${runs.summary}`, evidence };
}

/** One result per watched workflow: a failure (P2; P3 when GitHub could not be read) opens its incident, a pass closes it. */
export function watchdogResults(statuses: readonly WorkflowStatus[], request: WatchdogRequest, now: Date, durationMs = 0): CheckResult[] {
  return statuses.map((status) => {
    const page = `${request.serverUrl}/${request.repository}/actions/workflows/${status.file}`;
    const judged = judge(status, request, now);
    const failing = judged.finding !== undefined;
    return {
      id: `watchdog:${request.environment}/${request.repository}/${status.file}`,
      kind: 'watchdog',
      subject: status.file,
      target: page,
      status: failing ? 'fail' : 'pass',
      ...(failing ? { severity: judged.undecided ? 'P3' : 'P2' } : {}),
      summary: judged.summary,
      evidence: { repository: request.repository, workflow: status.file, ...judged.evidence, 'max silence': formatDuration(request.maxSilenceMs), ...undecidedMark(judged.undecided === true) },
      ...(judged.finding ? { runbook: watchdogSteps(judged.finding, { file: status.file, repository: request.repository, page }, request.locale) } : {}),
      startedAt: now.toISOString(),
      durationMs,
    };
  });
}
