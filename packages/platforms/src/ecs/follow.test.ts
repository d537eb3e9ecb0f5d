import type { Service } from '@aws-sdk/client-ecs';
import type { Clock, Emitter } from '@runbook/core';
import { describe, expect, it } from 'vitest';
import type { Ecs } from './client.ts';
import { followDeployments, type Watch } from './follow.ts';
import type { EcsServiceTarget } from './plan.ts';
import { Timeline } from '../timeline.ts';

const lines: string[] = [];
const emitter = { progress: (m: string) => lines.push(m) } as unknown as Emitter;
const target: EcsServiceTarget = { key: 'api', platform: 'ecs', cluster: 'prod', service: 'api', region: 'ap-northeast-1', origin: { cluster: 'c', service: 's' }, probes: [] };
const NEW = 'arn:aws:ecs:ap-northeast-1:123456789012:task-definition/api:2';

/** Time that moves only when slept. */
function fakeClock(): Clock & { t: number } {
  const clock = { t: 0, now: () => clock.t, sleep: async (ms: number) => void (clock.t += ms) };
  return clock;
}

/** An Ecs whose DescribeServices answers from `answer`, counting calls. */
function fakeEcs(answer: (call: number) => Service): Ecs & { calls: number } {
  const ecs = {
    region: 'ap-northeast-1',
    calls: 0,
    within: () => ecs,
    describeServices: async () => [answer(++ecs.calls)],
  };
  return ecs as unknown as Ecs & { calls: number };
}

const inProgress = (running: number): Service => ({
  serviceName: 'api',
  taskDefinition: NEW,
  deployments: [{ id: 'ecs-svc/1', status: 'PRIMARY', taskDefinition: NEW, rolloutState: running === 2 ? 'COMPLETED' : 'IN_PROGRESS', runningCount: running, desiredCount: 2, pendingCount: 2 - running }],
});

const watch = (ecs: Ecs): Watch => ({ target, ecs, deploymentId: 'ecs-svc/1', taskDefinition: NEW, seen: new Set() });

describe('followDeployments on an injected clock', () => {
  it('polls every interval until the deployment completes, without waiting real time', async () => {
    const clock = fakeClock();
    const ecs = fakeEcs((n) => inProgress(n >= 4 ? 2 : 0));
    const w = watch(ecs);
    const outcomes = await followDeployments([w], { timeoutMs: 60_000, pollIntervalMs: 2_000, timeline: new Timeline(emitter), stopOnFailure: true, clock });
    expect(outcomes.get(w)).toMatchObject({ state: 'completed', durationMs: 6_000 });
    expect(ecs.calls).toBe(4);
  });

  it('a deployment stuck for the whole wait-timeout (20 minutes) times out on the clock, after a bounded number of polls', async () => {
    const clock = fakeClock();
    const ecs = fakeEcs(() => inProgress(0));
    const w = watch(ecs);
    const outcomes = await followDeployments([w], { timeoutMs: 20 * 60_000, pollIntervalMs: 2_000, timeline: new Timeline(emitter), stopOnFailure: true, clock });
    expect(outcomes.get(w)).toMatchObject({ state: 'timed-out', reason: 'not stable after 20m (IN_PROGRESS: 0/2 running, 2 pending)', durationMs: 1_200_000 });
    expect(clock.t).toBe(1_200_000);
    expect(ecs.calls).toBe(601);
  });
});
