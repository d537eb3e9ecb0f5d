import { errorMessage, formatDuration, poll, type Clock } from '@runbook/core';
import { ATTEMPT_TIMEOUT_MS } from '../calls.ts';
import type { RestoreMove } from '../driver.ts';
import type { Ecs } from './client.ts';
import { followDeployments, type Watch } from './follow.ts';
import type { EcsServiceTarget } from './plan.ts';
import { ecsRollbackExpected, ecsRollbackOf } from './service-state.ts';
import { revisionLabel } from './task-definition.ts';
import type { Timeline } from '../timeline.ts';

/** One service to move back to a known revision. */
export interface RestoreItem {
  target: EcsServiceTarget;
  ecs: Ecs;
  to: string;
  /** Our failed deployment: a PRIMARY deployment on `to` other than it is ECS's own rollback. */
  failedDeploymentId?: string;
  /** The revision it is moved away from: where it may still be when the rollback cannot be verified. */
  from?: string;
  /** The desired count to restore, when the deploy changed it. */
  desiredCount?: number;
  seen: Set<string>;
}

/** How the move back went, before the smoke checks. */
export interface EcsRestoreMove extends RestoreMove {
  /** Who moved the service back: ECS's circuit breaker or this run. */
  by: 'ecs' | 'us';
  deploymentId?: string;
}

export interface RestoreOptions {
  timeoutMs: number;
  pollIntervalMs: number;
  timeline: Timeline;
  clock: Clock;
}

/**
 * What to do when a rollback could not be verified: where the service may be, and the commands
 * that finish the job by hand.
 */
export function unverifiedAdvice(target: EcsServiceTarget, to: string, from: string | undefined): string {
  const where = from && from !== to ? `it may be on ${from} or ${to}` : `it may not be on ${to}`;
  const command = `aws ecs update-service --region ${target.region} --cluster ${target.cluster} --service ${target.service} --task-definition ${to}`;
  return `${where}: run \`${command}\` and wait for it, or the rollback workflow with to: ${revisionLabel(to)}`;
}

/** ECS's rollback deployment can show up a few polls after ours FAILED; this long at most is waited for it. */
const ECS_ROLLBACK_GRACE_MS = 30_000;

/**
 * Starts our own rollback unless ECS's circuit breaker already started one to the same revision or
 * is about to (rollback on, our deployment FAILED): then it waits a while for that one instead.
 */
async function start(item: RestoreItem, options: RestoreOptions, deadline: number): Promise<{ watch: Watch; by: 'ecs' | 'us' }> {
  const { target } = item;
  const { timeline, clock } = options;
  const notify = (message: string): void => timeline.add(target.key, message);
  const failedId = item.failedDeploymentId;
  if (failedId) {
    // Looking for ECS's own rollback may take half of what is left; the rest is for ours.
    const look = item.ecs.within(clock.now() + Math.max(0, deadline - clock.now()) / 2, notify);
    const ecsRollback = await waitForEcsRollback(item, look, options).catch((error: unknown) => {
      // Not knowing whether ECS rolls back is no reason to leave the service where it is.
      timeline.add(target.key, `cannot see whether ECS rolls back by itself (${errorMessage(error)}): rolling back`);
      return undefined;
    });
    if (ecsRollback) {
      timeline.add(target.key, `ECS's circuit breaker is already rolling back to ${revisionLabel(item.to)} (${ecsRollback}); not rolling back twice`);
      return { watch: { target, ecs: item.ecs, deploymentId: ecsRollback, taskDefinition: item.to, seen: item.seen }, by: 'ecs' };
    }
  }
  // The write that puts the service back gets a full attempt even when the wait is nearly over.
  const updated = await item.ecs.within(Math.max(deadline, clock.now() + ATTEMPT_TIMEOUT_MS), notify).updateService({
    cluster: target.cluster,
    service: target.service,
    taskDefinition: item.to,
    ...(item.desiredCount === undefined ? {} : { desiredCount: item.desiredCount }),
  });
  const deploymentId = updated.deployments?.find((d) => d.status === 'PRIMARY')?.id ?? '?';
  timeline.add(target.key, `rolling back to ${revisionLabel(item.to)}: deployment ${deploymentId}`);
  return { watch: { target, ecs: item.ecs, deploymentId, taskDefinition: item.to, seen: item.seen }, by: 'us' };
}

/** The id of ECS's own rollback deployment to `to`, waited for a while when the circuit breaker is about to start one. */
async function waitForEcsRollback(item: RestoreItem, ecs: Ecs, options: RestoreOptions): Promise<string | undefined> {
  const { target, to } = item;
  const failedId = item.failedDeploymentId as string;
  let service = await ecs.describeService(target.cluster, target.service);
  if (!ecsRollbackOf(service, to, failedId) && ecsRollbackExpected(service, failedId)) {
    const graceMs = Math.min(ECS_ROLLBACK_GRACE_MS, Math.max(options.timeoutMs, 3 * options.pollIntervalMs));
    options.timeline.add(target.key, `the circuit breaker rolls back by itself: waiting up to ${formatDuration(graceMs)} for ECS's rollback before starting ours`);
    await poll(
      async ({ attempt }) => {
        if (attempt > 1) service = await ecs.describeService(target.cluster, target.service);
        return ecsRollbackOf(service, to, failedId) ? { done: true, value: undefined } : { done: false };
      },
      { intervalMs: options.pollIntervalMs, timeoutMs: graceMs, clock: options.clock },
    );
  }
  return ecsRollbackOf(service, to, failedId)?.id;
}

/** Moves services back to their revisions together and waits until each rollback is stable. */
export async function restoreServices<T extends RestoreItem>(items: readonly T[], options: RestoreOptions): Promise<Map<T, EcsRestoreMove>> {
  const { clock } = options;
  const deadline = clock.now() + options.timeoutMs;
  const outcomes = new Map<T, EcsRestoreMove>();
  const started = new Map<Watch, { item: T; by: 'ecs' | 'us' }>();
  for (const item of items) {
    try {
      const { watch, by } = await start(item, options, deadline);
      started.set(watch, { item, by });
    } catch (error) {
      const summary = `rollback to ${revisionLabel(item.to)} could not start: ${errorMessage(error)}; ${unverifiedAdvice(item.target, item.to, item.from)}`;
      options.timeline.add(item.target.key, summary);
      outcomes.set(item, { by: 'us', back: false, summary });
    }
  }
  // The rollback's own wait ends at the same deadline; one poll is always made.
  const timeoutMs = Math.max(options.pollIntervalMs, deadline - clock.now());
  const followed = await followDeployments([...started.keys()], { ...options, timeoutMs, stopOnFailure: false });
  for (const [watch, outcome] of followed) {
    const { item, by } = started.get(watch) as { item: T; by: 'ecs' | 'us' };
    const who = by === 'ecs' ? " by ECS's circuit breaker" : '';
    const base = { by, deploymentId: watch.deploymentId };
    if (outcome.state !== 'completed') {
      const reason = 'reason' in outcome ? outcome.reason : outcome.state;
      const unknown = outcome.state !== 'failed' || outcome.unread;
      outcomes.set(item, { ...base, back: false, summary: `rollback to ${revisionLabel(item.to)}${who} failed: ${reason}${unknown ? `; ${unverifiedAdvice(item.target, item.to, item.from)}` : ''}` });
      continue;
    }
    outcomes.set(item, { ...base, back: true, summary: `rolled back to ${revisionLabel(item.to)}${who}` });
  }
  return outcomes;
}
