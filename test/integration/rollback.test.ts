import type { CheckResult } from '@runbook/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { backendTaskDefinition, CLUSTER, FakeEcs, frontendTaskDefinition, REGISTRY, type FakeEcsOptions, type RolloutScript } from '../fakes/ecs-api.ts';
import { BACKEND, FRONTEND, healthCheck, writeEcsConfig } from '../fakes/ecs-config.ts';
import { startFakeGitHub } from '../fakes/github-api.ts';
import { expectRejectedInput } from '../harness/expectations.ts';
import { sendJson, startServer, type TestServer } from '../harness/http-server.ts';
import { runAction } from '../harness/run-action.ts';

const ARN = 'arn:aws:ecs:ap-northeast-1:123456789012:task-definition';

let fake: FakeEcs | undefined;
let health: TestServer;

beforeAll(async () => {
  // Healthy on every revision but :3, the bad one the rollbacks leave.
  health = await startServer({
    '/backend/health': (_req, res) => {
      const serving = fake?.servingRevision(CLUSTER, BACKEND);
      sendJson(res, serving === 'keiba-backend:3' ? 500 : 200, { status: serving === 'keiba-backend:3' ? 'error' : 'ok' });
    },
  });
});
afterAll(() => health.close());
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** keiba-backend :1 :2 :3 (the service runs :3), keiba-frontend :1 and :2 (runs :2). */
async function startEcs(options: Partial<FakeEcsOptions> = {}, backend: RolloutScript[] = []): Promise<FakeEcs> {
  fake = await FakeEcs.start({
    clusters: [CLUSTER],
    taskDefinitions: [
      backendTaskDefinition('main-aaa1111'),
      backendTaskDefinition('main-bbb2222'),
      backendTaskDefinition('main-ccc3333'),
      frontendTaskDefinition('main-aaa1111'),
      frontendTaskDefinition('main-bbb2222'),
    ],
    services: [
      { cluster: CLUSTER, name: BACKEND, taskDefinition: 'keiba-backend:3', rollouts: backend },
      { cluster: CLUSTER, name: FRONTEND, taskDefinition: 'keiba-frontend:2' },
    ],
    ...options,
  });
  return fake;
}

const configFile = () => writeEcsConfig({ backendHealth: healthCheck(`${health.url}/backend/health`) });

const rollback = (ecs: FakeEcs, inputs: Record<string, string>) =>
  runAction('rollback', { environment: 'production', 'poll-interval': '100ms', 'open-issues': 'false', ...inputs }, { env: ecs.env() });
const results = (outputs: Record<string, string>) => JSON.parse(outputs.results ?? '[]') as CheckResult[];
const updates = (ecs: FakeEcs) => ecs.bodies('UpdateService').map((b) => `${b.service} → ${String(b.taskDefinition).split('/').pop()}`);

