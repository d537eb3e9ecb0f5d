import type { RegisterTaskDefinitionCommandInput, Service, TaskDefinition } from '@aws-sdk/client-ecs';
import { errorMessage, UsageError, type CheckResult, type Clock, type Emitter } from '@runbook/core';
import { bestEffort, runStage } from '../stages.ts';
import { captureService } from './capture.ts';
import { EcsError, type Ecs, type EcsClients } from './client.ts';
import { diagnose, type Diagnosis } from './diagnose.ts';
import { followDeployments, type FollowOutcome, type Watch } from './follow.ts';
import { runMigration, type MigrationOutcome } from './migrate.ts';
import type { DeployPlan, EcsServiceTarget } from './plan.ts';
import { deployResults, mayHaveChanged, reportDeploy } from './report.ts';
import { restoreServices, unverifiedAdvice, type RestoreOutcome } from './restore.ts';
import { revisionsToDeregister } from './revisions.ts';
import { capturedRevision, eventIds, progressOf } from './service-state.ts';
import { smokeCheckServices, type SmokeOutcome } from './smoke.ts';
import { applyImageChange, registrableInput, revisionLabel, type ContainerChange } from './task-definition.ts';
import { startOperation } from './operation.ts';
import type { Timeline } from './timeline.ts';

export type DeployStage = 'register' | 'migrate' | 'update' | 'rollout' | 'smoke';

/** One service's deploy, from what was captured before it to how it ended. */
export interface ServiceDeploy {
  target: EcsServiceTarget;
  ecs: Ecs;
  /** The service as it was before anything changed. */
  before: Service;
  /** The revision it goes back to on failure: the one serving before the deploy. */
  previous: string;
  /** What RegisterTaskDefinition gets; absent when the deploy restarts the current revision. */
  register?: RegisterTaskDefinitionCommandInput;
  changes: ContainerChange[];
  migrateContainer?: string;
  seen: Set<string>;
  /** In a dry run: the revisions keep-revisions would deregister. */
  planned: { deregister: string[] };
  registered?: TaskDefinition;
  newArn?: string;
  /** UpdateService was sent and may have been carried out (its answer may be lost). */
  updateSent?: boolean;
  deploymentId?: string;
  migration?: MigrationOutcome;
  rollout?: FollowOutcome;
  smoke?: SmokeOutcome;
  /** This service's own failure; a sibling's failure rolls it back too. */
  failure?: { stage: DeployStage; reason: string };
  diagnosis?: Diagnosis;
  restore?: RestoreOutcome;
  deregistered: string[];
  notes: string[];
}

export interface DeployRun {
  plan: DeployPlan;
  deploys: ServiceDeploy[];
  timeline: Timeline;
  clients: EcsClients;
  startedAt: string;
  clock: Clock;
  /** Every stage and the recovery are over: the results are final. */
  finished: boolean;
}

