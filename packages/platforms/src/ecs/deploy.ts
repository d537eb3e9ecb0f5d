import type { RegisterTaskDefinitionCommandInput, Service, TaskDefinition } from '@aws-sdk/client-ecs';
import { errorMessage, UsageError } from '@runbook/core';
import type { DeployDriver, DriverContext, FollowOutcome, RestoreMove, ServiceDeploy } from '../driver.ts';
import { backoffFor } from '../calls.ts';
import { perService } from '../outputs.ts';
import { captureService } from './capture.ts';
import { EcsClients, EcsError, type Ecs } from './client.ts';
import { diagnose, type Diagnosis } from './diagnose.ts';
import { followDeployments, type FollowOutcome as EcsFollowOutcome, type Watch } from './follow.ts';
import { runMigration, type MigrationOutcome } from './migrate.ts';
import type { DeployPlan, EcsServiceTarget } from './plan.ts';
import { apiCallsSection, deployEvidence, deployFailureLines, deployPlanBlock, describeChange, ecsWords } from './report.ts';
import { restoreServices } from './restore.ts';
import { revisionsToDeregister } from './revisions.ts';
import { capturedRevision, eventIds, progressOf } from './service-state.ts';
import { applyImageChange, registrableInput, revisionLabel, type ContainerChange } from './task-definition.ts';
import type { Timeline } from '../timeline.ts';

const DEFAULT_DEPLOY_RUNBOOK =
  'Read the stopped tasks and service events in the evidence; fix the image or task definition and deploy again. To go back by hand, run the rollback workflow with to: previous.';

/** What the ECS driver reads and writes for one service. */
export interface EcsDeployState {
  ecs: Ecs;
  /** The service as it was before anything changed. */
  before: Service;
  /** What RegisterTaskDefinition gets; absent when the deploy restarts the current revision. */
  register?: RegisterTaskDefinitionCommandInput;
  changes: ContainerChange[];
  migrateContainer?: string;
  seen: Set<string>;
  /** In a dry run: the revisions keep-revisions would deregister. */
  planned: { deregister: string[] };
  registered?: TaskDefinition;
  deploymentId?: string;
  migration?: MigrationOutcome;
  /** The service as its rollout last saw it. */
  service?: Service;
  diagnosis?: Diagnosis;
  deregistered: string[];
}

export type EcsDeploy = ServiceDeploy<EcsDeployState, EcsServiceTarget>;

