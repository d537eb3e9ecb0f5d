import type { Service } from '@aws-sdk/client-ecs';
import { errorMessage, formatDuration, sleep } from '@runbook/core';
import type { Ecs } from './client.ts';
import type { EcsServiceTarget } from './plan.ts';
import { assessDeployment, newEvents, type Assessment } from './service-state.ts';
import { revisionLabel } from './task-definition.ts';
import type { Timeline } from './timeline.ts';

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
  | { state: 'failed'; reason: string; ecsRollback?: { deploymentId: string }; service?: Service; durationMs: number }
  | { state: 'timed-out'; reason: string; service?: Service; durationMs: number }
  /** Still in progress when another service failed (`stopOnFailure`). */
  | { state: 'interrupted'; service?: Service; durationMs: number };

export interface FollowOptions {
  timeoutMs: number;
  pollIntervalMs: number;
  timeline: Timeline;
  /** Return as soon as one deployment fails, leaving the others `interrupted`. */
  stopOnFailure: boolean;
}

/**
 * Polls DescribeServices (one call per cluster and poll, up to 10 services each) until every
 * deployment has completed or failed, printing new service events and progress as they come.
 */
export async function followDeployments(watches: readonly Watch[], options: FollowOptions): Promise<Map<Watch, FollowOutcome>> {
  const { timeline } = options;
  const started = performance.now();
  const deadline = started + options.timeoutMs;
  const outcomes = new Map<Watch, FollowOutcome>();
  const last = new Map<Watch, { service?: Service; progress?: string }>();
  const pending = new Set(watches);
  const elapsed = (): number => Math.round(performance.now() - started);

  while (pending.size > 0) {
    const groups = new Map<string, Watch[]>();
    for (const w of pending) {
      const key = `${w.ecs.region}\n${w.target.cluster}`;
      groups.set(key, [...(groups.get(key) ?? []), w]);
    }
    for (const group of groups.values()) {
      const { ecs, target } = group[0] as Watch;
      let services: Service[];
      try {
        services = await ecs.describeServices(target.cluster, group.map((w) => w.target.service));
      } catch (error) {
        for (const w of group) {
          outcomes.set(w, { state: 'failed', reason: `cannot read the service: ${errorMessage(error)}`, durationMs: elapsed() });
          pending.delete(w);
        }
        continue;
      }
      for (const w of group) {
        const service = services.find((s) => s.serviceName === w.target.service);
        if (!service) continue;
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
    const failed = [...outcomes.values()].some((o) => o.state === 'failed');
    if (pending.size === 0 || (failed && options.stopOnFailure)) break;
    if (performance.now() >= deadline) {
      for (const w of pending) {
        const progress = last.get(w)?.progress ?? 'no progress seen';
        const service = last.get(w)?.service;
        timeline.add(w.target.key, `${w.deploymentId} not stable after ${formatDuration(options.timeoutMs)}`);
        outcomes.set(w, { state: 'timed-out', reason: `not stable after ${formatDuration(options.timeoutMs)} (${progress})`, ...(service ? { service } : {}), durationMs: elapsed() });
      }
      pending.clear();
      break;
    }
    await sleep(Math.min(options.pollIntervalMs, Math.max(0, deadline - performance.now())));
  }
  for (const w of pending) {
    const service = last.get(w)?.service;
    outcomes.set(w, { state: 'interrupted', ...(service ? { service } : {}), durationMs: elapsed() });
  }
  return outcomes;
}
