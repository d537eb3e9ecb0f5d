import type { Deployment, Service, ServiceEvent } from '@aws-sdk/client-ecs';
import { formatDuration, type Severity } from '@runbook/core';
import type { Verdict } from '../verdict.ts';

/** Service events that mean trouble: tasks that cannot be placed or started, failing health checks, tasks stopping, failed rollouts. */
export const TROUBLE_EVENT =
  /unable to (place|consistently start)|is unhealthy in|failed (container |ELB )?health checks|health checks? failed|has stopped \d+ running tasks?|failed to (launch|start)|deployment failed|rolling back|CannotPullContainerError|ResourceInitializationError/i;
const MAX_EVENTS = 5;

export interface StatusLimits {
  maxRolloutMs: number;
  windowMs: number;
}

interface Finding {
  severity: Severity;
  outcome: 'fail' | 'warn';
  message: string;
}

const ms = (date: Date | undefined): number | undefined => (date ? date.getTime() : undefined);

/** The rollout still under way (rolloutState IN_PROGRESS; without rolloutState, any deployment besides the PRIMARY). */
function inProgress(deployments: readonly Deployment[]): Deployment | undefined {
  const withState = deployments.some((d) => d.rolloutState !== undefined);
  return withState ? deployments.find((d) => d.rolloutState === 'IN_PROGRESS') : deployments.length > 1 ? deployments.find((d) => d.status === 'PRIMARY') : undefined;
}

/** ECS's own word on the service, judged as the morning inspection does (runbooks 000 and 002). */
export function serviceVerdict(service: Service, limits: StatusLimits, now: number): Verdict {
  const desired = service.desiredCount ?? 0;
  const running = service.runningCount ?? 0;
  const deployments = service.deployments ?? [];
  const rollout = inProgress(deployments);
  const rolloutAge = rollout ? now - (ms(rollout.createdAt) ?? now) : 0;
  const stuck = rollout !== undefined && rolloutAge > limits.maxRolloutMs;
  const failed = deployments.find((d) => d.status === 'PRIMARY' && d.rolloutState === 'FAILED');
  const since = now - limits.windowMs;
  const troubling = (service.events ?? []).filter((e: ServiceEvent) => (ms(e.createdAt) ?? 0) >= since && TROUBLE_EVENT.test(String(e.message ?? '')));

  const findings: Finding[] = [];
  if (service.status !== 'ACTIVE') findings.push({ severity: 'P1', outcome: 'fail', message: `the service is ${service.status ?? 'in no status'}, not ACTIVE` });
  if (desired > 0 && running === 0) findings.push({ severity: 'P1', outcome: 'fail', message: `no task running of ${desired} desired` });
  else if (running < desired) {
    const message = `${running} of ${desired} desired tasks running`;
    findings.push(rollout && !stuck ? { severity: 'P4', outcome: 'warn', message: `${message} while a rollout is under way` } : { severity: 'P2', outcome: 'fail', message });
  }
  if (stuck) findings.push({ severity: 'P2', outcome: 'fail', message: `deployment ${rollout.id} has been IN_PROGRESS for ${formatDuration(rolloutAge)}, longer than ${formatDuration(limits.maxRolloutMs)}` });
  if (failed) findings.push({ severity: 'P2', outcome: 'fail', message: `deployment ${failed.id} FAILED: ${failed.rolloutStateReason ?? 'no reason given'}` });
  if (troubling.length > 0) {
    findings.push({ severity: 'P3', outcome: 'fail', message: `${troubling.length} troubling service event(s) in the last ${formatDuration(limits.windowMs)}, the latest: ${String(troubling[0]?.message ?? '')}` });
  }
  if (desired === 0 && findings.length === 0) findings.push({ severity: 'P4', outcome: 'warn', message: 'the service is scaled to 0 tasks' });

  const evidence = {
    status: service.status ?? null,
    desired,
    running,
    pending: service.pendingCount ?? 0,
    deployments: deployments.map((d) => `${d.status} ${d.taskDefinition?.split('/').pop() ?? '?'} ${d.runningCount ?? 0}/${d.desiredCount ?? 0}${d.rolloutState ? ` ${d.rolloutState}` : ''}`).join('; '),
    'rollout age': rollout ? formatDuration(rolloutAge) : null,
    events: troubling.slice(0, MAX_EVENTS).map((e) => `${e.createdAt?.toISOString() ?? ''} ${String(e.message ?? '')}`).join('\n') || null,
  };
  const order: Record<Severity, number> = { P1: 1, P2: 2, P3: 3, P4: 4 };
  const [worst] = [...findings].sort((a, b) => order[a.severity] - order[b.severity]);
  if (!worst) {
    const state = rollout ? `a rollout under way for ${formatDuration(rolloutAge)}` : 'steady';
    return { outcome: 'pass', summary: `ACTIVE, ${running} of ${desired} tasks running, ${state}`, evidence };
  }
  const outcome = findings.some((f) => f.outcome === 'fail') ? 'fail' : 'warn';
  return { outcome, severity: worst.severity, summary: findings.map((f) => f.message).join('; '), evidence };
}
