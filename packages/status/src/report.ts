import { headline, isUndecided, resultCell, statusOutput, type CheckResult, type Emitter, type Table } from '@runbook/core';
import { checkHost } from './host/host-check.ts';
import type { StatusCheckPlan } from './options.ts';

export function statusTable(results: readonly CheckResult[]): Table {
  return {
    columns: ['host or service', 'check', 'result', 'details'],
    rows: results.map((r) => [r.subject, r.target, resultCell(r), r.summary]),
  };
}

/** Runs the plan's hosts, recording each result as it comes, and reports them. */
export async function runStatusCheck(plan: StatusCheckPlan, emitter: Emitter): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const onResult = (r: CheckResult): void => {
    results.push(r);
    emitter.record([...results]);
    emitter.progress(`${r.status === 'pass' ? 'ok  ' : r.status === 'warn' ? 'WARN' : isUndecided(r) ? 'UNDECIDED' : 'FAIL'} ${r.target} — ${r.summary}`);
    // The log's own lines and the service's events, as they are (and inert).
    const quoted = r.evidence['top messages'] ?? r.evidence.events;
    if (r.status !== 'pass' && typeof quoted === 'string') emitter.untrusted(quoted.split('\n'));
  };
  for (const host of plan.hosts) await emitter.group(`Host ${host.name}`, () => checkHost(host, onResult));
  if (plan.ecs.length > 0) {
    // The AWS SDK loads only when there is an ECS service to check.
    const { checkEcsStatus } = await import('./ecs/ecs-check.ts');
    await emitter.group(`ECS services (${plan.ecs.length})`, () => checkEcsStatus(plan.ecs, onResult, (m) => emitter.progress(m)));
  }
  if (plan.cloudRun.length > 0) {
    // The Google clients load only when there is a Cloud Run service to check.
    const { checkCloudRunStatus } = await import('./cloud-run/cloud-run-check.ts');
    await emitter.group(`Cloud Run services (${plan.cloudRun.length})`, () => checkCloudRunStatus(plan.cloudRun, onResult, (m) => emitter.progress(m)));
  }
  const failed = results.filter((r) => r.status === 'fail');
  await emitter.report({
    action: 'status-check',
    headline: headline(results),
    results,
    table: statusTable(results),
    outputs: { status: statusOutput(results), failed: String(failed.length) },
  });
  return results;
}
