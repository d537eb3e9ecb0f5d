import type { CheckResult } from '@runbook/core';
import { afterEach, describe, expect, it } from 'vitest';
import { backendTaskDefinition, CLUSTER, FakeEcs, REGISTRY, type FakeEcsOptions, type RolloutScript } from '../fakes/ecs-api.ts';
import { BACKEND } from '../fakes/ecs-config.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';

// One test per deploy input that no test in deploy.test.ts shows the effect of: the same deploy
// with and without the input gives a different result, or different calls to ECS. The inputs
// deploy shares with rollback are in inputs-ecs.test.ts.

let ecs: FakeEcs | undefined;
afterEach(async () => {
  await ecs?.close();
  ecs = undefined;
});

async function startEcs(rollouts: RolloutScript[] = [], options: Partial<FakeEcsOptions> = {}): Promise<FakeEcs> {
  ecs = await FakeEcs.start({
    clusters: [CLUSTER],
    taskDefinitions: [backendTaskDefinition('main-aaa1111')],
    services: [{ cluster: CLUSTER, name: BACKEND, taskDefinition: 'keiba-backend:1', rollouts, circuitBreaker: { enable: true, rollback: false } }],
    ...options,
  });
  return ecs;
}

const deploy = (fake: FakeEcs, inputs: Record<string, string>) =>
  runAction('deploy', { services: BACKEND, cluster: CLUSTER, 'poll-interval': '50ms', 'open-issues': 'false', ...inputs }, { env: fake.env() });
const first = (run: ActionRun) => (JSON.parse(run.outputs.results ?? '[]') as CheckResult[])[0];
const images = (fake: FakeEcs, revision: string) =>
  (fake.taskDefinition(revision)?.containerDefinitions as { name: string; image: string }[]).map((c) => `${c.name}=${c.image}`);
const FLUENT_BIT = 'log-router=public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.0';

describe('deploy inputs, each changing the deploy', () => {
  it('image: replaces the image of the container named by containers, and only that one', async () => {
    const fake = await startEcs();
    const run = await deploy(fake, { image: `${REGISTRY}/keiba-backend-next:v2`, containers: 'app' });
    expect(run.exitCode).toBe(0);
    expect(images(fake, 'keiba-backend:2')).toEqual([`app=${REGISTRY}/keiba-backend-next:v2`, FLUENT_BIT]);
  });

  it("images: replaces each named container's image", async () => {
    const fake = await startEcs();
    const run = await deploy(fake, { images: `app=${REGISTRY}/keiba-backend:main-ccc3333\nlog-router=public.ecr.aws/aws-observability/aws-for-fluent-bit:2.33.0` });
    expect(run.exitCode).toBe(0);
    expect(images(fake, 'keiba-backend:2')).toEqual([`app=${REGISTRY}/keiba-backend:main-ccc3333`, 'log-router=public.ecr.aws/aws-observability/aws-for-fluent-bit:2.33.0']);
  });

  it('migrate-container: runs the migration in that container; by default in the first changed one', async () => {
    const migration = { 'image-tag': 'main-fff6666', 'migrate-command': 'alembic upgrade head' };
    const containerOf = (fake: FakeEcs) => (fake.bodies('RunTask')[0]?.overrides as { containerOverrides: { name: string; command: string[] }[] }).containerOverrides[0];
    const byDefault = await startEcs([], { migrations: [{ exitCode: 0 }] });
    expect((await deploy(byDefault, { ...migration, containers: 'app' })).exitCode).toBe(0);
    expect(containerOf(byDefault)).toMatchObject({ name: 'app', command: ['alembic', 'upgrade', 'head'] });
    await byDefault.close();
    const named = await startEcs([], { migrations: [{ exitCode: 0 }] });
    expect((await deploy(named, { ...migration, 'migrate-container': 'log-router' })).exitCode).toBe(0);
    expect(containerOf(named)).toMatchObject({ name: 'log-router', command: ['alembic', 'upgrade', 'head'] });
  });

  it('rollback-on-failure: false leaves a failed rollout where it is, as P1; by default it is rolled back', async () => {
    const rolled = await startEcs([{ outcome: 'fail', afterPolls: 1 }]);
    const back = await deploy(rolled, { 'image-tag': 'main-bad0000', containers: 'app' });
    expect(back.outputs['rolled-back']).toBe('true');
    expect(rolled.writes().filter((op) => op === 'UpdateService')).toHaveLength(2);
    await rolled.close();
    const left = await startEcs([{ outcome: 'fail', afterPolls: 1 }]);
    const stays = await deploy(left, { 'image-tag': 'main-bad0000', containers: 'app', 'rollback-on-failure': 'false' });
    expect(stays.outputs['rolled-back']).toBe('false');
    expect(left.writes().filter((op) => op === 'UpdateService')).toHaveLength(1);
    expect(first(stays)).toMatchObject({ status: 'fail', severity: 'P1' });
    expect(left.serviceRevision(CLUSTER, BACKEND)).toBe('keiba-backend:2');
  });
});
