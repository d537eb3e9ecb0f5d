import { formatDuration, renderCodeBlock, renderCodeSpan, type Evidence } from '@runbook/core';
import type { PlatformWords } from '../driver.ts';
import type { CallLog } from './client.ts';
import type { EcsDeploy } from './deploy.ts';
import { parseImageRef } from './images.ts';
import type { DeployPlan, EcsServiceTarget } from './plan.ts';
import { unverifiedAdvice } from './restore.ts';
import { revisionLabel, type ContainerChange } from './task-definition.ts';

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

export function ecsTarget(t: EcsServiceTarget): string {
  return `ecs:${t.region}/${t.cluster}/${t.service}`;
}

/** How ECS things read in results and summaries, for deploy and rollback alike. */
export const ecsWords: Omit<PlatformWords<EcsServiceTarget>, 'defaultRunbook'> = {
  label: revisionLabel,
  unverifiedAdvice,
  targetId: ecsTarget,
  where: { heading: 'ECS service', cell: (t) => `${t.cluster}/${t.service}` },
};

export function deployEvidence(d: EcsDeploy): Evidence {
  const { state } = d;
  const evidence: Evidence = {
    cluster: d.target.cluster,
    service: d.target.service,
    region: d.target.region,
    from: revisionLabel(d.previous),
    to: d.revision ? revisionLabel(d.revision) : null,
    deployment: state.deploymentId ?? null,
    images: state.changes.map(describeChange).join('; ') || null,
  };
  if (d.failure) Object.assign(evidence, { stage: d.failure.stage, reason: d.failure.reason });
  if (state.migration) Object.assign(evidence, { migration: state.migration.summary, 'migration logs': state.migration.logs ?? null });
  if (state.migration?.tail) evidence['migration output'] = state.migration.tail.ok ? state.migration.tail.lines.slice(-10).join('\n') : `not readable: ${state.migration.tail.reason}`;
  if (state.diagnosis) Object.assign(evidence, { 'stopped tasks': state.diagnosis.stoppedTasks.join('\n') || 'none found', 'last events': state.diagnosis.events.join('\n') });
  if (d.smoke) evidence['smoke checks'] = d.smoke.summary;
  if (d.restore) evidence['rolled back'] = d.restore.summary;
  if (state.deregistered.length) evidence.deregistered = state.deregistered.join(', ');
  if (d.notes.length) evidence.notes = d.notes.join('; ');
  return evidence;
}

/** One service in a dry run's plan. */
export function deployPlanBlock(plan: DeployPlan, d: EcsDeploy): string {
  const { target: t, state } = d;
  const lines = [
    `**${t.key}** (${t.cluster}/${t.service}, ${t.region})`,
    `- revision: ${revisionLabel(d.previous)} → ${state.register ? `a new revision of ${state.register.family}` : `${revisionLabel(d.previous)} again (force-new-deployment)`}`,
    ...state.changes.map((c) => `- ${describeChange(c)}`),
  ];
  if (t.migrate) lines.push(`- migrate first: \`${t.migrate.command.join(' ')}\` in container ${state.migrateContainer} (exit 0 required)`);
  if (plan.desiredCount !== undefined) lines.push(`- desired count: ${state.before.desiredCount ?? 0} → ${plan.desiredCount}`);
  lines.push(`- wait up to ${formatDuration(plan.waitTimeoutMs)}; on failure ${plan.rollbackOnFailure ? `roll back to ${revisionLabel(d.previous)}` : 'do not roll back'}`);
  const probes = t.probes.length + plan.smokeProbes.length;
  if (probes) lines.push(`- smoke checks: ${probes} URL(s)`);
  if (plan.keepRevisions) lines.push(`- keep-revisions ${plan.keepRevisions}: ${state.planned.deregister.length ? `would deregister ${state.planned.deregister.map(revisionLabel).join(', ')}` : 'nothing to deregister'}`);
  return lines.join('\n');
}

/** What a failed service shows under its reason: the migration's output, stopped tasks, events, the rollback. */
export function deployFailureLines(d: EcsDeploy): string[] {
  const { state } = d;
  const lines: string[] = [];
  if (state.migration?.logs) lines.push(`- migration output: \`${state.migration.logs}\``);
  const tail = state.migration?.tail;
  if (tail?.ok) lines.push('', renderCodeBlock(tail.lines), '');
  else if (tail) lines.push(`- its last lines could not be read: ${tail.reason}`);
  for (const t of state.diagnosis?.stoppedTasks ?? []) lines.push(`- stopped ${renderCodeSpan(t)}`);
  if (state.diagnosis?.events.length) lines.push('- last events:', ...state.diagnosis.events.map((e) => `  - ${renderCodeSpan(e)}`));
  if (d.restore) lines.push(`- ${d.restore.summary}`);
  if (state.deregistered.length) lines.push(`- deregistered ${state.deregistered.join(', ')}, which failed: rollback to: previous will not pick it`);
  return lines;
}
