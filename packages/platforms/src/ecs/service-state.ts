import type { Deployment, Service, ServiceEvent } from '@aws-sdk/client-ecs';
import { revisionLabel } from './task-definition.ts';

/**
 * The revision a failed deploy goes back to: the one whose rollout last completed (it is what
 * serves traffic), not "the current revision − 1". While an earlier rollout is still in progress
 * or failed, that is the older deployment, not the PRIMARY one.
 */
export function capturedRevision(service: Service): string | undefined {
  const deployments = service.deployments ?? [];
  const completed = deployments.find((d) => d.rolloutState === 'COMPLETED');
  if (completed?.taskDefinition) return completed.taskDefinition;
  if (deployments.length > 1) {
    const serving = deployments.filter((d) => d.status === 'ACTIVE').sort((a, b) => (b.runningCount ?? 0) - (a.runningCount ?? 0))[0];
    if (serving?.taskDefinition) return serving.taskDefinition;
  }
  return deployments.find((d) => d.status === 'PRIMARY')?.taskDefinition ?? service.taskDefinition;
}

export function progressOf(d: Deployment): string {
  const failed = d.failedTasks ? `, ${d.failedTasks} failed` : '';
  return `${d.rolloutState ?? d.status ?? '?'}: ${d.runningCount ?? 0}/${d.desiredCount ?? 0} running, ${d.pendingCount ?? 0} pending${failed}`;
}

export type Assessment =
  | { state: 'in-progress'; progress: string }
  | { state: 'completed'; progress: string }
  | {
      state: 'failed';
      reason: string;
      /** ECS's circuit breaker already started a deployment back to `previous`: do not roll back twice. */
      ecsRollback?: Deployment;
    };

/**
 * Where one deployment (by id) stands. It fails at once on `rolloutState` FAILED and when the id is
 * gone or no longer PRIMARY (the circuit breaker replaced it). It succeeds on PRIMARY + COMPLETED;
 * without `rolloutState` (classic load balancer), on a single deployment with every task running
 * on the expected revision. A PRIMARY deployment that replaced it on the same revision (ECS's own
 * rollback landing after ours started) is followed in its place.
 */
export function assessDeployment(service: Service, deploymentId: string, taskDefinition: string, previous?: string): Assessment {
  const deployments = service.deployments ?? [];
  const deployment = deployments.find((d) => d.id === deploymentId);
  const primary = deployments.find((d) => d.status === 'PRIMARY');
  const takeover = taskDefinition !== previous ? ecsRollbackOf(service, taskDefinition, deploymentId) : undefined;
  if (takeover?.id) {
    const assessment = assessDeployment(service, takeover.id, taskDefinition, previous);
    return assessment.state === 'failed' ? assessment : { ...assessment, progress: `via ${takeover.id}: ${assessment.progress}` };
  }
  const rollback = previous ? ecsRollbackOf(service, previous, deploymentId) : undefined;
  const ecsRollback = rollback ? { ecsRollback: rollback } : {};

  if (!deployment) {
    // ECS may drop a failed deployment at once; its last event still says why.
    const why = service.events?.find((e) => e.message?.includes(`(deployment ${deploymentId}) deployment failed`))?.message?.replace(/^.*deployment failed: /, '');
    return { state: 'failed', reason: `deployment ${deploymentId} is gone${why ? `: it failed (${why.replace(/\.$/, '')})` : ''}`, ...ecsRollback };
  }
  if (deployment.rolloutState === 'FAILED') return { state: 'failed', reason: (deployment.rolloutStateReason ?? 'the rollout failed').replace(/\.$/, ''), ...ecsRollback };
  if (primary && primary.id !== deploymentId) {
    return { state: 'failed', reason: `deployment ${deploymentId} was replaced by ${primary.id} on ${revisionLabel(primary.taskDefinition)}`, ...ecsRollback };
  }
  const progress = progressOf(deployment);
  if (deployment.rolloutState === 'COMPLETED') return { state: 'completed', progress };
  const steady =
    deployment.rolloutState === undefined &&
    deployments.length === 1 &&
    deployment.taskDefinition === taskDefinition &&
    service.taskDefinition === taskDefinition &&
    (deployment.runningCount ?? 0) === (deployment.desiredCount ?? -1);
  return { state: steady ? 'completed' : 'in-progress', progress };
}

/** The PRIMARY deployment ECS's circuit breaker started back on `to`, replacing our failed one. */
export function ecsRollbackOf(service: Service, to: string, failedDeploymentId: string): Deployment | undefined {
  const primary = service.deployments?.find((d) => d.status === 'PRIMARY');
  return primary?.id && primary.id !== failedDeploymentId && primary.taskDefinition === to ? primary : undefined;
}

/**
 * Whether ECS is about to roll back by itself: the circuit breaker has rollback on and failed our
 * deployment (FAILED, or already gone), but its rollback deployment is not in the answer yet.
 */
export function ecsRollbackExpected(service: Service, failedDeploymentId: string): boolean {
  if (!service.deploymentConfiguration?.deploymentCircuitBreaker?.rollback) return false;
  const failed = service.deployments?.find((d) => d.id === failedDeploymentId);
  return !failed || failed.rolloutState === 'FAILED';
}

/** The ids of the events a service has now: what happened before this run is not shown again. */
export function eventIds(service: Service): Set<string> {
  return new Set((service.events ?? []).flatMap((e) => (e.id ? [e.id] : [])));
}

/** Events not seen before, oldest first (ECS lists them newest first); marks them seen. */
export function newEvents(service: Service, seen: Set<string>): ServiceEvent[] {
  const fresh = (service.events ?? []).filter((e) => e.id && !seen.has(e.id));
  for (const e of fresh) seen.add(e.id as string);
  return fresh.reverse();
}
