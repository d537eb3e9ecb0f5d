import type { CheckResult } from '@runbook/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { backendTaskDefinition, CLUSTER, FakeEcs, type RolloutScript } from '../fakes/ecs-api.ts';
import { BACKEND } from '../fakes/ecs-config.ts';
import { sendJson, startServer, type TestServer } from '../harness/http-server.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';

// The inputs deploy and rollback share (environment, region, wait-timeout, poll-interval, smoke-urls), each
// shown to change what both actions do. Deploy goes from keiba-backend:1 to a new :3; rollback from
// :2 back to :1. The rollout script applies to that deployment.

let ecs: FakeEcs | undefined;
let health: TestServer;
beforeAll(async () => {
  health = await startServer({ '/up': (_q, res) => sendJson(res, 200, { status: 'ok' }) });
});
afterAll(() => health.close());
afterEach(async () => {
  await ecs?.close();
  ecs = undefined;
});

const ACTIONS = {
  deploy: { running: 'keiba-backend:1', inputs: { 'image-tag': 'main-ccc3333', containers: 'app' } },
  rollback: { running: 'keiba-backend:2', inputs: {} },
};
type Name = keyof typeof ACTIONS;

async function operate(action: Name, inputs: Record<string, string>, rollouts: RolloutScript[] = []): Promise<{ run: ActionRun; fake: FakeEcs }> {
  await ecs?.close();
  const fake = await FakeEcs.start({
    clusters: [CLUSTER],
    taskDefinitions: [backendTaskDefinition('main-aaa1111'), backendTaskDefinition('main-bbb2222')],
    services: [{ cluster: CLUSTER, name: BACKEND, taskDefinition: ACTIONS[action].running, rollouts, circuitBreaker: { enable: true, rollback: false } }],
  });
  ecs = fake;
  const all = { services: BACKEND, cluster: CLUSTER, 'poll-interval': '50ms', 'open-issues': 'false', ...ACTIONS[action].inputs, ...inputs };
  return { run: await runAction(action, all, { env: fake.env() }), fake };
}
const first = (run: ActionRun) => (JSON.parse(run.outputs.results ?? '[]') as CheckResult[])[0];
const updates = (fake: FakeEcs) => fake.bodies('UpdateService').map((b) => String(b.taskDefinition).split('/').pop());

describe.each(Object.keys(ACTIONS) as Name[])('%s', (action) => {
  it('region: the ECS calls go to that region, else to AWS_REGION', async () => {
    const byEnv = await operate(action, { 'dry-run': 'true' });
    expect(new Set(byEnv.fake.requests.map((q) => q.region))).toEqual(new Set(['ap-northeast-1']));
    const { run, fake } = await operate(action, { 'dry-run': 'true', region: 'us-west-2' });
    expect(new Set(fake.requests.map((q) => q.region))).toEqual(new Set(['us-west-2']));
    expect(first(run)?.evidence.region).toBe('us-west-2');
  });

  it('environment: is the middle of the result id', async () => {
    expect(first((await operate(action, { 'dry-run': 'true' })).run)?.id).toBe(`${action}:default/${BACKEND}`);
    expect(first((await operate(action, { 'dry-run': 'true', environment: 'staging' })).run)?.id).toBe(`${action}:staging/${BACKEND}`);
  });

  it('wait-timeout: the same slow rollout passes within a long one and fails past a short one', async () => {
    const slow: RolloutScript[] = [{ outcome: 'complete', afterMs: 700 }];
    expect((await operate(action, { 'wait-timeout': '5s' }, slow)).run.outputs.status).toBe('pass');
    const { run } = await operate(action, { 'wait-timeout': '300ms' }, slow);
    expect(run.outputs.status).toBe('fail');
    expect(first(run)?.summary).toMatch(/not stable after \d+ms/);
  });

  it('poll-interval: a slower poll asks ECS fewer times while the same rollout runs', async () => {
    const describes = async (interval: string) => {
      const { run, fake } = await operate(action, { 'poll-interval': interval }, [{ outcome: 'complete', afterMs: 600 }]);
      expect(run.outputs.status).toBe('pass');
      return fake.ops().filter((op) => op === 'DescribeServices').length;
    };
    const fast = await describes('50ms');
    const slow = await describes('400ms');
    expect(fast).toBeGreaterThanOrEqual(slow + 5);
  });

  it('smoke-urls: checked after the rollout; a failing one fails the run, a healthy one passes', async () => {
    const passed = (await operate(action, { 'smoke-urls': `${health.url}/up` })).run;
    expect(passed.outputs.status).toBe('pass');
    expect(first(passed)?.evidence['smoke checks']).toBe('smoke checks: 1 of 1 passed');
    // A 404 is not retried (it would answer the same), so the failing check costs no backoff.
    const { run, fake } = await operate(action, { 'smoke-urls': `${health.url}/missing` });
    expect(run.outputs.status).toBe('fail');
    expect(first(run)?.summary).toMatch(/smoke checks: 0 of 1 passed|expected status 200, got 404/);
    // The deploy rolls back to where it started.
    if (action === 'deploy') expect(updates(fake)).toEqual(['keiba-backend:3', 'keiba-backend:1']);
  });
});
