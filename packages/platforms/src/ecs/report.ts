import { formatDuration, headline, renderCodeBlock, worstStatus, type CheckResult, type Emitter, type Evidence, type Severity, type Status, type Table } from '@runbook/core';
import type { CallLog } from './client.ts';
import type { DeployRun, ServiceDeploy } from './deploy.ts';
import { unverifiedAdvice } from './restore.ts';
import { parseImageRef } from './images.ts';
import type { EcsServiceTarget } from './plan.ts';
import { revisionLabel, type ContainerChange } from './task-definition.ts';

const DEFAULT_DEPLOY_RUNBOOK =
  'Read the stopped tasks and service events in the evidence; fix the image or task definition and deploy again. To go back by hand, run the rollback workflow with to: previous.';

/** `app: backend:main-abc1234 → main-def5678` (the repository once when only the tag changes). */
export function describeChange(c: ContainerChange): string {
  const from = parseImageRef(c.from);
  const to = parseImageRef(c.to);
  if (from.repository === to.repository) {
    const name = from.repository.split('/').pop();
    return `${c.container}: ${name}:${from.tag ?? from.digest ?? 'latest'} → ${to.tag ?? to.digest ?? 'latest'}`;
  }
  return `${c.container}: ${c.from} → ${c.to}`;
}

export function apiCallsSection(log: CallLog): { heading: string; body: string } {
  return { heading: 'API calls', body: `${log.total} ECS calls: ${log.describe()}` };
}

/** One value for one service, a JSON map `{service: value}` for several. */
export function perService<T extends { target: EcsServiceTarget }>(items: readonly T[], value: (item: T) => string): string {
  if (items.length === 1) return value(items[0] as T);
  return JSON.stringify(Object.fromEntries(items.map((i) => [i.target.key, value(i)])));
}

export function ecsTarget(t: EcsServiceTarget): string {
  return `ecs:${t.region}/${t.cluster}/${t.service}`;
}

/** Whether the service may have left its previous revision: UpdateService went out for a new one. */
export const mayHaveChanged = (d: ServiceDeploy): boolean => (d.deploymentId !== undefined || d.updateSent === true) && d.newArn !== d.previous;

interface Verdict {
  status: Status;
  severity?: Severity;
  summary: string;
}

/**
 * How one service's deploy ended. A failed deploy that ended back on the previous, healthy
 * revision is P2 (users saw errors for a while; data may be half-migrated); a service left on a
 * failed revision, or whose rollback failed, is P1. A deploy that could not start is P3.
 */
export function deployVerdict(d: ServiceDeploy, failed: readonly string[], dryRun: boolean, finished = true): Verdict {
  const took = formatDuration(d.rollout?.durationMs ?? 0);
  if (dryRun) return { status: 'pass', summary: `dry run: ${revisionLabel(d.previous)} → ${d.register ? `a new revision of ${d.register.family}` : 'the same revision, restarted'}` };
  // Recorded while the deploy runs: what stands if it ends here.
  if (!finished) {
    const why = d.failure ? `${d.failure.reason}; ` : '';
    if (mayHaveChanged(d)) return { status: 'fail', severity: 'P1', summary: `${why}the deploy stopped before the service was verified; ${unverifiedAdvice(d.target, d.previous, d.newArn)}` };
    return { status: 'fail', severity: 'P3', summary: `${why}the deploy stopped before the service was updated; it still runs ${revisionLabel(d.previous)}` };
  }
  if (failed.length === 0) {
    return { status: 'pass', summary: `deployed ${revisionLabel(d.newArn)} in ${took}${d.smoke ? `; ${d.smoke.summary}` : ''}` };
  }
  const restore = d.restore;
  if (d.failure) {
    const { stage, reason } = d.failure;
    if ((stage === 'register' || stage === 'update') && !restore) return { status: 'fail', severity: 'P3', summary: `${reason}; the service still runs ${revisionLabel(d.previous)}` };
    if (stage === 'migrate') return { status: 'fail', severity: 'P2', summary: reason };
    if (restore) return { status: 'fail', severity: restore.ok ? 'P2' : 'P1', summary: `${reason}; ${restore.summary}` };
    const byEcs = d.rollout?.state === 'failed' && d.rollout.ecsRollback;
    return { status: 'fail', severity: byEcs ? 'P2' : 'P1', summary: `${reason}${byEcs ? '' : '; not rolled back (rollback-on-failure is false)'}` };
  }
  const why = `${failed.join(', ')} failed`;
  if (!d.deploymentId) return { status: 'warn', severity: 'P4', summary: `not deployed: ${why}` };
  if (!restore) return { status: 'warn', severity: 'P4', summary: `${why}; left on ${revisionLabel(d.newArn)} (rollback-on-failure is false)` };
  return restore.ok ? { status: 'warn', severity: 'P4', summary: `${why}: ${restore.summary}` } : { status: 'fail', severity: 'P1', summary: `${why}: ${restore.summary}` };
}

