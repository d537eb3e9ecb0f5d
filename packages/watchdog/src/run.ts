import { headline, worstStatus, type CheckResult, type Emitter } from '@runbook/core';
import type { WorkflowStatus } from '@runbook/incidents';
import type { WatchdogRequest } from './plan.ts';
import { watchdogResults } from './verdict.ts';

/** Reads the workflows' states and runs, judges each, and reports them through the emitter. */
export async function runWatchdog(request: WatchdogRequest, read: (files: readonly string[]) => Promise<WorkflowStatus[]>, emitter: Emitter, now: () => Date = () => new Date()): Promise<CheckResult[]> {
  const started = now();
  const statuses = await read(request.workflows);
  const judgedAt = now();
  const results = watchdogResults(statuses, request, judgedAt, judgedAt.getTime() - started.getTime());
  for (const r of results) emitter.progress(`${r.status === 'pass' ? 'ok  ' : 'FAIL'} ${r.subject} — ${r.summary}`);
  await emitter.report({
    action: 'watchdog',
    headline: headline(results, 'scheduled workflows'),
    results,
    table: { columns: ['workflow', 'state', 'last run', 'result', 'details'], rows: results.map((r) => [r.subject, String(r.evidence.state ?? '–'), String(r.evidence['last run'] ?? '–'), `${r.status}${r.severity ? ` ${r.severity}` : ''}`, r.summary]) },
    outputs: { status: worstStatus(results), silent: String(results.filter((r) => r.status === 'fail').length) },
  });
  return results;
}