describe('rollback on ECS (the real SDK against the ECS double)', () => {
  it('to: previous goes to the revision before the current one, waits for it and smoke-checks it', async () => {
    const ecs = await startEcs();
    const run = await rollback(ecs, { services: 'backend', config: configFile() });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'pass', from: `${ARN}/keiba-backend:3`, to: `${ARN}/keiba-backend:2`, 'previous-revision': `${ARN}/keiba-backend:3`, revision: `${ARN}/keiba-backend:2` });
    expect(updates(ecs)).toEqual([`${BACKEND} → keiba-backend:2`]);
    expect(ecs.servingRevision(CLUSTER, BACKEND)).toBe('keiba-backend:2');
    const [r] = results(run.outputs);
    expect(r).toMatchObject({ id: 'rollback:production/backend', kind: 'rollback', status: 'pass', evidence: { from: 'keiba-backend:3', to: 'keiba-backend:2', 'smoke checks': 'smoke checks: 1 of 1 passed' } });
    expect(r?.summary).toBe('keiba-backend:3 → rolled back to keiba-backend:2; smoke checks: 1 of 1 passed');
    expect(run.summary).toContain('### Timeline');
    expect(run.log).toContain(`(service ${BACKEND}) has reached a steady state.`);
  });

  it('to: previous skips deregistered revisions and rolls several services back together', async () => {
    const ecs = await startEcs({ inactive: ['keiba-backend:2'] });
    const run = await rollback(ecs, { services: 'backend frontend', config: configFile() });
    expect(run.exitCode).toBe(0);
    expect(updates(ecs)).toEqual([`${BACKEND} → keiba-backend:1`, `${FRONTEND} → keiba-frontend:1`]);
    expect(JSON.parse(run.outputs.to ?? '{}')).toEqual({ backend: `${ARN}/keiba-backend:1`, frontend: `${ARN}/keiba-frontend:1` });
    expect(run.outputs.revision).toBe(run.outputs.to);
    expect(run.outputs['previous-revision']).toBe(run.outputs.from);
  });

  it.each([
    ['family:N', 'keiba-backend:1'],
    ['an ARN', `${ARN}/keiba-backend:1`],
  ])('to: %s', async (_name, to) => {
    const ecs = await startEcs();
    const run = await rollback(ecs, { services: BACKEND, cluster: CLUSTER, to });
    expect(run.exitCode).toBe(0);
    expect(updates(ecs)).toEqual([`${BACKEND} → keiba-backend:1`]);
    expect(run.outputs.to).toBe(`${ARN}/keiba-backend:1`);
  });

  it('to: image-tag:<tag> registers a revision with that tag (app only) and rolls out to it', async () => {
    const ecs = await startEcs();
    const run = await rollback(ecs, { services: 'backend', config: configFile(), to: 'image-tag:main-aaa1111' });
    expect(run.exitCode).toBe(0);
    expect(ecs.writes()).toEqual(['RegisterTaskDefinition', 'UpdateService']);
    expect(run.outputs.to).toBe(`${ARN}/keiba-backend:4`);
    const images = (ecs.taskDefinition('keiba-backend:4')?.containerDefinitions as { name: string; image: string }[]).map((c) => `${c.name}=${c.image}`);
    expect(images).toEqual([`app=${REGISTRY}/keiba-backend:main-aaa1111`, 'log-router=public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.0']);
    expect(results(run.outputs)[0]?.evidence.images).toBe('app: keiba-backend:main-ccc3333 → main-aaa1111');
    expect(ecs.servingRevision(CLUSTER, BACKEND)).toBe('keiba-backend:4');
  });

  it('dry-run says what would happen and makes no write call', async () => {
    const ecs = await startEcs();
    const run = await rollback(ecs, { services: 'backend', config: configFile(), 'dry-run': 'true' });
    expect(run.exitCode).toBe(0);
    expect(ecs.writes()).toEqual([]);
    expect(results(run.outputs)[0]?.summary).toBe('dry run: keiba-backend:3 → keiba-backend:2');
    expect(run.summary).toContain('dry run for backend: nothing changed');
  });

  it('a rollback whose deployment fails is a P1 failure', async () => {
    const ecs = await startEcs({}, [{ outcome: 'fail', afterPolls: 1 }]);
    const run = await rollback(ecs, { services: BACKEND, cluster: CLUSTER });
    expect(run.exitCode).toBe(1);
    expect(results(run.outputs)[0]).toMatchObject({ status: 'fail', severity: 'P1', summary: 'rollback to keiba-backend:2 failed: ECS deployment circuit breaker: tasks failed to start' });
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'error', title: expect.stringMatching(/^\[P1\] /) }));
  });
});

describe('rollback under ECS faults', () => {
  it('a ListTaskDefinitions that returns a nextToken forever stops at the page bound with one line naming the call, nothing changed', async () => {
    const ecs = await startEcs({ faults: [{ kind: 'endless-pages', ops: ['ListTaskDefinitions'] }] });
    const run = await rollback(ecs, { services: BACKEND, cluster: CLUSTER });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors.map((a) => a.message)).toEqual([expect.stringMatching(/^rollback failed: ECS ListTaskDefinitions: still a nextToken after 100 pages \(\d+ items\): stopped at the bound of 100 pages$/)]);
    expect(ecs.ops().filter((op) => op === 'ListTaskDefinitions')).toHaveLength(100);
    expect(ecs.writes()).toEqual([]);
  });

  it("throttling past the SDK's own attempts after UpdateService is retried: the rollback is verified, and its phases are log groups", async () => {
    // Four throttles: past the SDK's default three attempts. The shortest poll-interval keeps the backoff (50 ms, doubling) short.
    const ecs = await startEcs({ faults: [{ kind: 'throttle', ops: ['DescribeServices'], after: 'UpdateService', calls: 4 }] });
    const run = await rollback(ecs, { services: 'backend', config: configFile(), 'poll-interval': '50ms' });
    expect(run.exitCode).toBe(0);
    expect(ecs.faulted()).toHaveLength(4);
    expect(results(run.outputs)[0]).toMatchObject({ status: 'pass', summary: 'keiba-backend:3 → rolled back to keiba-backend:2; smoke checks: 1 of 1 passed' });
    expect([...run.stdout.matchAll(/^::group::(.*)$/gm)].map((m) => m[1])).toEqual([
      'resolve: read the services and the target revisions',
      'register: new task definition revisions',
      'rollback: update, wait, smoke-check',
    ]);
  });
});