/** Everything read before any write: current state, the base revision, the new revision's body. */
async function prepare(plan: DeployPlan, target: EcsServiceTarget, clients: EcsClients, timeline: Timeline): Promise<ServiceDeploy> {
  const ecs = clients.for(target.region);
  const before = await captureService(target, ecs);
  const previous = capturedRevision(before);
  if (!previous) throw new UsageError(target.origin.service, `service ${target.service} has no task definition`);
  const deployments = before.deployments ?? [];
  const primary = deployments.find((d) => d.status === 'PRIMARY');
  timeline.add(target.key, `running ${revisionLabel(previous)}${primary ? ` (${progressOf(primary)})` : ''}`);
  if (deployments.length > 1) timeline.add(target.key, `note: ${deployments.length} deployments are on the service; a failure rolls back to ${revisionLabel(previous)}, the one that last completed`);

  const base = plan.taskDefinition ? { taskDefinition: plan.taskDefinition, tags: plan.taskDefinition.tags ?? [] } : await ecs.describeTaskDefinition(previous);
  const label = plan.taskDefinition ? `the task-definition file (${plan.taskDefinition.family})` : revisionLabel(previous);
  const applied = applyImageChange(base.taskDefinition.containerDefinitions ?? [], plan.change, label, target.containers?.names);
  if (!applied.ok) throw new UsageError(applied.field === 'containers' ? (target.containers?.origin ?? plan.inputLabel('containers')) : plan.inputLabel(applied.field), applied.expected);
  const restart = plan.change.kind === 'none' && !plan.taskDefinition;
  const register = restart ? undefined : registrableInput({ ...base.taskDefinition, containerDefinitions: applied.containerDefinitions }, base.tags);

  let migrateContainer: string | undefined;
  if (target.migrate) {
    const names = applied.containerDefinitions.map((c) => c.name);
    migrateContainer = target.migrate.container ?? applied.changes[0]?.container ?? names[0];
    if (!migrateContainer || !names.includes(migrateContainer)) throw new UsageError(target.migrate.origin, `container "${migrateContainer}" is not in ${label} (containers: ${names.join(', ')})`);
  }
  const planned = { deregister: plan.dryRun && plan.keepRevisions && register ? await deregisterable(ecs, target, register.family ?? '', plan.keepRevisions - 1, [previous]) : [] };
  return { target, ecs, before, previous, ...(register ? { register } : {}), changes: applied.changes, ...(migrateContainer ? { migrateContainer } : {}), seen: eventIds(before), planned, deregistered: [], notes: [] };
}

/**
 * The revisions that run: the service's deployments and the RUNNING tasks `tasks` selects (a
 * family across the cluster, or the service's own).
 */
async function runningRevisions(ecs: Ecs, target: EcsServiceTarget, tasks: { family: string } | { serviceName: string }): Promise<string[]> {
  const service = await ecs.describeService(target.cluster, target.service);
  const running = await ecs.listTasks({ cluster: target.cluster, ...tasks, desiredStatus: 'RUNNING' });
  const described = running.length ? await ecs.describeTasks(target.cluster, running) : [];
  return [...(service.deployments ?? []).map((d) => d.taskDefinition), ...described.map((t) => t.taskDefinitionArn)].filter((arn): arn is string => arn !== undefined);
}

/**
 * ACTIVE revisions of the family beyond the newest `keep`, never one that a task in the cluster
 * runs (any service, any deployment), nor the protected ones (the new revision, the rollback target).
 */
async function deregisterable(ecs: Ecs, target: EcsServiceTarget, family: string, keep: number, protectedArns: readonly string[]): Promise<string[]> {
  const active = await ecs.listActiveRevisions(family);
  const inUse = new Set([...protectedArns, ...(await runningRevisions(ecs, target, { family }))]);
  return revisionsToDeregister(active, keep, inUse);
}

async function register(run: DeployRun): Promise<boolean> {
  for (const d of run.deploys) {
    if (!d.register) {
      d.newArn = d.previous;
      continue;
    }
    try {
      d.registered = await d.ecs.registerTaskDefinition(d.register);
      d.newArn = d.registered.taskDefinitionArn as string;
      const images = d.changes.map((c) => `${c.container}=${c.to}`).join(', ');
      run.timeline.add(d.target.key, `registered ${revisionLabel(d.newArn)}${images ? ` (${images})` : ''}`);
    } catch (error) {
      d.failure = { stage: 'register', reason: `could not register the task definition: ${errorMessage(error)}` };
      run.timeline.add(d.target.key, d.failure.reason);
      return false;
    }
  }
  return true;
}

