import { describe, expect, it } from 'vitest';
import { describeStoppedTask } from './diagnose.ts';
import { logsCommand, logStreamOf } from './logs.ts';
import { migrationTaskInput } from './migrate.ts';

const taskDefinition = {
  taskDefinitionArn: 'arn:aws:ecs:ap-northeast-1:123456789012:task-definition/api:7',
  containerDefinitions: [{ name: 'app', logConfiguration: { logDriver: 'awslogs' as const, options: { 'awslogs-group': '/ecs/api', 'awslogs-stream-prefix': 'ecs' } } }, { name: 'sidecar' }],
};

describe('the migration task', () => {
  it('runs like the service: its launch type or capacity providers, platform and network', () => {
    const network = { awsvpcConfiguration: { subnets: ['subnet-1'], securityGroups: ['sg-1'] } };
    const service = { clusterArn: 'arn:aws:ecs:ap-northeast-1:123456789012:cluster/prod', launchType: 'FARGATE' as const, platformVersion: '1.4.0', networkConfiguration: network };
    expect(migrationTaskInput({ service, taskDefinition, container: 'app', command: ['alembic', 'upgrade', 'head'] })).toEqual({
      cluster: service.clusterArn,
      taskDefinition: taskDefinition.taskDefinitionArn,
      count: 1,
      startedBy: 'runbook-migrate',
      launchType: 'FARGATE',
      platformVersion: '1.4.0',
      networkConfiguration: network,
      overrides: { containerOverrides: [{ name: 'app', command: ['alembic', 'upgrade', 'head'] }] },
    });
    const spot = { ...service, capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }] };
    expect(migrationTaskInput({ service: spot, taskDefinition, container: 'app', command: ['x'] })).not.toHaveProperty('launchType');
  });

  it('says where its output is when the container logs to CloudWatch', () => {
    const arn = 'arn:aws:ecs:ap-northeast-1:123456789012:task/prod/0123456789abcdef';
    const stream = logStreamOf(taskDefinition, 'app', arn, 'ap-northeast-1');
    expect(stream).toEqual({ group: '/ecs/api', stream: 'ecs/app/0123456789abcdef', region: 'ap-northeast-1' });
    expect(stream && logsCommand(stream)).toBe('aws logs tail /ecs/api --region ap-northeast-1 --log-stream-names ecs/app/0123456789abcdef');
    expect(logStreamOf(taskDefinition, 'sidecar', arn, 'ap-northeast-1')).toBeUndefined();
  });

  it('describes a stopped task by its reason and the containers that failed', () => {
    expect(
      describeStoppedTask({
        taskArn: 'arn:aws:ecs:ap-northeast-1:123456789012:task/prod/0123456789abcdef0123',
        stoppedReason: 'Essential container in task exited',
        containers: [{ name: 'app', exitCode: 137, reason: 'OutOfMemoryError: Container killed due to memory usage' }, { name: 'sidecar', exitCode: 0 }, { name: 'init' }],
      }),
    ).toBe('task 0123456789ab: Essential container in task exited; container app: exit 137 (OutOfMemoryError: Container killed due to memory usage)');
  });
});