function deployEvidence(d: ServiceDeploy): Evidence {
  const evidence: Evidence = {
    cluster: d.target.cluster,
    service: d.target.service,
    region: d.target.region,
    from: revisionLabel(d.previous),
    to: d.newArn ? revisionLabel(d.newArn) : null,
    deployment: d.deploymentId ?? null,
    images: d.changes.map(describeChange).join('; ') || null,
  };
  if (d.failure) Object.assign(evidence, { stage: d.failure.stage, reason: d.failure.reason });
  if (d.migration) Object.assign(evidence, { migration: d.migration.summary, 'migration logs': d.migration.logs ?? null });
  if (d.migration?.tail) evidence['migration output'] = d.migration.tail.ok ? d.migration.tail.lines.slice(-10).join('\n') : `not readable: ${d.migration.tail.reason}`;
  if (d.diagnosis) Object.assign(evidence, { 'stopped tasks': d.diagnosis.stoppedTasks.join('\n') || 'none found', 'last events': d.diagnosis.events.join('\n') });
  if (d.smoke) evidence['smoke checks'] = d.smoke.summary;
  if (d.restore) evidence['rolled back'] = d.restore.summary;
  if (d.deregistered.length) evidence.deregistered = d.deregistered.join(', ');
  if (d.notes.length) evidence.notes = d.notes.join('; ');
  return evidence;
}

function planSection(run: DeployRun): { heading: string; body: string } {
  const { plan } = run;
  const blocks = run.deploys.map((d) => {
    const t = d.target;
    const lines = [
      `**${t.key}** (${t.cluster}/${t.service}, ${t.region})`,
      `- revision: ${revisionLabel(d.previous)} → ${d.register ? `a new revision of ${d.register.family}` : `${revisionLabel(d.previous)} again (force-new-deployment)`}`,
      ...d.changes.map((c) => `- ${describeChange(c)}`),
    ];
    if (t.migrate) lines.push(`- migrate first: \`${t.migrate.command.join(' ')}\` in container ${d.migrateContainer} (exit 0 required)`);
    if (plan.desiredCount !== undefined) lines.push(`- desired count: ${d.before.desiredCount ?? 0} → ${plan.desiredCount}`);
    lines.push(`- wait up to ${formatDuration(plan.waitTimeoutMs)}; on failure ${plan.rollbackOnFailure ? `roll back to ${revisionLabel(d.previous)}` : 'do not roll back'}`);
    const probes = t.probes.length + plan.smokeProbes.length;
    if (probes) lines.push(`- smoke checks: ${probes} URL(s)`);
    if (plan.keepRevisions) lines.push(`- keep-revisions ${plan.keepRevisions}: ${d.planned.deregister.length ? `would deregister ${d.planned.deregister.map(revisionLabel).join(', ')}` : 'nothing to deregister'}`);
    return lines.join('\n');
  });
  return { heading: 'Plan (dry run: nothing was changed)', body: blocks.join('\n\n') };
}

function failureSection(deploys: readonly ServiceDeploy[]): { heading: string; body: string } | undefined {
  const failed = deploys.filter((d) => d.failure);
  if (failed.length === 0) return undefined;
  const blocks = failed.map((d) => {
    const lines = [`**${d.target.key}**: ${d.failure?.reason}`];
    if (d.migration?.logs) lines.push(`- migration output: \`${d.migration.logs}\``);
    const tail = d.migration?.tail;
    if (tail?.ok) lines.push('', renderCodeBlock(tail.lines), '');
    else if (tail) lines.push(`- its last lines could not be read: ${tail.reason}`);
    for (const t of d.diagnosis?.stoppedTasks ?? []) lines.push(`- stopped ${t}`);
    if (d.diagnosis?.events.length) lines.push('- last events:', ...d.diagnosis.events.map((e) => `  - ${e}`));
    if (d.restore) lines.push(`- ${d.restore.summary}`);
    if (d.deregistered.length) lines.push(`- deregistered ${d.deregistered.join(', ')}, which failed: rollback to: previous will not pick it`);
    return lines.join('\n');
  });
  return { heading: 'Why it failed', body: blocks.join('\n\n') };
}