async function migrate(run: DeployRun): Promise<boolean> {
  const { plan } = run;
  for (const d of run.deploys) {
    if (!d.target.migrate || !d.migrateContainer) continue;
    const taskDefinition = d.registered ?? (await d.ecs.describeTaskDefinition(d.newArn as string)).taskDefinition;
    d.migration = await runMigration({
      ecs: d.ecs,
      key: d.target.key,
      service: d.before,
      taskDefinition,
      container: d.migrateContainer,
      command: d.target.migrate.command,
      timeoutMs: plan.waitTimeoutMs,
      pollIntervalMs: plan.pollIntervalMs,
      timeline: run.timeline,
      clock: run.clock,
    });
    if (!d.migration.ok) {
      d.failure = { stage: 'migrate', reason: `${d.migration.summary}; the service was not updated` };
      return false;
    }
  }
  return true;
}

async function update(run: DeployRun): Promise<boolean> {
  const { plan } = run;
  for (const d of run.deploys) {
    try {
      d.updateSent = true;
      const service = await d.ecs.updateService({
        cluster: d.target.cluster,
        service: d.target.service,
        taskDefinition: d.newArn,
        // The same revision only rolls out again when forced.
        forceNewDeployment: plan.forceNewDeployment || d.newArn === d.before.taskDefinition,
        ...(plan.desiredCount === undefined ? {} : { desiredCount: plan.desiredCount }),
      });
      const primary = service.deployments?.find((x) => x.status === 'PRIMARY');
      if (!primary?.id) throw new Error('UpdateService returned no PRIMARY deployment');
      d.deploymentId = primary.id;
      run.timeline.add(d.target.key, `update-service: deployment ${d.deploymentId} (${revisionLabel(d.previous)} → ${revisionLabel(d.newArn)})`);
    } catch (error) {
      // A definite refusal changed nothing; a lost answer or a bug after the call may have changed it.
      d.updateSent = !(error instanceof EcsError) || error.transient;
      d.failure = { stage: 'update', reason: `could not update the service: ${errorMessage(error)}` };
      run.timeline.add(d.target.key, d.failure.reason);
      return false;
    }
  }
  return true;
}

async function rollout(run: DeployRun): Promise<boolean> {
  const watches = new Map<Watch, ServiceDeploy>();
  for (const d of run.deploys) {
    watches.set({ target: d.target, ecs: d.ecs, deploymentId: d.deploymentId as string, taskDefinition: d.newArn as string, previous: d.previous, seen: d.seen }, d);
  }
  const outcomes = await followDeployments([...watches.keys()], {
    timeoutMs: run.plan.waitTimeoutMs,
    pollIntervalMs: run.plan.pollIntervalMs,
    timeline: run.timeline,
    stopOnFailure: true,
    clock: run.clock,
  });
  for (const [watch, outcome] of outcomes) {
    const d = watches.get(watch) as ServiceDeploy;
    d.rollout = outcome;
    if (outcome.state === 'failed' || outcome.state === 'timed-out') d.failure = { stage: 'rollout', reason: outcome.reason };
  }
  return run.deploys.every((d) => d.rollout?.state === 'completed');
}

async function smoke(run: DeployRun): Promise<boolean> {
  const probes = [...run.deploys.flatMap((d) => d.target.probes), ...run.plan.smokeProbes];
  const outcomes = await smokeCheckServices(
    run.deploys.map((d) => d.target.key),
    probes,
    run.timeline,
  );
  for (const d of run.deploys) {
    const outcome = outcomes.get(d.target.key);
    if (!outcome) continue;
    d.smoke = outcome;
    if (!outcome.ok) d.failure = { stage: 'smoke', reason: outcome.summary };
  }
  return run.deploys.every((d) => !d.failure);
}

/**
 * Stopped tasks and events of every service whose rollout or smoke checks failed, then all
 * updated services back. Nothing in here throws: a failing diagnosis or clean-up is a note, and
 * a rollback that cannot be carried out is the service's (P1) outcome.
 */
