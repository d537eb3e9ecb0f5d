import type { RegisterTaskDefinitionCommandInput, Service } from '@aws-sdk/client-ecs';
import { formatDuration, headline, UsageError, worstStatus, type CheckResult, type Emitter } from '@runbook/core';
import { bestEffort, runStage } from '../stages.ts';
import { captureService } from './capture.ts';
import { EcsError, type Ecs, type EcsClients } from './client.ts';
import type { EcsServiceTarget, RollbackPlan } from './plan.ts';
import { apiCallsSection, describeChange, ecsTarget, perService } from './report.ts';
import { restoreServices, unverifiedAdvice, type RestoreOutcome } from './restore.ts';
import { previousRevision, rollbackTargetProblem } from './revisions.ts';
import { eventIds } from './service-state.ts';
import { applyImageChange, parseTaskDefinitionRef, registrableInput, revisionLabel, type ContainerChange } from './task-definition.ts';
import { startOperation } from './operation.ts';
import type { Timeline } from './timeline.ts';

const DEFAULT_ROLLBACK_RUNBOOK =
  'The service may be running a broken revision: check its events and stopped tasks in the ECS console, then roll back by hand with aws ecs update-service --task-definition <family:revision>.';

interface ServiceRollback {
  target: EcsServiceTarget;
  ecs: Ecs;
  before: Service;
  from: string;
  /** The revision to go to; for `image-tag:` it exists only once registered. */
  to?: string;
  register?: RegisterTaskDefinitionCommandInput;
  changes: ContainerChange[];
  seen: Set<string>;
  restore?: RestoreOutcome;
  problem?: string;
}

/** Resolves `to` for one service with reads only: the target must be an ACTIVE revision of the service's family. */
async function resolve(plan: RollbackPlan, target: EcsServiceTarget, clients: EcsClients): Promise<ServiceRollback> {
  const ecs = clients.for(target.region);
  const before = await captureService(target, ecs);
  const from = before.taskDefinition as string;
  const family = parseTaskDefinitionRef(from)?.family ?? '';
  const base = { target, ecs, before, from, changes: [], seen: eventIds(before) };
  const label = plan.inputLabel('to');
  const { to } = plan;
  if (to.kind === 'image-tag') {
    const current = await ecs.describeTaskDefinition(from);
    const applied = applyImageChange(current.taskDefinition.containerDefinitions ?? [], { kind: 'tag', tag: to.tag }, revisionLabel(from), target.containers?.names);
    if (!applied.ok) throw new UsageError(target.containers?.origin ?? label, applied.expected);
    return { ...base, register: registrableInput({ ...current.taskDefinition, containerDefinitions: applied.containerDefinitions }, current.tags), changes: applied.changes };
  }
  let arn: string | undefined;
  if (to.kind === 'previous') {
    arn = previousRevision(before, await ecs.listActiveRevisions(family));
    if (!arn) throw new UsageError(label, `${target.key}: no ACTIVE revision of ${family} older than ${revisionLabel(from)} to roll back to`);
  } else {
    arn = to.text;
  }
  let definition;
  try {
    definition = (await ecs.describeTaskDefinition(arn)).taskDefinition;
  } catch (error) {
    if (error instanceof EcsError && error.code === 'ClientException') throw new UsageError(label, `${to.kind === 'previous' ? revisionLabel(arn) : arn}: no such task definition`);
    throw error;
  }
  const problem = rollbackTargetProblem(from, definition);
  if (problem) throw new UsageError(label, problem);
  return { ...base, to: definition.taskDefinitionArn as string };
}

function verdict(r: ServiceRollback): Pick<CheckResult, 'status' | 'summary'> & { severity?: 'P1' } {
  if (r.to === r.from && !r.restore) return { status: 'pass', summary: `already on ${revisionLabel(r.to)}: nothing to roll back` };
  if (r.problem) return { status: 'fail', severity: 'P1', summary: r.problem };
  if (!r.restore) return { status: 'pass', summary: `dry run: ${revisionLabel(r.from)} → ${r.to ? revisionLabel(r.to) : `a new revision with ${r.changes.map(describeChange).join(', ')}`}` };
  return r.restore.ok ? { status: 'pass', summary: `${revisionLabel(r.from)} → ${r.restore.summary}` } : { status: 'fail', severity: 'P1', summary: r.restore.summary };
}

function unfinishedVerdict(r: ServiceRollback): Pick<CheckResult, 'status' | 'summary'> & { severity?: 'P1' } {
  if (r.to === r.from || r.problem || !r.to) return verdict(r);
  return { status: 'fail', severity: 'P1', summary: `the rollback stopped before it was verified; ${unverifiedAdvice(r.target, r.to, r.from)}` };
}