/** Everything read before any write: current state, the base revision, the new revision's body. */
async function prepare(plan: DeployPlan, target: EcsServiceTarget, clients: EcsClients, timeline: Timeline) {
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
  const state: EcsDeployState = { ecs, before, ...(register ? { register } : {}), changes: applied.changes, ...(migrateContainer ? { migrateContainer } : {}), seen: eventIds(before), planned, deregistered: [] };
  return { state, previous, migrates: migrateContainer !== undefined };
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

/** The revisions the deploy's services run: their deployments and their RUNNING tasks. */
async function revisionsInUse(deploys: readonly EcsDeploy[]): Promise<Set<string>> {
  const inUse = new Set<string>();
  for (const { state, target } of deploys) for (const arn of await runningRevisions(state.ecs, target, { serviceName: target.service })) inUse.add(arn);
  return inUse;
}

/**
 * A revision registered by this deploy whose own rollout or smoke checks failed, once its service
 * is back on the captured revision: deregistered (as ecspresso does), so that `to: previous` never
 * picks a revision that never worked. Never one that still runs in any service of the deploy.
 */
async function retireFailedRevisions(deploys: readonly EcsDeploy[], timeline: Timeline): Promise<void> {
  const failed = deploys.filter((d) => d.state.registered && d.revision && d.restore?.back && (d.failure?.stage === 'rollout' || d.failure?.stage === 'smoke'));
  if (failed.length === 0) return;
  let inUse: Set<string>;
  try {
    inUse = await revisionsInUse(deploys);
  } catch (error) {
    for (const d of failed) d.notes.push(`the failed revision was not deregistered: ${errorMessage(error)}`);
    return;
  }
  for (const d of failed) {
    const arn = d.revision as string;
    if (inUse.has(arn)) continue;
    try {
      await d.state.ecs.deregisterTaskDefinition(arn);
      d.state.deregistered.push(revisionLabel(arn));
      timeline.add(d.target.key, `deregistered ${revisionLabel(arn)}, which failed: rollback to: previous will not pick it`);
    } catch (error) {
      d.notes.push(`${revisionLabel(arn)} was not deregistered: ${errorMessage(error)}`);
    }
  }
}

async function cleanup(deploys: readonly EcsDeploy[], keep: number, timeline: Timeline): Promise<void> {
  for (const d of deploys) {
    const { state } = d;
    if (!state.registered?.family) continue;
    try {
      const stale = await deregisterable(state.ecs, d.target, state.registered.family, keep, [d.revision as string, d.previous]);
      for (const arn of stale) {
        await state.ecs.deregisterTaskDefinition(arn);
        state.deregistered.push(revisionLabel(arn));
      }
      if (stale.length) timeline.add(d.target.key, `keep-revisions ${keep}: deregistered ${state.deregistered.join(', ')}`);
    } catch (error) {
      d.notes.push(`keep-revisions: ${errorMessage(error)}`);
      timeline.add(d.target.key, `keep-revisions failed: ${errorMessage(error)}`);
    }
  }
}

/** ECS's outcome of a deployment, for the orchestrator; the service as last seen stays with the driver. */
function neutralOutcome(outcome: EcsFollowOutcome): FollowOutcome {
  switch (outcome.state) {
    case 'completed':
    case 'interrupted':
      return { state: outcome.state, durationMs: outcome.durationMs };
    case 'timed-out':
      return { state: outcome.state, reason: outcome.reason, durationMs: outcome.durationMs };
    case 'failed':
      return { state: 'failed', reason: outcome.reason, ...(outcome.ecsRollback ? { rolledBackByPlatform: true } : {}), durationMs: outcome.durationMs };
  }
}

/** The ECS deploy: RegisterTaskDefinition, a one-off migration task, UpdateService, following that deployment id. */
export function ecsDeployDriver(plan: DeployPlan, { clock, timeline }: DriverContext): DeployDriver<EcsDeployState, EcsServiceTarget> {
  const clients = new EcsClients(clock, backoffFor(plan.pollIntervalMs));
  const waits = { timeoutMs: plan.waitTimeoutMs, pollIntervalMs: plan.pollIntervalMs, timeline, clock };
  const keep = plan.keepRevisions;
  return {
    words: { ...ecsWords, defaultRunbook: DEFAULT_DEPLOY_RUNBOOK },
    prepareTitle: 'prepare: read the services and plan the change',
    stages: {
      register: { title: 'register: new task definition revisions', failure: 'could not register the task definition' },
      migrate: { title: 'migrate: one-off task', failure: 'the migration could not be run' },
      update: { title: 'update: UpdateService', failure: 'could not update the service' },
      rollout: { title: 'rollout: follow the deployments', failure: 'could not follow the rollout' },
      smoke: { title: 'smoke: check the new revisions', failure: 'the smoke checks could not run' },
    },
    prepare: (target) => prepare(plan, target, clients, timeline),
    async register(d) {
      const { state } = d;
      if (!state.register) {
        d.revision = d.previous;
        return;
      }
      state.registered = await state.ecs.registerTaskDefinition(state.register);
      d.revision = state.registered.taskDefinitionArn as string;
      const images = state.changes.map((c) => `${c.container}=${c.to}`).join(', ');
      timeline.add(d.target.key, `registered ${revisionLabel(d.revision)}${images ? ` (${images})` : ''}`);
    },
    async migrate(d) {
      const { state, target } = d;
      const migrate = target.migrate as NonNullable<EcsServiceTarget['migrate']>;
      const taskDefinition = state.registered ?? (await state.ecs.describeTaskDefinition(d.revision as string)).taskDefinition;
      state.migration = await runMigration({ ecs: state.ecs, key: target.key, service: state.before, taskDefinition, container: state.migrateContainer as string, command: migrate.command, ...waits });
      return state.migration;
    },
    async update(d) {
      const { state, target } = d;
      const service = await state.ecs.updateService({
        cluster: target.cluster,
        service: target.service,
        taskDefinition: d.revision,
        // The same revision only rolls out again when forced.
        forceNewDeployment: plan.forceNewDeployment || d.revision === state.before.taskDefinition,
        ...(plan.desiredCount === undefined ? {} : { desiredCount: plan.desiredCount }),
      });
      const primary = service.deployments?.find((x) => x.status === 'PRIMARY');
      if (!primary?.id) throw new Error('UpdateService returned no PRIMARY deployment');
      state.deploymentId = primary.id;
      timeline.add(target.key, `update-service: deployment ${state.deploymentId} (${revisionLabel(d.previous)} → ${revisionLabel(d.revision)})`);
    },
    refused: (error) => error instanceof EcsError && !error.transient,
    async follow(deploys) {
      const watches = new Map<Watch, EcsDeploy>();
      for (const d of deploys) watches.set({ target: d.target, ecs: d.state.ecs, deploymentId: d.state.deploymentId as string, taskDefinition: d.revision as string, previous: d.previous, seen: d.state.seen }, d);
      const outcomes = await followDeployments([...watches.keys()], { ...waits, stopOnFailure: true });
      const neutral = new Map<EcsDeploy, FollowOutcome>();
      for (const [watch, outcome] of outcomes) {
        const d = watches.get(watch) as EcsDeploy;
        if (outcome.service) d.state.service = outcome.service;
        neutral.set(d, neutralOutcome(outcome));
      }
      return neutral;
    },
    async diagnose(d) {
      const { state, target } = d;
      state.diagnosis = await diagnose(state.ecs, target.cluster, target.service, d.revision as string, state.service);
      for (const line of state.diagnosis.stoppedTasks) timeline.add(target.key, `stopped: ${line}`);
    },
    async restore(deploys) {
      const items = deploys.map((d) => ({
        target: d.target,
        ecs: d.state.ecs,
        to: d.previous,
        ...(d.revision ? { from: d.revision } : {}),
        ...(d.state.deploymentId ? { failedDeploymentId: d.state.deploymentId } : {}),
        ...(plan.desiredCount === undefined ? {} : { desiredCount: d.state.before.desiredCount ?? 0 }),
        seen: d.state.seen,
        deploy: d,
      }));
      const moves = await restoreServices(items, waits);
      return new Map<EcsDeploy, RestoreMove>([...moves].map(([item, move]) => [item.deploy, move]));
    },
    recovered: (deploys) => retireFailedRevisions(deploys, timeline),
    ...(keep ? { cleanup: { title: 'keep-revisions: deregister old revisions', run: (deploys: readonly EcsDeploy[]) => cleanup(deploys, keep, timeline) } } : {}),
    planned: (d) => (d.state.register ? `a new revision of ${d.state.register.family}` : 'the same revision, restarted'),
    evidence: deployEvidence,
    table: {
      change: 'images',
      to: (d) => (d.revision ? revisionLabel(d.revision) : d.state.register ? `new ${d.state.register.family}` : '–'),
      changes: (d) => d.state.changes.map(describeChange).join('\n') || '–',
    },
    planBlock: (d) => deployPlanBlock(plan, d),
    failureLines: deployFailureLines,
    sections: () => [apiCallsSection(clients.log)],
    outputs: (deploys) => ({
      'task-definition-arn': perService(deploys, (d) => (plan.dryRun ? '' : (d.revision ?? ''))),
      'previous-task-definition-arn': perService(deploys, (d) => d.previous),
      'deployment-id': perService(deploys, (d) => d.state.deploymentId ?? ''),
    }),
  };
}