async function recover(run: DeployRun): Promise<void> {
  const { plan, timeline } = run;
  for (const d of run.deploys) {
    if ((d.failure?.stage !== 'rollout' && d.failure?.stage !== 'smoke') || !d.newArn) continue;
    const newArn = d.newArn;
    await bestEffort(
      async () => {
        d.diagnosis = await diagnose(d.ecs, d.target.cluster, d.target.service, newArn, d.rollout?.service);
        for (const line of d.diagnosis.stoppedTasks) timeline.add(d.target.key, `stopped: ${line}`);
      },
      (reason) => d.notes.push(`no diagnosis: ${reason}`),
    );
  }
  const updated = run.deploys.filter(mayHaveChanged);
  if (!plan.rollbackOnFailure) {
    for (const d of updated) d.notes.push('rollback-on-failure is false: not rolled back');
    return;
  }
  const items = updated.map((d) => ({
    target: d.target,
    ecs: d.ecs,
    to: d.previous,
    ...(d.newArn ? { from: d.newArn } : {}),
    ...(d.deploymentId ? { failedDeploymentId: d.deploymentId } : {}),
    ...(plan.desiredCount === undefined ? {} : { desiredCount: d.before.desiredCount ?? 0 }),
    seen: d.seen,
    deploy: d,
  }));
  await bestEffort(
    async () => {
      const outcomes = await restoreServices(items, {
        timeoutMs: plan.waitTimeoutMs,
        pollIntervalMs: plan.pollIntervalMs,
        timeline,
        probes: [...updated.flatMap((d) => d.target.probes), ...plan.smokeProbes],
        clock: run.clock,
      });
      for (const [item, outcome] of outcomes) item.deploy.restore = outcome;
    },
    (reason) => {
      for (const { deploy: d, target, to, from } of items) {
        if (d.restore) continue;
        d.restore = { by: 'us', back: false, ok: false, summary: `rollback to ${revisionLabel(to)} broke off: ${reason}; ${unverifiedAdvice(target, to, from)}` };
        timeline.add(target.key, d.restore.summary);
      }
    },
  );
  await bestEffort(
    () => retireFailedRevisions(run),
    (reason) => {
      for (const d of run.deploys) if (d.registered) d.notes.push(`the failed revision was not deregistered: ${reason}`);
    },
  );
}

/**
 * A revision registered by this deploy whose own rollout or smoke checks failed, once its service
 * is back on the captured revision: deregistered (as ecspresso does), so that `to: previous` never
 * picks a revision that never worked. Never one that still runs in any service of the deploy.
 */
async function retireFailedRevisions(run: DeployRun): Promise<void> {
  const failed = run.deploys.filter((d) => d.registered && d.newArn && d.restore?.back && (d.failure?.stage === 'rollout' || d.failure?.stage === 'smoke'));
  if (failed.length === 0) return;
  let inUse: Set<string>;
  try {
    inUse = await revisionsInUse(run.deploys);
  } catch (error) {
    for (const d of failed) d.notes.push(`the failed revision was not deregistered: ${errorMessage(error)}`);
    return;
  }
  for (const d of failed) {
    const arn = d.newArn as string;
    if (inUse.has(arn)) continue;
    try {
      await d.ecs.deregisterTaskDefinition(arn);
      d.deregistered.push(revisionLabel(arn));
      run.timeline.add(d.target.key, `deregistered ${revisionLabel(arn)}, which failed: rollback to: previous will not pick it`);
    } catch (error) {
      d.notes.push(`${revisionLabel(arn)} was not deregistered: ${errorMessage(error)}`);
    }
  }
}

/** The revisions the deploy's services run: their deployments and their RUNNING tasks. */
async function revisionsInUse(deploys: readonly ServiceDeploy[]): Promise<Set<string>> {
  const inUse = new Set<string>();
  for (const { ecs, target } of deploys) for (const arn of await runningRevisions(ecs, target, { serviceName: target.service })) inUse.add(arn);
  return inUse;
}

