import type { Service } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { serviceVerdict, TROUBLE_EVENT } from './service-status.ts';

const NOW = Date.UTC(2026, 11, 2, 6);
const LIMITS = { maxRolloutMs: 30 * 60_000, windowMs: 86_400_000 };
const ago = (ms: number) => new Date(NOW - ms);

describe('ECS service verdicts', () => {
  it('without rolloutState (a Classic Load Balancer), a second deployment is the rollout, stuck past max-rollout', () => {
    const service: Service = {
      status: 'ACTIVE',
      desiredCount: 2,
      runningCount: 2,
      deployments: [
        { id: 'ecs-svc/2', status: 'PRIMARY', desiredCount: 2, runningCount: 1, createdAt: ago(45 * 60_000) },
        { id: 'ecs-svc/1', status: 'ACTIVE', desiredCount: 2, runningCount: 1, createdAt: ago(86_400_000) },
      ],
    };
    expect(serviceVerdict(service, LIMITS, NOW)).toMatchObject({ outcome: 'fail', severity: 'P2', summary: 'deployment ecs-svc/2 has been IN_PROGRESS for 45m, longer than 30m' });
    expect(serviceVerdict({ ...service, deployments: service.deployments?.slice(0, 1) }, LIMITS, NOW).outcome).toBe('pass');
  });

  it('the most severe finding decides, and every finding is in the summary', () => {
    const v = serviceVerdict({ status: 'DRAINING', desiredCount: 2, runningCount: 1, deployments: [] }, LIMITS, NOW);
    expect([v.outcome, v.severity, v.summary]).toEqual(['fail', 'P1', 'the service is DRAINING, not ACTIVE; 1 of 2 desired tasks running']);
  });

  it('tells troubling events from routine ones', () => {
    const trouble = [
      '(service api) was unable to place a task because no container instance met all of its requirements.',
      '(service api) is unable to consistently start tasks successfully.',
      '(service api) (port 8000) is unhealthy in (target-group arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:targetgroup/api/abc) due to (reason Health checks failed).',
      '(service api) has stopped 2 running tasks: (task 0123) (task 4567).',
      '(service api) (deployment ecs-svc/2) deployment failed: tasks failed to start.',
    ];
    const routine = ['(service api) has reached a steady state.', '(service api) has started 2 tasks: (task 0123) (task 4567).', '(service api) registered 1 targets in (target-group arn:…)'];
    expect(trouble.filter((m) => TROUBLE_EVENT.test(m))).toEqual(trouble);
    expect(routine.filter((m) => TROUBLE_EVENT.test(m))).toEqual([]);
  });
});
