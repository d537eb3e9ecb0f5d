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

  const ecsRollback = async (inputs: Record<string, string>) => {
    await ecs?.close();
    ecs = await FakeEcs.start({
      clusters: [CLUSTER],
      taskDefinitions: [backendTaskDefinition('main-aaa1111'), backendTaskDefinition('main-bbb2222')],
      services: [{ cluster: CLUSTER, name: BACKEND, taskDefinition: 'keiba-backend:2' }],
    });
    return runAction('rollback', { cluster: CLUSTER, 'poll-interval': '50ms', 'open-issues': 'false', ...inputs }, { env: ecs.env() });
  };
  const errorsOf = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::error::'));

  it('service: names the one service instead of services', async () => {
    const run = await ecsRollback({ service: BACKEND, to: 'keiba-backend:1' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ from: expect.stringContaining('keiba-backend:2'), to: expect.stringContaining('keiba-backend:1') });
    expect(errorsOf((await ecsRollback({ service: BACKEND, services: BACKEND })).stdout)).toEqual(['::error::rollback: input "service": expected service or services, not both']);
  });

  it("platform: cloud-run takes the services as Cloud Run ones, so an ECS input is refused for them; by default they are ECS's", async () => {
    expect((await ecsRollback({ services: BACKEND })).exitCode).toBe(0);
    const cloudRun = await ecsRollback({ services: BACKEND, platform: 'cloud-run' });
    expect(errorsOf(cloudRun.stdout)).toEqual([`::error::rollback: input "cluster": does not apply to cloud-run service ${BACKEND}`]);
    expect(ecs?.bodies('UpdateService')).toEqual([]);
  });

  it('project, api-endpoint: Cloud Run inputs, refused for an ECS service, the project checked for a Cloud Run one', async () => {
    expect(errorsOf((await ecsRollback({ services: BACKEND, project: 'sagebase-prod' })).stdout)).toEqual([`::error::rollback: input "project": does not apply to ecs service ${BACKEND}`]);
    expect(errorsOf((await ecsRollback({ services: BACKEND, 'api-endpoint': 'http://127.0.0.1:9' })).stdout)).toEqual([`::error::rollback: input "api-endpoint": does not apply to ecs service ${BACKEND}`]);
    const cloudRun = await runAction('rollback', { platform: 'cloud-run', service: 'sagebase', project: 'sagebase-prod', region: 'asia-northeast1', 'api-endpoint': 'not a url', 'open-issues': 'false' });
    expect(errorsOf(cloudRun.stdout)).toEqual(['::error::rollback: input "api-endpoint": expected an http:// or https:// URL, got "not a url"']);
    const badProject = await runAction('rollback', { platform: 'cloud-run', service: 'sagebase', project: 'Bad_Project', region: 'asia-northeast1', 'open-issues': 'false' });
    expect(errorsOf(badProject.stdout)[0]).toContain('::error::rollback: input "project": expected a GCP project id like my-project-123');
  });
});