async function cleanup(run: DeployRun, keep: number): Promise<void> {
  for (const d of run.deploys) {
    if (!d.registered?.family) continue;
    try {
      const stale = await deregisterable(d.ecs, d.target, d.registered.family, keep, [d.newArn as string, d.previous]);
      for (const arn of stale) {
        await d.ecs.deregisterTaskDefinition(arn);
        d.deregistered.push(revisionLabel(arn));
      }
      if (stale.length) run.timeline.add(d.target.key, `keep-revisions ${keep}: deregistered ${d.deregistered.join(', ')}`);
    } catch (error) {
      d.notes.push(`keep-revisions: ${errorMessage(error)}`);
      run.timeline.add(d.target.key, `keep-revisions failed: ${errorMessage(error)}`);
    }
  }
}

const STAGES: readonly [DeployStage, string, (run: DeployRun) => Promise<boolean>][] = [
  ['register', 'register: new task definition revisions', register],
  ['migrate', 'migrate: one-off task', migrate],
  ['update', 'update: UpdateService', update],
  ['rollout', 'rollout: follow the deployments', rollout],
  ['smoke', 'smoke: check the new revisions', smoke],
];

/** What a stage's throw reads as, for the services it had not finished. */
const STAGE_FAILURE: Record<DeployStage, string> = {
  register: 'could not register the task definition',
  migrate: 'the migration could not be run',
  update: 'could not update the service',
  rollout: 'could not follow the rollout',
  smoke: 'the smoke checks could not run',
};

function stageDone(d: ServiceDeploy, stage: DeployStage): boolean {
  switch (stage) {
    case 'register':
      return d.newArn !== undefined;
    case 'migrate':
      return !d.target.migrate || d.migration?.ok === true;
    case 'update':
      return d.deploymentId !== undefined;
    case 'rollout':
      return d.rollout?.state === 'completed';
    case 'smoke':
      return d.smoke !== undefined;
  }
}

/** A stage threw: every service it had not finished fails that stage (all of them when it had finished each). */
function failStage(run: DeployRun, stage: DeployStage, message: string): void {
  const open = run.deploys.filter((d) => !d.failure);
  const unfinished = open.filter((d) => !stageDone(d, stage));
  for (const d of unfinished.length ? unfinished : open) {
    d.failure = { stage, reason: `${STAGE_FAILURE[stage]}: ${message}` };
    run.timeline.add(d.target.key, d.failure.reason);
  }
}

/**
 * The deploy: capture, register, migrate, update, follow each deployment id, smoke-check; on any
 * failure (a throw included) diagnose and roll every updated service back together. Each phase is
 * a log group; the results so far are recorded after each, and reported through the emitter.
 */
export async function deploy(plan: DeployPlan, emitter: Emitter): Promise<CheckResult[]> {
  const { clock, startedAt, timeline, clients } = startOperation(plan, emitter);
  const deploys = await emitter.group('prepare: read the services and plan the change', async () => {
    const prepared: ServiceDeploy[] = [];
    for (const target of plan.targets) prepared.push(await prepare(plan, target, clients, timeline));
    return prepared;
  });
  const run: DeployRun = { plan, deploys, timeline, clients, startedAt, clock, finished: plan.dryRun };
  if (!plan.dryRun) {
    emitter.record(deployResults(run));
    let ok = true;
    for (const [i, [stage, title, body]] of STAGES.entries()) {
      ok = await runStage(emitter, title, () => body(run), (message) => failStage(run, stage, message));
      // Past the smoke checks every service is verified: clean-up can add notes, not change a verdict.
      if (ok && i === STAGES.length - 1) run.finished = true;
      emitter.record(deployResults(run));
      if (!ok) break;
    }
    const keep = plan.keepRevisions;
    if (!ok) await emitter.group('recover: roll back, wait, smoke-check', () => recover(run));
    else if (keep) await emitter.group('keep-revisions: deregister old revisions', () => cleanup(run, keep));
    run.finished = true;
  }
  return reportDeploy(run, emitter);
}