/** One result per service: final once `finished`, what stands if the run ends now before. */
function rollbackResults(plan: RollbackPlan, rollbacks: readonly ServiceRollback[], startedAt: string, timeline: Timeline, finished: boolean): CheckResult[] {
  const durationMs = Math.round(timeline.elapsed());
  return rollbacks.map((r) => {
    const v = finished ? verdict(r) : unfinishedVerdict(r);
    return {
      id: `rollback:${plan.environment}/${r.target.key}`,
      kind: 'rollback',
      subject: r.target.key,
      target: ecsTarget(r.target),
      ...v,
      evidence: {
        cluster: r.target.cluster,
        service: r.target.service,
        region: r.target.region,
        from: revisionLabel(r.from),
        to: r.to ? revisionLabel(r.to) : null,
        deployment: r.restore?.deploymentId ?? null,
        images: r.changes.map(describeChange).join('; ') || null,
        'smoke checks': r.restore?.smoke?.summary ?? null,
      },
      runbook: r.target.runbook ?? DEFAULT_ROLLBACK_RUNBOOK,
      startedAt,
      durationMs,
    };
  });
}

/** Registers the `image-tag:` revisions; a failure is that service's problem. */
async function registerTargets(rollbacks: readonly ServiceRollback[], timeline: Timeline): Promise<void> {
  for (const r of rollbacks.filter((x) => x.register)) {
    await bestEffort(
      async () => {
        r.to = (await r.ecs.registerTaskDefinition(r.register as RegisterTaskDefinitionCommandInput)).taskDefinitionArn as string;
        timeline.add(r.target.key, `registered ${revisionLabel(r.to)}`);
      },
      (reason) => (r.problem = `could not register the task definition: ${reason}`),
    );
  }
}

/** Moves services back to an earlier revision together, waits for it, smoke-checks it. */
export async function rollback(plan: RollbackPlan, emitter: Emitter): Promise<CheckResult[]> {
  const { clock, startedAt, timeline, clients } = startOperation(plan, emitter);
  const rollbacks = await emitter.group('resolve: read the services and the target revisions', async () => {
    const resolved: ServiceRollback[] = [];
    for (const target of plan.targets) {
      const r = await resolve(plan, target, clients);
      timeline.add(target.key, `running ${revisionLabel(r.from)}; target ${r.to ? revisionLabel(r.to) : `a new revision (${r.changes.map(describeChange).join(', ')})`}`);
      resolved.push(r);
    }
    return resolved;
  });
  if (!plan.dryRun) {
    await emitter.group('register: new task definition revisions', () => registerTargets(rollbacks, timeline));
    const todo = rollbacks.filter((r) => r.to && r.to !== r.from && !r.problem);
    emitter.record(rollbackResults(plan, rollbacks, startedAt, timeline, false));
    const items = todo.map((r) => ({ target: r.target, ecs: r.ecs, to: r.to as string, from: r.from, seen: r.seen, rollback: r }));
    await runStage(
      emitter,
      'rollback: update, wait, smoke-check',
      async () => {
        const outcomes = await restoreServices(items, { timeoutMs: plan.waitTimeoutMs, pollIntervalMs: plan.pollIntervalMs, timeline, probes: [...todo.flatMap((r) => r.target.probes), ...plan.smokeProbes], clock });
        for (const [item, outcome] of outcomes) item.rollback.restore = outcome;
        return true;
      },
      (reason) => {
        for (const { rollback: r, target, to, from } of items) if (!r.restore) r.problem = `rollback to ${revisionLabel(to)} broke off: ${reason}; ${unverifiedAdvice(target, to, from)}`;
      },
    );
  }
  const results = rollbackResults(plan, rollbacks, startedAt, timeline, true);
  const durationMs = Math.round(timeline.elapsed());
  await emitter.report({
    action: 'rollback',
    headline: plan.dryRun ? `dry run for ${rollbacks.map((r) => r.target.key).join(', ')}: nothing changed` : results.every((r) => r.status === 'pass') ? `rolled back ${rollbacks.map((r) => r.target.key).join(', ')} in ${formatDuration(durationMs)}` : headline(results, 'services'),
    results,
    table: {
      columns: ['service', 'ECS service', 'from', 'to', 'result', 'time'],
      rows: rollbacks.map((r, i) => [r.target.key, `${r.target.cluster}/${r.target.service}`, revisionLabel(r.from), r.to ? revisionLabel(r.to) : 'new revision', `${results[i]?.status}: ${results[i]?.summary}`, formatDuration(durationMs)]),
    },
    sections: [{ heading: 'Timeline', body: timeline.render() }, apiCallsSection(clients.log)],
    outputs: {
      status: worstStatus(results),
      from: perService(rollbacks, (r) => r.from),
      to: perService(rollbacks, (r) => r.to ?? ''),
    },
  });
  return results;
}
