import { afterEach, describe, expect, it } from 'vitest';
import { backendTaskDefinition, CLUSTER, FakeEcs, REGISTRY } from '../fakes/ecs-api.ts';
import { BACKEND } from '../fakes/ecs-config.ts';
import { runAction } from '../harness/run-action.ts';

// The rollback input that no test in rollback.test.ts sets itself (there, a config service's
// `containers` does). The inputs rollback shares with deploy are in inputs-ecs.test.ts.

let ecs: FakeEcs | undefined;
afterEach(async () => {
  await ecs?.close();
  ecs = undefined;
});

describe('rollback inputs, each changing the rollback', () => {
  it('containers: with to image-tag:<tag>, only the containers named take the tag; without it, every container does', async () => {
    const imagesAfter = async (inputs: Record<string, string>) => {
      await ecs?.close();
      ecs = await FakeEcs.start({
        clusters: [CLUSTER],
        taskDefinitions: [backendTaskDefinition('main-aaa1111'), backendTaskDefinition('main-bbb2222')],
        services: [{ cluster: CLUSTER, name: BACKEND, taskDefinition: 'keiba-backend:2' }],
      });
      const run = await runAction('rollback', { services: BACKEND, cluster: CLUSTER, to: 'image-tag:main-aaa1111', 'poll-interval': '50ms', 'open-issues': 'false', ...inputs }, { env: ecs.env() });
      expect(run.exitCode).toBe(0);
      return (ecs.taskDefinition('keiba-backend:3')?.containerDefinitions as { name: string; image: string }[]).map((c) => `${c.name}=${c.image}`);
    };
    expect(await imagesAfter({ containers: 'app' })).toEqual([`app=${REGISTRY}/keiba-backend:main-aaa1111`, 'log-router=public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.0']);
    expect(await imagesAfter({})).toEqual([`app=${REGISTRY}/keiba-backend:main-aaa1111`, 'log-router=public.ecr.aws/aws-observability/aws-for-fluent-bit:main-aaa1111']);
  });
});