describe('rollback: a throw after the service was updated', () => {
  it('(every DescribeServices malformed) still ends P1 with outputs, the summary and an incident saying where it may be', async () => {
    const gh = await startFakeGitHub();
    try {
      const ecs = await startEcs({ faults: [{ kind: 'malformed-events', ops: ['DescribeServices'], after: 'UpdateService' }] });
      const run = await runAction('rollback', { environment: 'production', services: BACKEND, cluster: CLUSTER, 'poll-interval': '50ms', 'github-token': gh.token }, { env: { ...ecs.env(), GITHUB_API_URL: gh.url } });
      expect(run.exitCode).toBe(1);
      expect(updates(ecs)).toEqual([`${BACKEND} → keiba-backend:2`]);
      const [r] = results(run.outputs);
      expect(r).toMatchObject({ status: 'fail', severity: 'P1' });
      expect(r?.summary).toMatch(/^rollback to keiba-backend:2 broke off: .+; it may be on \S+keiba-backend:3 or \S+keiba-backend:2: run `aws ecs update-service .+` and wait for it/);
      expect(run.summary).toContain(BACKEND);
      expect(gh.issues.map((i) => i.title)).toEqual([expect.stringContaining('[P1]')]);
    } finally {
      await gh.close();
    }
  });
});

describe('rollback refuses a wrong target: one line naming the input, exit 1, nothing changed', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ['a revision of another family', { to: 'keiba-frontend:1' }, /^rollback: input "to": keiba-frontend:1 is of family keiba-frontend, but the service runs family keiba-backend; roll back within the family$/],
    ['an INACTIVE revision', { to: 'keiba-backend:1' }, /^rollback: input "to": keiba-backend:1 is INACTIVE \(deregistered\): ECS cannot start it; choose an ACTIVE revision$/],
    ['a revision that does not exist', { to: 'keiba-backend:99' }, /^rollback: input "to": keiba-backend:99: no such task definition$/],
    ['a family without a revision', { to: 'keiba-backend' }, /^rollback: input "to": expected previous, family:revision \(backend:12\), a task definition ARN or image-tag:<tag>, got "keiba-backend"$/],
    ['a bad image tag', { to: 'image-tag:main abc' }, /^rollback: input "to": expected an image tag like main-abc1234/],
    ['a revision for two services', { to: 'keiba-backend:2', services: `${BACKEND}\n${FRONTEND}` }, /^rollback: input "to": a revision belongs to one family: expected one service, got 2/],
  ];
  it.each(cases)('refuses %s', async (_name, inputs, message) => {
    const ecs = await startEcs({ inactive: ['keiba-backend:1'] });
    const run = await rollback(ecs, { services: BACKEND, cluster: CLUSTER, ...inputs });
    expectRejectedInput(run, message);
    expect(ecs.writes()).toEqual([]);
  });

  it('refuses to: previous when no older ACTIVE revision exists', async () => {
    const ecs = await startEcs({ inactive: ['keiba-backend:1', 'keiba-backend:2'] });
    const run = await rollback(ecs, { services: BACKEND, cluster: CLUSTER });
    expectRejectedInput(run, new RegExp(`^rollback: input "to": ${BACKEND}: no ACTIVE revision of keiba-backend older than keiba-backend:3 to roll back to$`));
    expect(ecs.writes()).toEqual([]);
  });
});
