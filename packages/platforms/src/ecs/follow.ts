import type { Service } from '@aws-sdk/client-ecs';
import { errorMessage, formatDuration, poll, type Clock } from '@runbook/core';
import { checkDeadline } from '../calls.ts';
import { EcsError, type Ecs } from './client.ts';
import type { EcsServiceTarget } from './plan.ts';
import { assessDeployment, newEvents, type Assessment } from './service-state.ts';
import { revisionLabel } from './task-definition.ts';
import type { Timeline } from '../timeline.ts';

/** One deployment to follow to its end. */
export interface Watch {
  target: EcsServiceTarget;
  ecs: Ecs;
  deploymentId: string;
  /** The revision the deployment rolls out. */
  taskDefinition: string;
  /** The revision before it, to recognise a rollback by ECS's circuit breaker. */
  previous?: string;
  /** Ids of the service events already shown. */
  seen: Set<string>;
}

export type FollowOutcome =
  | { state: 'completed'; service: Service; durationMs: number }
  /** `unread`: the service could not be read (past the deadline): where it stands is not known. */
  | { state: 'failed'; reason: string; ecsRollback?: { deploymentId: string }; unread?: true; service?: Service; durationMs: number }
  | { state: 'timed-out'; reason: string; service?: Service; durationMs: number }
  /** Still in progress when another service failed (`stopOnFailure`). */
  | { state: 'interrupted'; service?: Service; durationMs: number };

export interface FollowOptions {
  timeoutMs: number;
  pollIntervalMs: number;
  timeline: Timeline;
  /** Return as soon as one deployment fails, leaving the others `interrupted`. */
  stopOnFailure: boolean;
  clock: Clock;
}

/**
 * Polls DescribeServices (one call per cluster and poll, up to 10 services each) until every
 * deployment has completed or failed, printing new service events and progress as they come.
 * Each call is retried through brownouts and cut off at the deadline, so `timeoutMs` holds.
 */
export async function followDeployments(watches: readonly Watch[], options: FollowOptions): Promise<Map<Watch, FollowOutcome>> {
  const { timeline, clock } = options;
  const started = clock.now();
  const outcomes = new Map<Watch, FollowOutcome>();
  const last = new Map<Watch, { service?: Service; progress?: string }>();
  const pending = new Set(watches);
  const unreadable = new Map<Watch, string>();
  const elapsed = (): number => Math.round(clock.now() - started);

  const check = async (deadline: number): Promise<void> => {
    const groups = new Map<string, Watch[]>();
    for (const w of pending) {
      const key = `${w.ecs.region}\n${w.target.cluster}`;
      groups.set(key, [...(groups.get(key) ?? []), w]);
    }
    for (const group of groups.values()) {
      const { ecs, target } = group[0] as Watch;
      const subject = group.map((w) => w.target.key).join(', ');
      let services: Service[];
      try {
        services = await ecs.within(checkDeadline(deadline, clock, options.pollIntervalMs), (message) => timeline.add(subject, message)).describeServices(target.cluster, group.map((w) => w.target.service));
      } catch (error) {
        const reason = `cannot read the service: ${errorMessage(error)}`;
        timeline.add(subject, reason);
        for (const w of group) {
          if (error instanceof EcsError && error.transient) {
            // Retried up to the deadline: the wait ends as not stable, with what was seen last.
            unreadable.set(w, reason);
            continue;
          }
          const service = last.get(w)?.service;
          outcomes.set(w, { state: 'failed', reason, unread: true, ...(service ? { service } : {}), durationMs: elapsed() });
          pending.delete(w);
        }
        continue;
      }
      for (const w of group) {
        const service = services.find((s) => s.serviceName === w.target.service);
        if (!service) continue;
        unreadable.delete(w);
        for (const event of newEvents(service, w.seen)) timeline.add(w.target.key, event.message ?? '');
        const assessment: Assessment = assessDeployment(service, w.deploymentId, w.taskDefinition, w.previous);
        if (assessment.state === 'in-progress') {
          if (assessment.progress !== last.get(w)?.progress) timeline.add(w.target.key, `${w.deploymentId} ${assessment.progress}`);
          last.set(w, { service, progress: assessment.progress });
          continue;
        }
        pending.delete(w);
        if (assessment.state === 'completed') {
          timeline.add(w.target.key, `${w.deploymentId} COMPLETED on ${revisionLabel(w.taskDefinition)} (${assessment.progress})`);
          outcomes.set(w, { state: 'completed', service, durationMs: elapsed() });
        } else {
          timeline.add(w.target.key, `${w.deploymentId} FAILED: ${assessment.reason}`);
          outcomes.set(w, {
            state: 'failed',
            reason: assessment.reason,
            ...(assessment.ecsRollback?.id ? { ecsRollback: { deploymentId: assessment.ecsRollback.id } } : {}),
            service,
            durationMs: elapsed(),
          });
        }
      }
    }
  };

  const followed = await poll(
    async ({ deadline }) => {
      if (pending.size > 0) await check(deadline);
      const failed = [...outcomes.values()].some((o) => o.state === 'failed');
      return pending.size === 0 || (failed && options.stopOnFailure) ? { done: true, value: undefined } : { done: false };
    },
    { intervalMs: options.pollIntervalMs, timeoutMs: options.timeoutMs, clock },
  );
  if (!followed.done) {
    for (const w of pending) {
      const progress = last.get(w)?.progress ?? 'no progress seen';
      const service = last.get(w)?.service;
      timeline.add(w.target.key, `${w.deploymentId} not stable after ${formatDuration(options.timeoutMs)}`);
      const unread = unreadable.get(w);
      outcomes.set(w, { state: 'timed-out', reason: `not stable after ${formatDuration(options.timeoutMs)} (${progress})${unread ? `; then ${unread}` : ''}`, ...(service ? { service } : {}), durationMs: elapsed() });
    }
    pending.clear();
  }
  for (const w of pending) {
    const service = last.get(w)?.service;
    outcomes.set(w, { state: 'interrupted', ...(service ? { service } : {}), durationMs: elapsed() });
  }
  return outcomes;
}