/** `migrate 42s, rollout 1m 10s, smoke 0.3s`: where this service's time went (the timeline has the rest). */
export function stageTimes(d: Pick<ServiceDeploy, 'migration' | 'rollout' | 'smoke'>): string {
  const smokeMs = d.smoke?.results.length ? Math.max(...d.smoke.results.map((r) => r.durationMs)) : undefined;
  const stages: [string, number | undefined][] = [['migrate', d.migration?.durationMs], ['rollout', d.rollout?.durationMs], ['smoke', smokeMs]];
  return stages.flatMap(([name, ms]) => (ms === undefined ? [] : [`${name} ${formatDuration(ms)}`])).join(', ') || '–';
}

function deployTable(deploys: readonly ServiceDeploy[], results: readonly CheckResult[]): Table {
  return {
    columns: ['service', 'ECS service', 'from', 'to', 'images', 'result', 'stages'],
    rows: deploys.map((d, i) => {
      const r = results[i] as CheckResult;
      return [
        d.target.key,
        `${d.target.cluster}/${d.target.service}`,
        revisionLabel(d.previous),
        d.newArn ? revisionLabel(d.newArn) : d.register ? `new ${d.register.family}` : '–',
        d.changes.map(describeChange).join('\n') || '–',
        `${r.status}${r.severity ? ` ${r.severity}` : ''}: ${r.summary}`,
        stageTimes(d),
      ];
    }),
  };
}

/** One result per service: final once the run is finished, what stands so far before. */
export function deployResults(run: DeployRun): CheckResult[] {
  const { plan, deploys } = run;
  const failed = deploys.filter((d) => d.failure).map((d) => d.target.key);
  const durationMs = Math.round(run.timeline.elapsed());
  return deploys.map((d) => {
    const verdict = deployVerdict(d, failed, plan.dryRun, run.finished);
    return {
      id: `deploy:${plan.environment}/${d.target.key}`,
      kind: 'deploy',
      subject: d.target.key,
      target: ecsTarget(d.target),
      status: verdict.status,
      ...(verdict.severity ? { severity: verdict.severity } : {}),
      summary: verdict.summary,
      evidence: deployEvidence(d),
      runbook: d.target.runbook ?? DEFAULT_DEPLOY_RUNBOOK,
      startedAt: run.startedAt,
      durationMs,
    };
  });
}

export async function reportDeploy(run: DeployRun, emitter: Emitter): Promise<CheckResult[]> {
  const { plan, deploys } = run;
  const failed = deploys.filter((d) => d.failure).map((d) => d.target.key);
  const durationMs = Math.round(run.timeline.elapsed());
  const results = deployResults(run);
  const names = deploys.map((d) => d.target.key).join(', ');
  const restores = deploys.flatMap((d) => (d.restore ? [d.restore] : []));
  // Only a rollback followed to completion counts, ours or ECS's: one that could not start or failed does not.
  const rolledBack = restores.length > 0 && restores.every((r) => r.back);
  const failure = failureSection(deploys);
  await emitter.report({
    action: 'deploy',
    headline: plan.dryRun ? `dry run for ${names}: nothing changed` : failed.length ? `${headline(results, 'services')}${rolledBack ? ', rolled back' : ''}` : `deployed ${names} in ${formatDuration(durationMs)}`,
    results,
    table: deployTable(deploys, results),
    sections: [...(plan.dryRun ? [planSection(run)] : []), ...(failure ? [failure] : []), { heading: 'Timeline', body: run.timeline.render() }, apiCallsSection(run.clients.log)],
    outputs: {
      status: worstStatus(results),
      'task-definition-arn': perService(deploys, (d) => (plan.dryRun ? '' : (d.newArn ?? ''))),
      'previous-task-definition-arn': perService(deploys, (d) => d.previous),
      'deployment-id': perService(deploys, (d) => d.deploymentId ?? ''),
      'rolled-back': String(rolledBack),
    },
  });
  return results;
}
