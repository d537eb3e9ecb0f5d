import type { CheckResult } from '@runbook/core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { backendTaskDefinition, CLUSTER, FakeEcs, frontendTaskDefinition, REGISTRY, type FakeEcsOptions, type RolloutScript } from '../fakes/ecs-api.ts';
import { BACKEND, FRONTEND, healthCheck, writeEcsConfig } from '../fakes/ecs-config.ts';
import { startFakeGitHub } from '../fakes/github-api.ts';
import { COMMAND_PAYLOAD, expectNoCommandFromOutside, expectRejectedInput } from '../harness/expectations.ts';
import { sendJson, startServer, type TestServer } from '../harness/http-server.ts';
import { runAction } from '../harness/run-action.ts';

let fake: FakeEcs | undefined;
let health: TestServer;
/** Revisions whose tasks answer the health check with 500. */
const broken = new Set<string>();

beforeAll(async () => {
  const route = (service: string) => (_req: unknown, res: Parameters<typeof sendJson>[0]) => {
    const serving = fake?.servingRevision(CLUSTER, service) ?? '';
    if (broken.has(serving)) sendJson(res, 500, { status: 'error', revision: serving });
    else sendJson(res, 200, { status: 'ok', revision: serving });
  };
  // Echoes the bearer token it was sent, alone, as a debugging endpoint does: a marker for leaks.
  const echo = (_req: { headers: Record<string, string | string[] | undefined> }, res: Parameters<typeof sendJson>[0]) =>
    sendJson(res, 200, { status: String(_req.headers.authorization ?? '').replace(/^Bearer /, '') });
  health = await startServer({ '/backend/health': route(BACKEND), '/frontend/health': route(FRONTEND), '/backend/echo': echo });
});
afterAll(() => health.close());
afterEach(async () => {
  broken.clear();
  await fake?.close();
  fake = undefined;
});

interface Scenario {
  backend?: RolloutScript[];
  frontend?: RolloutScript[];
  options?: Partial<FakeEcsOptions>;
  backendSeed?: Partial<FakeEcsOptions['services'][number]>;
  frontendSeed?: Partial<FakeEcsOptions['services'][number]>;
}

/** A circuit breaker that fails deployments but leaves the rollback to us. */
const NO_ECS_ROLLBACK = { circuitBreaker: { enable: true, rollback: false } };

async function startEcs(s: Scenario = {}): Promise<FakeEcs> {
  fake = await FakeEcs.start({
    clusters: [CLUSTER],
    taskDefinitions: [backendTaskDefinition('main-aaa1111'), frontendTaskDefinition('main-aaa1111')],
    services: [
      { cluster: CLUSTER, name: BACKEND, taskDefinition: 'keiba-backend:1', rollouts: s.backend ?? [], ...s.backendSeed },
      { cluster: CLUSTER, name: FRONTEND, taskDefinition: 'keiba-frontend:1', rollouts: s.frontend ?? [], ...s.frontendSeed },
    ],
    ...s.options,
  });
  return fake;
}

const configFile = (backendExtra = '') =>
  writeEcsConfig({
    backendHealth: healthCheck(`${health.url}/backend/health`, '            expect: { json: { status: ok } }\n'),
    frontendHealth: healthCheck(`${health.url}/frontend/health`),
    backendExtra,
  });

const deploy = (ecs: FakeEcs, inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runAction('deploy', { environment: 'production', 'poll-interval': '100ms', 'open-issues': 'false', ...inputs }, { env: { ...ecs.env(), ...env } });
const results = (outputs: Record<string, string>) => JSON.parse(outputs.results ?? '[]') as CheckResult[];
const byName = (outputs: Record<string, string>) => Object.fromEntries(results(outputs).map((r) => [r.subject, r]));
const updates = (ecs: FakeEcs) => ecs.bodies('UpdateService').map((b) => `${b.service} → ${String(b.taskDefinition).split('/').pop()}`);

describe('deploy to ECS (the real SDK against the ECS double)', () => {
  it('deploys an image tag, keeps every other field, follows that deployment and reports it', async () => {
    const ecs = await startEcs({ backend: [{ outcome: 'complete', afterPolls: 3 }] });
    const run = await deploy(ecs, { services: BACKEND, cluster: CLUSTER, 'image-tag': 'main-bbb2222', containers: 'app' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      status: 'pass',
      'task-definition-arn': 'arn:aws:ecs:ap-northeast-1:123456789012:task-definition/keiba-backend:2',
      'previous-task-definition-arn': 'arn:aws:ecs:ap-northeast-1:123456789012:task-definition/keiba-backend:1',
      // The platform-neutral names: on ECS, the task definition ARNs.
      revision: 'arn:aws:ecs:ap-northeast-1:123456789012:task-definition/keiba-backend:2',
      'previous-revision': 'arn:aws:ecs:ap-northeast-1:123456789012:task-definition/keiba-backend:1',
      'rolled-back': 'false',
    });
    expect(run.outputs['deployment-id']).toMatch(/^ecs-svc\/\d+$/);
    expect(ecs.completions.map((c) => c.deploymentId)).toEqual([run.outputs['deployment-id']]);
    expect(ecs.serviceRevision(CLUSTER, BACKEND)).toBe('keiba-backend:2');

    // Only the app's tag changed; the sidecar, secrets, runtimePlatform, restartPolicy and tags survived.
    const registered = ecs.taskDefinition('keiba-backend:2') as Record<string, unknown>;
    const original = ecs.taskDefinition('keiba-backend:1') as Record<string, unknown>;
    expect([registered.taskDefinitionArn, registered.revision, registered.status]).toEqual(['arn:aws:ecs:ap-northeast-1:123456789012:task-definition/keiba-backend:2', 2, 'ACTIVE']);
    const ownFields = ['taskDefinitionArn', 'revision', 'registeredAt'];
    const rest = (td: Record<string, unknown>) => Object.fromEntries(Object.entries(td).filter(([k]) => !ownFields.includes(k)));
    expect(rest(registered)).toEqual({ ...rest(original), containerDefinitions: backendTaskDefinition('main-bbb2222').containerDefinitions });
    expect(ecs.bodies('RegisterTaskDefinition')[0]?.tags).toEqual([{ key: 'team', value: 'keiba' }]);

    const [r] = results(run.outputs);
    expect(r).toMatchObject({ id: `deploy:production/${BACKEND}`, kind: 'deploy', status: 'pass', evidence: { from: 'keiba-backend:1', to: 'keiba-backend:2' } });
    expect(r?.summary).toMatch(/^deployed keiba-backend:2 in /);
    expect(run.log).toContain(`(service ${BACKEND}) has reached a steady state.`);
    expect(run.summary).toContain('app: keiba-backend:main-aaa1111 → main-bbb2222');
    expect(run.summary).toContain('### Timeline');
    expect(run.summary).toMatch(/### API calls\n\n\d+ ECS calls: DescribeServices \d+, DescribeTaskDefinition 1, RegisterTaskDefinition 1, UpdateService 1/);
    expect(new Set(ecs.requests.map((q) => q.region))).toEqual(new Set(['ap-northeast-1']));
    expect(run.annotations).toEqual([]);
  });

  it('deploys backend and frontend from the config: migration first, then both services, then smoke checks', async () => {
    const ecs = await startEcs({ backend: [{ outcome: 'complete', afterPolls: 2 }], frontend: [{ outcome: 'complete', afterPolls: 3 }] });
    const config = configFile('        migrate: { command: [alembic, upgrade, head] }\n');
    const run = await deploy(ecs, { services: 'backend\nfrontend', config, 'image-tag': 'main-ccc3333' });
    expect(run.exitCode).toBe(0);
    expect(ecs.writes()).toEqual(['RegisterTaskDefinition', 'RegisterTaskDefinition', 'RunTask', 'UpdateService', 'UpdateService']);
    const [task] = ecs.bodies('RunTask');
    expect(task).toMatchObject({
      cluster: `arn:aws:ecs:ap-northeast-1:123456789012:cluster/${CLUSTER}`,
      taskDefinition: 'arn:aws:ecs:ap-northeast-1:123456789012:task-definition/keiba-backend:2',
      launchType: 'FARGATE',
      startedBy: 'runbook-migrate',
      overrides: { containerOverrides: [{ name: 'app', command: ['alembic', 'upgrade', 'head'] }] },
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d'] } },
    });
    // containers: [app] in the config: the log router keeps its image.
    const containers = (ecs.taskDefinition('keiba-backend:2')?.containerDefinitions as { name: string; image: string }[]).map((c) => `${c.name}=${c.image}`);
    expect(containers).toEqual([`app=${REGISTRY}/keiba-backend:main-ccc3333`, 'log-router=public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.0']);
    expect(JSON.parse(run.outputs['task-definition-arn'] ?? '{}')).toEqual({
      backend: 'arn:aws:ecs:ap-northeast-1:123456789012:task-definition/keiba-backend:2',
      frontend: 'arn:aws:ecs:ap-northeast-1:123456789012:task-definition/keiba-frontend:2',
    });
    expect(run.outputs.revision).toBe(run.outputs['task-definition-arn']);
    expect(JSON.parse(run.outputs['previous-revision'] ?? '{}')).toEqual({
      backend: 'arn:aws:ecs:ap-northeast-1:123456789012:task-definition/keiba-backend:1',
      frontend: 'arn:aws:ecs:ap-northeast-1:123456789012:task-definition/keiba-frontend:1',
    });
    const r = byName(run.outputs);
    expect(r.backend).toMatchObject({ id: 'deploy:production/backend', status: 'pass', evidence: { migration: expect.stringMatching(/^migration exited 0/), 'smoke checks': 'smoke checks: 1 of 1 passed' } });
    expect(r.frontend).toMatchObject({ id: 'deploy:production/frontend', status: 'pass', evidence: { 'smoke checks': 'smoke checks: 1 of 1 passed' } });
    expect(health.hits.get('/backend/health')).toBeGreaterThanOrEqual(1);
    expect(run.summary).toMatch(/\| backend \|.*\| migrate \d[^,|]*, rollout \d[^,|]*, smoke \d[^,|]* \|/);
    expect(run.summary).toMatch(/\| frontend \|.*\| rollout \d[^,|]*, smoke \d[^,|]* \|/);
  });

  it.each(['inactive', 'gone'] as const)('circuit breaker FAILED with ECS rollback (failed deployment %s): reports P2 and does not roll back twice', async (failedDeployment) => {
    const ecs = await startEcs({
      backend: [{ outcome: 'fail', afterPolls: 2, failedDeployment, stoppedReason: 'CannotPullContainerError: pull image manifest has been retried 5 time(s)', exitCode: 137, containerReason: 'OutOfMemoryError: Container killed due to memory usage' }],
    });
    const run = await deploy(ecs, { services: BACKEND, cluster: CLUSTER, 'image-tag': 'main-bad0000', containers: 'app' });
    expect(run.exitCode).toBe(1);
    expect(updates(ecs)).toEqual([`${BACKEND} → keiba-backend:2`]);
    expect(ecs.serviceRevision(CLUSTER, BACKEND)).toBe('keiba-backend:1');
    const [r] = results(run.outputs);
    expect(r).toMatchObject({ status: 'fail', severity: 'P2' });
    const why = failedDeployment === 'inactive' ? 'ECS deployment circuit breaker: tasks failed to start' : `deployment ${run.outputs['deployment-id']} is gone: it failed (tasks failed to start)`;
    expect(r?.summary).toBe(`${why}; rolled back to keiba-backend:1 by ECS's circuit breaker`);
    expect(r?.evidence['stopped tasks']).toContain('CannotPullContainerError: pull image manifest has been retried 5 time(s)');
    expect(r?.evidence['stopped tasks']).toContain('container app: exit 137 (OutOfMemoryError: Container killed due to memory usage)');
    expect(r?.evidence['last events']).toContain('deployment failed: tasks failed to start.');
    expect(run.outputs['rolled-back']).toBe('true');
    expect(run.log).toContain("ECS's circuit breaker is already rolling back to keiba-backend:1");
    expect(run.summary).toContain('### Why it failed');
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'error', title: `[P2] ${BACKEND}: ecs:ap-northeast-1/${CLUSTER}/${BACKEND}` }));
  });

  it('circuit breaker FAILED, ECS rollback shows up a few polls later: waits for it instead of rolling back twice', async () => {
    const ecs = await startEcs({ backend: [{ outcome: 'fail', afterPolls: 2, ecsRollbackAfterPolls: 3 }] });
    const run = await deploy(ecs, { services: BACKEND, cluster: CLUSTER, 'image-tag': 'main-bad0000', containers: 'app' });
    expect(run.exitCode).toBe(1);
    expect(updates(ecs)).toEqual([`${BACKEND} → keiba-backend:2`]);
    expect(ecs.servingRevision(CLUSTER, BACKEND)).toBe('keiba-backend:1');
    const [r] = results(run.outputs);
    expect(r).toMatchObject({ status: 'fail', severity: 'P2', summary: "ECS deployment circuit breaker: tasks failed to start; rolled back to keiba-backend:1 by ECS's circuit breaker" });
    expect(run.outputs['rolled-back']).toBe('true');
    expect(run.log).toContain("waiting up to 30s for ECS's rollback before starting ours");
  });

  it('a failed revision is deregistered once the service is back, so rollback to: previous skips it', async () => {
    const ecs = await startEcs({ backend: [{ outcome: 'fail', afterPolls: 1 }, { outcome: 'complete' }] });
    const failed = await deploy(ecs, { services: BACKEND, cluster: CLUSTER, 'image-tag': 'main-bad0000', containers: 'app' });
    expect(failed.exitCode).toBe(1);
    expect(ecs.revisions('INACTIVE')).toEqual(['keiba-backend:2']);
    expect(results(failed.outputs)[0]?.evidence.deregistered).toBe('keiba-backend:2');
    expect(failed.summary).toContain('deregistered keiba-backend:2, which failed: rollback to: previous will not pick it');
    const fixed = await deploy(ecs, { services: BACKEND, cluster: CLUSTER, 'image-tag': 'main-good000', containers: 'app' });
    expect(fixed.exitCode).toBe(0);
    expect(ecs.serviceRevision(CLUSTER, BACKEND)).toBe('keiba-backend:3');
    const back = await runAction('rollback', { environment: 'production', services: BACKEND, cluster: CLUSTER, 'poll-interval': '100ms', 'open-issues': 'false' }, { env: ecs.env() });
    expect(back.exitCode).toBe(0);
    expect(updates(ecs).at(-1)).toBe(`${BACKEND} → keiba-backend:1`);
  });

  it('circuit breaker FAILED without ECS rollback: rolls back to the captured revision and count, and smoke-checks it', async () => {
    const ecs = await startEcs({ backendSeed: NO_ECS_ROLLBACK, backend: [{ outcome: 'fail', afterPolls: 2 }] });
    const run = await deploy(ecs, { services: 'backend', config: configFile(), 'image-tag': 'main-bad0000', 'desired-count': '4' });
    expect(run.exitCode).toBe(1);
    expect(updates(ecs)).toEqual([`${BACKEND} → keiba-backend:2`, `${BACKEND} → keiba-backend:1`]);
    expect(ecs.bodies('UpdateService').map((b) => b.desiredCount)).toEqual([4, 2]);
    expect(ecs.serviceRevision(CLUSTER, BACKEND)).toBe('keiba-backend:1');
    const [r] = results(run.outputs);
    expect(r).toMatchObject({ status: 'fail', severity: 'P2', evidence: { 'rolled back': 'rolled back to keiba-backend:1; smoke checks: 1 of 1 passed' } });
    expect(r?.summary).toBe('ECS deployment circuit breaker: tasks failed to start; rolled back to keiba-backend:1; smoke checks: 1 of 1 passed');
    expect(run.outputs['rolled-back']).toBe('true');
  });

  it('our rollback failing too is P1, and rolled-back stays false', async () => {
    const ecs = await startEcs({ backendSeed: NO_ECS_ROLLBACK, backend: [{ outcome: 'fail', afterPolls: 1 }, { outcome: 'fail', afterPolls: 1 }] });
    const run = await deploy(ecs, { services: BACKEND, cluster: CLUSTER, 'image-tag': 'main-bad0000', containers: 'app' });
    expect(run.exitCode).toBe(1);
    expect(updates(ecs)).toEqual([`${BACKEND} → keiba-backend:2`, `${BACKEND} → keiba-backend:1`]);
    expect(results(run.outputs)[0]).toMatchObject({ status: 'fail', severity: 'P1', summary: 'ECS deployment circuit breaker: tasks failed to start; rollback to keiba-backend:1 failed: ECS deployment circuit breaker: tasks failed to start' });
    expect(run.outputs['rolled-back']).toBe('false');
    expect(ecs.revisions('INACTIVE')).toEqual([]);
  });

  it('stuck IN_PROGRESS until wait-timeout: rolls back', async () => {
    const ecs = await startEcs({ backend: [{ outcome: 'stuck' }] });
    const run = await deploy(ecs, { services: BACKEND, cluster: CLUSTER, image: `${REGISTRY}/keiba-backend:main-ddd4444`, containers: 'app', 'wait-timeout': '1s' });
    expect(run.exitCode).toBe(1);
    expect(run.durationMs).toBeGreaterThanOrEqual(1_000);
    expect(updates(ecs)).toEqual([`${BACKEND} → keiba-backend:2`, `${BACKEND} → keiba-backend:1`]);
    const [r] = results(run.outputs);
    expect(r).toMatchObject({ status: 'fail', severity: 'P2', evidence: { stage: 'rollout' } });
    expect(r?.summary).toMatch(/^not stable after 1s \(IN_PROGRESS: 0\/2 running, 2 pending, \d failed\); rolled back to keiba-backend:1$/);
    expect(ecs.serviceRevision(CLUSTER, BACKEND)).toBe('keiba-backend:1');
  });

  it('smoke check fails after COMPLETED: rolls back, and the rollback passes the same check', async () => {
    const ecs = await startEcs();
    broken.add('keiba-backend:2');
    const run = await deploy(ecs, { services: 'backend', config: configFile(), 'image-tag': 'main-eee5555' });
    expect(run.exitCode).toBe(1);
    expect(updates(ecs)).toEqual([`${BACKEND} → keiba-backend:2`, `${BACKEND} → keiba-backend:1`]);
    const [r] = results(run.outputs);
    expect(r).toMatchObject({ status: 'fail', severity: 'P2', evidence: { stage: 'smoke', 'smoke checks': `smoke check ${health.url}/backend/health failed: expected status 200, got 500` } });
    expect(r?.summary).toContain('rolled back to keiba-backend:1; smoke checks: 1 of 1 passed');
    expect(ecs.servingRevision(CLUSTER, BACKEND)).toBe('keiba-backend:1');
    // The same diagnostics as a failed rollout: the new revision's stopped tasks and the last events.
    expect(r?.evidence['stopped tasks']).toBe('none found');
    expect(r?.evidence['last events']).toContain(`(service ${BACKEND}) has reached a steady state.`);
    expect(run.summary).toMatch(/### Why it failed[\s\S]*- last events:/);
  });

  it('a migration that exits 1 stops the deploy before the service is touched, and shows its last output lines', async () => {
    const output = [...Array.from({ length: 40 }, (_, i) => `INFO  [alembic.runtime.migration] step ${i + 1}`), 'sqlalchemy.exc.ProgrammingError: relation "races" already exists', 'FAILED: migration 7f3a aborted'];
    const ecs = await startEcs({ options: { migrations: [{ exitCode: 1, containerReason: 'alembic.util.exc.CommandError', output }] } });
    const run = await deploy(ecs, { services: BACKEND, cluster: CLUSTER, 'image-tag': 'main-fff6666', containers: 'app', 'migrate-command': 'alembic upgrade head' });
    expect(run.exitCode).toBe(1);
    expect(ecs.writes()).toEqual(['RegisterTaskDefinition', 'RunTask']);
    expect(ecs.serviceRevision(CLUSTER, BACKEND)).toBe('keiba-backend:1');
    const [r] = results(run.outputs);
    expect(r).toMatchObject({ status: 'fail', severity: 'P2', evidence: { stage: 'migrate' } });
    expect(r?.summary).toMatch(/^migration failed: task [0-9a-f]{12}: Essential container in task exited; container app: exit 1 \(alembic\.util\.exc\.CommandError\); the service was not updated$/);
    expect(r?.evidence['migration logs']).toMatch(/^aws logs tail \/ecs\/keiba-backend --region ap-northeast-1 --log-stream-names ecs\/app\/[0-9a-f]{32}$/);
    expect(r?.evidence['migration output']).toBe(output.slice(-10).join('\n'));
    const [read] = ecs.bodies('GetLogEvents');
    expect(read).toMatchObject({ logGroupName: '/ecs/keiba-backend', logStreamName: expect.stringMatching(/^ecs\/app\/[0-9a-f]{32}$/), limit: 30, startFromHead: false });
    expect(run.summary).toContain('relation "races" already exists');
    expect(run.summary).toContain('step 13\n'); // the last 30 of 42 lines
    expect(run.summary).not.toContain('step 12\n');
    expect(run.log).toContain('    FAILED: migration 7f3a aborted');
    expect(run.outputs['rolled-back']).toBe('false');
  });

  it('a migration still running at wait-timeout is stopped, and the service is not touched', async () => {
    const ecs = await startEcs({ options: { migrations: [{ exitCode: 0, afterPolls: 1_000 }] } });
    const run = await deploy(ecs, { services: BACKEND, cluster: CLUSTER, 'image-tag': 'main-fff6666', containers: 'app', 'migrate-command': 'alembic upgrade head', 'wait-timeout': '1s' });
    expect(run.exitCode).toBe(1);
    expect(ecs.writes()).toEqual(['RegisterTaskDefinition', 'RunTask', 'StopTask']);
    const [stop] = ecs.bodies('StopTask');
    expect(stop).toMatchObject({ cluster: `arn:aws:ecs:ap-northeast-1:123456789012:cluster/${CLUSTER}`, task: expect.stringMatching(new RegExp(`:task/${CLUSTER}/[0-9a-f]{32}$`)) });
    expect(results(run.outputs)[0]).toMatchObject({ status: 'fail', severity: 'P2', summary: 'migration task still RUNNING after 1s; stopped it; the service was not updated' });
    expect(run.log).toContain('migration task still RUNNING after 1s; stopped it');
  });

  it('backend succeeds but frontend fails: both end on their previous revisions', async () => {
    const ecs = await startEcs({ backend: [{ outcome: 'complete', afterPolls: 1 }], frontend: [{ outcome: 'fail', afterPolls: 3 }], frontendSeed: NO_ECS_ROLLBACK });
    const run = await deploy(ecs, { services: 'backend, frontend', config: configFile(), 'image-tag': 'main-ggg7777' });
    expect(run.exitCode).toBe(1);
    expect(ecs.serviceRevision(CLUSTER, BACKEND)).toBe('keiba-backend:1');
    expect(ecs.serviceRevision(CLUSTER, FRONTEND)).toBe('keiba-frontend:1');
    expect(updates(ecs)).toEqual([`${BACKEND} → keiba-backend:2`, `${FRONTEND} → keiba-frontend:2`, `${BACKEND} → keiba-backend:1`, `${FRONTEND} → keiba-frontend:1`]);
    const r = byName(run.outputs);
    expect(r.frontend).toMatchObject({ status: 'fail', severity: 'P2' });
    expect(r.backend).toMatchObject({ status: 'warn', severity: 'P4', summary: 'frontend failed: rolled back to keiba-backend:1; smoke checks: 1 of 1 passed' });
    expect(run.outputs['rolled-back']).toBe('true');
  });

  it('retries ThrottlingException with backoff and then succeeds', async () => {
    const ecs = await startEcs({ options: { throttle: { first: 3 } } });
    const run = await deploy(ecs, { services: BACKEND, cluster: CLUSTER, 'image-tag': 'main-hhh8888', containers: 'app' });
    expect(run.exitCode).toBe(0);
    expect(ecs.requests.slice(0, 4).map((q) => [q.op, q.throttled])).toEqual([
      ['DescribeServices', true],
      ['DescribeServices', true],
      ['DescribeServices', true],
      ['DescribeServices', false],
    ]);
    expect(run.summary).toContain('(3 attempts retried)');
  });

  it('force-new-deployment without an image restarts the running revision without registering one', async () => {
    const ecs = await startEcs();
    const run = await deploy(ecs, { services: BACKEND, cluster: CLUSTER, 'force-new-deployment': 'true' });
    expect(run.exitCode).toBe(0);
    expect(ecs.writes()).toEqual(['UpdateService']);
    expect(ecs.bodies('UpdateService')[0]).toMatchObject({ taskDefinition: 'arn:aws:ecs:ap-northeast-1:123456789012:task-definition/keiba-backend:1', forceNewDeployment: true });
    expect(run.outputs['task-definition-arn']).toBe(run.outputs['previous-task-definition-arn']);
  });

  it('registers a task definition file (as describe-task-definition prints it) with the new tag', async () => {
    const ecs = await startEcs();
    const file = join(mkdtempSync(join(tmpdir(), 'runbook-td-')), 'task-definition.json');
    const described = { ...ecs.taskDefinition('keiba-backend:1'), cpu: '1024', memory: '2048' };
    writeFileSync(file, JSON.stringify({ taskDefinition: described, tags: [{ key: 'release', value: 'r42' }] }));
    const run = await deploy(ecs, { services: BACKEND, cluster: CLUSTER, 'task-definition': file, 'image-tag': 'main-lll2222', containers: 'app' });
    expect(run.exitCode).toBe(0);
    expect(ecs.taskDefinition('keiba-backend:2')).toMatchObject({ cpu: '1024', memory: '2048', containerDefinitions: [{ name: 'app', image: `${REGISTRY}/keiba-backend:main-lll2222` }, { name: 'log-router' }] });
    expect(ecs.bodies('RegisterTaskDefinition')[0]?.tags).toEqual([{ key: 'release', value: 'r42' }]);
  });

  it('succeeds without rolloutState (classic load balancer) on one deployment with every task running', async () => {
    const ecs = await startEcs({ backendSeed: { rolloutState: false }, backend: [{ outcome: 'complete', afterPolls: 2 }] });
    const run = await deploy(ecs, { services: BACKEND, cluster: CLUSTER, 'image-tag': 'main-iii9999', containers: 'app' });
    expect(run.exitCode).toBe(0);
    expect(results(run.outputs)[0]?.status).toBe('pass');
  });

  it('dry-run prints the plan and makes no write call', async () => {
    const ecs = await startEcs();
    const run = await deploy(ecs, { services: 'backend\nfrontend', config: configFile(), 'image-tag': 'main-jjj0000', 'dry-run': 'true', 'keep-revisions': '3' });
    expect(run.exitCode).toBe(0);
    expect(ecs.writes()).toEqual([]);
    expect(ecs.ops().length).toBeGreaterThan(0);
    expect(run.summary).toContain('### Plan (dry run: nothing was changed)');
    expect(run.summary).toContain('- app: keiba-backend:main-aaa1111 → main-jjj0000');
    expect(run.summary).toContain('- web: keiba-frontend:main-aaa1111 → main-jjj0000');
    expect(run.summary).toContain('- revision: keiba-backend:1 → a new revision of keiba-backend');
    expect(run.outputs['task-definition-arn']).toBe('{"backend":"","frontend":""}');
    expect(results(run.outputs).map((r) => r.summary)).toEqual(['dry run: keiba-backend:1 → a new revision of keiba-backend', 'dry run: keiba-frontend:1 → a new revision of keiba-frontend']);
    // No revision was made: empty for each service, the one that runs as before.
    expect(JSON.parse(run.outputs.revision ?? '')).toEqual({ backend: '', frontend: '' });
    expect(JSON.parse(run.outputs['previous-revision'] ?? '')).toEqual({ backend: 'arn:aws:ecs:ap-northeast-1:123456789012:task-definition/keiba-backend:1', frontend: 'arn:aws:ecs:ap-northeast-1:123456789012:task-definition/keiba-frontend:1' });
  });

  it('keep-revisions deregisters old revisions, never the running one, the rollback target or one running elsewhere', async () => {
    const ecs = await startEcs({
      options: {
        taskDefinitions: [1, 2, 3, 4, 5, 6].map((n) => backendTaskDefinition(`main-${n}`)).concat(frontendTaskDefinition('main-1')),
        runningTasks: [{ cluster: CLUSTER, taskDefinition: 'keiba-backend:2' }], // a worker still on :2
      },
      backendSeed: { taskDefinition: 'keiba-backend:5' },
    });
    const run = await deploy(ecs, { services: BACKEND, cluster: CLUSTER, 'image-tag': 'main-7', containers: 'app', 'keep-revisions': '2' });
    expect(run.exitCode).toBe(0);
    // Newest 2 kept (:7 new, :6); :5 is the rollback target, :2 runs in the cluster.
    expect(ecs.revisions('INACTIVE')).toEqual(['keiba-backend:1', 'keiba-backend:3', 'keiba-backend:4']);
    expect(ecs.bodies('DeregisterTaskDefinition').map((b) => String(b.taskDefinition).split('/').pop())).toEqual(['keiba-backend:4', 'keiba-backend:3', 'keiba-backend:1']);
    expect(results(run.outputs)[0]?.evidence.deregistered).toBe('keiba-backend:4, keiba-backend:3, keiba-backend:1');
  });

  it('a failed deploy opens an incident issue; the next good deploy closes it', async () => {
    const gh = await startFakeGitHub();
    try {
      const ecs = await startEcs({ backend: [{ outcome: 'fail', afterPolls: 1 }, { outcome: 'complete' }] });
      const inputs = { services: 'backend', config: configFile(), 'image-tag': 'main-kkk1111', 'open-issues': 'true', 'github-token': gh.token };
      const failed = await deploy(ecs, inputs, { GITHUB_API_URL: gh.url });
      expect(failed.exitCode).toBe(1);
      expect(gh.issues).toHaveLength(1);
      expect(gh.issues[0]).toMatchObject({ state: 'open', labels: expect.arrayContaining(['incident', 'P2', 'deploy']) });
      expect(gh.issues[0]?.title).toContain('[P2] backend');
      expect(gh.issues[0]?.body).toContain('circuit breaker');
      // A dry run describes a plan, not the service: it leaves the incident open.
      const planned = await deploy(ecs, { ...inputs, 'image-tag': 'main-kkk2222', 'dry-run': 'true' }, { GITHUB_API_URL: gh.url });
      expect(planned.exitCode).toBe(0);
      expect(gh.issues[0]?.state).toBe('open');
      expect(planned.summary).toContain('`dry-run` is `true`');
      const fixed = await deploy(ecs, { ...inputs, 'image-tag': 'main-kkk2222' }, { GITHUB_API_URL: gh.url });
      expect(fixed.exitCode).toBe(0);
      expect(gh.issues[0]?.state).toBe('closed');
    } finally {
      await gh.close();
    }
  });
});

describe('deploy keeps secrets out of every channel', () => {
  it('a config health header secret echoed by the endpoint: log, outputs, summary, results file and the issue', async () => {
    const token = 'Dk7token"q\\s/x|p';
    const gh = await startFakeGitHub();
    try {
      const ecs = await startEcs();
      const config = writeEcsConfig({ backendHealth: healthCheck(`${health.url}/backend/echo`, '            headers: { Authorization: "Bearer ${HEALTH_TOKEN}" }\n            expect: { json: { status: ok } }\n') });
      const resultsFile = join(mkdtempSync(join(tmpdir(), 'runbook-deploy-secrets-')), 'results.json');
      const run = await deploy(ecs, { services: 'backend', config, 'image-tag': 'main-sss7777', 'open-issues': 'true', 'github-token': gh.token, 'results-file': resultsFile }, { GITHUB_API_URL: gh.url, HEALTH_TOKEN: token });
      expect(run.exitCode).toBe(1);
      expect(results(run.outputs)[0]?.evidence['smoke checks']).toContain('got {"status":"***"}');
      expect(gh.issues).toHaveLength(1);
      const channels = {
        log: run.stdout.replace(/^::add-mask::.*$/gm, '') + run.stderr,
        outputs: Object.values(run.outputs).join('\n'),
        summary: run.summary,
        'results file': readFileSync(resultsFile, 'utf8'),
        issues: JSON.stringify(gh.issues.map((i) => [i.title, i.body, i.comments.map((c) => c.body)])),
      };
      const json = (text: string): string => JSON.stringify(text).slice(1, -1);
      // Escaped twice too (the body's JSON text inside the results' JSON), and as a markdown table cell.
      const forms = [token, encodeURIComponent(token), Buffer.from(token).toString('base64'), json(token), json(json(token)), json(token).replace('|', '\\|')];
      expect(Object.entries(channels).flatMap(([channel, text]) => forms.filter((f) => text.includes(f)).map((f) => `${channel}: ${f}`))).toEqual([]);
    } finally {
      await gh.close();
    }
  });
});

describe('deploy under ECS faults: it always ends on a verified revision, or says where it may be', () => {
  const ARN = 'arn:aws:ecs:ap-northeast-1:123456789012:task-definition';
  const tagged = { services: BACKEND, cluster: CLUSTER, 'image-tag': 'main-bbb2222', containers: 'app' };

  it('a throw after UpdateService (a malformed DescribeServices answer) fails the rollout and goes through recovery, with an incident', async () => {
    const gh = await startFakeGitHub();
    try {
      const ecs = await startEcs({ options: { faults: [{ kind: 'malformed-events', ops: ['DescribeServices'], after: 'UpdateService', calls: 1 }] } });
      const run = await deploy(ecs, { ...tagged, 'open-issues': 'true', 'github-token': gh.token }, { GITHUB_API_URL: gh.url });
      expect(run.exitCode).toBe(1);
      expect(ecs.faulted()).toEqual([{ op: 'DescribeServices', fault: 'malformed-events' }]);
      expect(updates(ecs)).toEqual([`${BACKEND} → keiba-backend:2`, `${BACKEND} → keiba-backend:1`]);
      expect(ecs.servingRevision(CLUSTER, BACKEND)).toBe('keiba-backend:1');
      const [r] = results(run.outputs);
      expect(r).toMatchObject({ status: 'fail', severity: 'P2', evidence: { stage: 'rollout', 'rolled back': 'rolled back to keiba-backend:1' } });
      expect(r?.summary).toMatch(/^could not follow the rollout: .+; rolled back to keiba-backend:1$/);
      expect(run.outputs['rolled-back']).toBe('true');
      expect(gh.issues).toHaveLength(1);
      expect(gh.issues[0]).toMatchObject({ state: 'open', labels: expect.arrayContaining(['incident', 'P2', 'deploy']) });
      expect(gh.issues[0]?.body).toContain('could not follow the rollout');
    } finally {
      await gh.close();
    }
  });

  it('a throw during recovery too (every DescribeServices malformed) still ends P1 with outputs, summary and an incident', async () => {
    const gh = await startFakeGitHub();
    try {
      const ecs = await startEcs({ options: { faults: [{ kind: 'malformed-events', ops: ['DescribeServices'], after: 'UpdateService' }] } });
      const run = await deploy(ecs, { ...tagged, 'open-issues': 'true', 'github-token': gh.token }, { GITHUB_API_URL: gh.url });
      expect(run.exitCode).toBe(1);
      expect(updates(ecs)).toEqual([`${BACKEND} → keiba-backend:2`, `${BACKEND} → keiba-backend:1`]);
      const [r] = results(run.outputs);
      expect(r).toMatchObject({ status: 'fail', severity: 'P1' });
      expect(r?.summary).toContain(`it may be on ${ARN}/keiba-backend:2 or ${ARN}/keiba-backend:1`);
      expect(run.outputs['rolled-back']).toBe('false');
      expect(run.summary).toContain(BACKEND);
      expect(gh.issues).toHaveLength(1);
      expect(gh.issues[0]?.title).toContain('[P1]');
    } finally {
      await gh.close();
    }
  });

  it('retries a brownout (connection resets, then 503s) from DescribeServices right after UpdateService and deploys', async () => {
    const after = { ops: ['DescribeServices'], after: 'UpdateService' };
    const ecs = await startEcs({ options: { faults: [{ kind: 'reset', ...after, calls: 2 }, { kind: 'unavailable', ...after, calls: 3 }] } });
    // The shortest poll-interval keeps the backoff (50 ms, doubling) short.
    const run = await deploy(ecs, { ...tagged, 'poll-interval': '50ms' });
    expect(run.exitCode).toBe(0);
    expect(ecs.faulted().map((f) => f.fault)).toEqual(['reset', 'reset', 'unavailable', 'unavailable', 'unavailable']);
    expect(ecs.serviceRevision(CLUSTER, BACKEND)).toBe('keiba-backend:2');
    expect(results(run.outputs)[0]).toMatchObject({ status: 'pass', summary: expect.stringMatching(/^deployed keiba-backend:2 in /) });
    expect(run.outputs['rolled-back']).toBe('false');
    expect(run.log).toMatch(/ECS DescribeServices: .*; retrying in \d+ms \(attempt 2\)/);
    expect(run.log).toMatch(/ECS DescribeServices: ServiceUnavailableException: Service Unavailable; retrying in \d+ms \(attempt 4\)/);
    expect(run.summary).toContain('(5 attempts retried)');
  });

  it('honours Retry-After during a brownout', async () => {
    const ecs = await startEcs({ options: { faults: [{ kind: 'unavailable', ops: ['DescribeServices'], after: 'UpdateService', calls: 1, retryAfterSeconds: 1 }] } });
    const run = await deploy(ecs, tagged);
    expect(run.exitCode).toBe(0);
    expect(run.log).toContain('retrying in 1s (attempt 2)');
  });

  it('a brownout past wait-timeout ends P1, saying which revision the service may be on and what to run', async () => {
    const ecs = await startEcs({ options: { faults: [{ kind: 'unavailable', ops: ['DescribeServices'], after: 'UpdateService' }] } });
    const run = await deploy(ecs, { ...tagged, 'wait-timeout': '2s' });
    expect(run.exitCode).toBe(1);
    // Each wait (the rollout's, then the rollback's) holds its 2 s, give or take one retry and the start-up.
    expect(run.durationMs).toBeLessThan(9_000);
    expect(updates(ecs)).toEqual([`${BACKEND} → keiba-backend:2`, `${BACKEND} → keiba-backend:1`]);
    const [r] = results(run.outputs);
    expect(r).toMatchObject({ status: 'fail', severity: 'P1' });
    expect(r?.summary).toContain(`it may be on ${ARN}/keiba-backend:2 or ${ARN}/keiba-backend:1`);
    expect(r?.summary).toContain(`run \`aws ecs update-service --region ap-northeast-1 --cluster ${CLUSTER} --service ${BACKEND} --task-definition ${ARN}/keiba-backend:1\` and wait for it, or the rollback workflow with to: keiba-backend:1`);
    expect(run.outputs['rolled-back']).toBe('false');
  });

  it('a hung DescribeServices does not outlast wait-timeout: progress is printed and the service is rolled back', async () => {
    const ecs = await startEcs({ options: { faults: [{ kind: 'hang', ops: ['DescribeServices'], after: 'UpdateService', calls: 1 }] } });
    const run = await deploy(ecs, { ...tagged, 'wait-timeout': '2s' });
    expect(run.exitCode).toBe(1);
    expect(ecs.faulted()).toEqual([{ op: 'DescribeServices', fault: 'hang' }]);
    expect(run.durationMs).toBeGreaterThanOrEqual(2_000);
    expect(run.durationMs).toBeLessThan(7_000);
    expect(run.log).toMatch(/cannot read the service: ECS DescribeServices: TimeoutError: no answer within \d/);
    const [r] = results(run.outputs);
    expect(r).toMatchObject({ status: 'fail', severity: 'P2', evidence: { stage: 'rollout' } });
    expect(r?.summary).toMatch(/^not stable after 2s \(no progress seen\); then cannot read the service: .*; rolled back to keiba-backend:1$/);
    expect(ecs.serviceRevision(CLUSTER, BACKEND)).toBe('keiba-backend:1');
    expect(run.outputs['rolled-back']).toBe('true');
  });

  it('a RunTask whose answer is lost is not sent again (a migration never runs twice), and the service is not touched', async () => {
    const ecs = await startEcs({ options: { faults: [{ kind: 'reset', ops: ['RunTask'], calls: 1 }] } });
    const run = await deploy(ecs, { ...tagged, 'migrate-command': 'alembic upgrade head' });
    expect(run.exitCode).toBe(1);
    expect(ecs.ops().filter((op) => op === 'RunTask')).toHaveLength(1);
    expect(ecs.writes()).toEqual(['RegisterTaskDefinition', 'RunTask']);
    expect(results(run.outputs)[0]).toMatchObject({ status: 'fail', severity: 'P2', evidence: { stage: 'migrate' }, summary: expect.stringMatching(/^could not start the migration task: ECS RunTask: .+; the service was not updated$/) });
  });

  it('ListTasks with a nextToken forever after a failed rollout stops at the page bound, and the rollback and report still happen', async () => {
    const ecs = await startEcs({ backendSeed: NO_ECS_ROLLBACK, backend: [{ outcome: 'fail', afterPolls: 1 }], options: { faults: [{ kind: 'endless-pages', ops: ['ListTasks'] }] } });
    const run = await deploy(ecs, tagged);
    expect(run.exitCode).toBe(1);
    expect(updates(ecs)).toEqual([`${BACKEND} → keiba-backend:2`, `${BACKEND} → keiba-backend:1`]);
    const [r] = results(run.outputs);
    expect(r).toMatchObject({ status: 'fail', severity: 'P2', summary: 'ECS deployment circuit breaker: tasks failed to start; rolled back to keiba-backend:1' });
    // The diagnosis gathers at most 100 stopped tasks; the in-use check reads up to 1000 tasks and hits the page bound first.
    expect(r?.evidence['stopped tasks']).toContain('Essential container in task exited; container app: exit 1');
    expect(r?.evidence.notes).toMatch(/the failed revision was not deregistered: ECS ListTasks: still a nextToken after 100 pages/);
    expect(run.outputs['rolled-back']).toBe('true');
  });

  it('missing AWS credentials: one line saying what is missing and how to configure them, nothing sent', async () => {
    const ecs = await startEcs();
    const none = { AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials', AWS_CONFIG_FILE: '/nonexistent/config' };
    const run = await deploy(ecs, tagged, none);
    expectRejectedInput(run, /^deploy: AWS credentials: no AWS credentials were found .*aws-actions\/configure-aws-credentials .*role-to-assume .*id-token: write/);
    expect(ecs.ops()).toEqual([]);
  });

  it('each phase is a group in the log', async () => {
    const ecs = await startEcs({ backendSeed: NO_ECS_ROLLBACK, backend: [{ outcome: 'fail', afterPolls: 1 }] });
    const run = await deploy(ecs, tagged);
    expect(run.exitCode).toBe(1);
    const groups = [...run.stdout.matchAll(/^::group::(.*)$/gm)].map((m) => m[1]);
    expect(groups).toEqual([
      'prepare: read the services and plan the change',
      'register: new task definition revisions',
      'migrate: one-off task',
      'update: UpdateService',
      'rollout: follow the deployments',
      'recover: roll back, wait, smoke-check',
    ]);
  });
});

describe('no workflow command from what ECS or a container says', () => {
  it('migration output holding commands reaches the log inert', async () => {
    const ecs = await startEcs({ options: { migrations: [{ exitCode: 1, containerReason: '::error::pwned', output: ['migrating', ...COMMAND_PAYLOAD] }] } });
    const run = await deploy(ecs, { services: BACKEND, cluster: CLUSTER, 'image-tag': 'main-fff6666', containers: 'app', 'migrate-command': 'alembic upgrade head' });
    expect(run.exitCode).toBe(1);
    expect(run.log).toContain('    ::add-mask::x'); // shown as it is, between stop-commands markers
    expectNoCommandFromOutside(run);
    expect(run.annotations.map((a) => a.title)).toContain(`[P2] ${BACKEND}: ecs:ap-northeast-1/${CLUSTER}/${BACKEND}`);
  });

  it("ECS's error text holding commands reaches the log inert", async () => {
    const ecs = await startEcs({ options: { faults: [{ kind: 'unavailable', ops: ['DescribeServices'], after: 'UpdateService', calls: 1, message: `Service Unavailable ${COMMAND_PAYLOAD.join(' ')}` }] } });
    const run = await deploy(ecs, { services: BACKEND, cluster: CLUSTER, 'image-tag': 'main-bbb2222', containers: 'app' });
    expect(run.exitCode).toBe(0);
    expect(run.log).toMatch(/ECS DescribeServices: ServiceUnavailableException: Service Unavailable ::error::pwned .*; retrying in/);
    expectNoCommandFromOutside(run);
  });

  it('service events, stopped reasons and container reasons holding commands reach the log inert', async () => {
    const ecs = await startEcs({
      backend: [{ outcome: 'fail', afterPolls: 2, stoppedReason: '##[error]pwned ::error::pwned', containerReason: '::add-mask::x', failureEvent: 'said ##[error]pwned then ::stop-commands::x' }],
      backendSeed: NO_ECS_ROLLBACK,
    });
    const run = await deploy(ecs, { services: BACKEND, cluster: CLUSTER, 'image-tag': 'main-bad0000', containers: 'app' });
    expect(run.exitCode).toBe(1);
    expect(ecs.serviceRevision(CLUSTER, BACKEND)).toBe('keiba-backend:1');
    expect(results(run.outputs)[0]?.evidence['last events']).toContain('said ##[error]pwned');
    expect(run.stdout).toContain('##\u200b['); // the payload did reach the log, made inert
    expectNoCommandFromOutside(run);
  });
});

describe('deploy bad input and unknown targets: one line naming the input, exit 1, nothing changed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'runbook-deploy-bad-'));
  writeFileSync(join(dir, 'td.json'), '{"family": "keiba-backend", "containerDefinitions": []}');
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ['an unknown cluster', { cluster: 'staging-cluster' }, /^deploy: input "cluster": cluster staging-cluster not found in ap-northeast-1$/],
    ['an unknown service', { services: 'production-keiba-worker' }, /^deploy: input "services": service production-keiba-worker not found in cluster production-keiba-cluster \(ap-northeast-1\)$/],
    ['an image tag with a space', { 'image-tag': 'main abc' }, /^deploy: input "image-tag": expected an image tag like main-abc1234/],
    ['image and image-tag together', { image: `${REGISTRY}/keiba-backend:x`, 'image-tag': 'y' }, /^deploy: input "image-tag": expected only one of image, images and image-tag \(image is given too\)$/],
    ['an images line without =', { 'image-tag': '', images: 'app' }, /^deploy: input "images": line 1 is not "container=image"$/],
    ['images for an unknown container', { 'image-tag': '', images: `worker=${REGISTRY}/keiba-worker:1` }, /^deploy: input "images": container "worker" is not in keiba-backend:1 \(containers: app, log-router\)$/],
    ['one image for two containers', { 'image-tag': '', containers: '', image: `${REGISTRY}/keiba-backend:x` }, /^deploy: input "image": keiba-backend:1 has 2 containers \(app, log-router\): name the one to change with containers, or use images$/],
    ['an unknown container in containers', { containers: 'api' }, /^deploy: input "containers": container "api" is not in keiba-backend:1/],
    ['nothing to deploy', { 'image-tag': '' }, /^deploy: input "image": expected image, images, image-tag or task-definition/],
    ['wait-timeout: soon', { 'wait-timeout': 'soon' }, /^deploy: input "wait-timeout": expected a positive duration like 500ms, 10s, 5m or 26h, got "soon"$/],
    ['a wait-timeout over its bound', { 'wait-timeout': '25d' }, /^deploy: input "wait-timeout": expected a duration of at most 6h, got "25d"$/],
    ['no services', { services: '' }, /^deploy: input "services": expected one or more services/],
    ['neither cluster nor config', { cluster: '' }, /^deploy: input "cluster": expected the ECS cluster of the services \(or a config file: \.github\/runbook\.yml was not found\)$/],
    ['an unclosed quote in migrate-command', { 'migrate-command': 'alembic "upgrade head' }, /^deploy: input "migrate-command": expected a closing " in/],
    ['keep-revisions: 0', { 'keep-revisions': '0' }, /^deploy: input "keep-revisions": expected a whole number from 1 to 1000, got "0"$/],
    ['a region that is not one', { region: 'tokyo' }, /^deploy: input "region": expected an AWS region like ap-northeast-1, got "tokyo"$/],
    ['a task definition file without containers', { 'task-definition': join(dir, 'td.json') }, /^deploy: input "task-definition": .*td\.json: expected "containerDefinitions" with a name and an image for each container$/],
  ];
  it.each(cases)('rejects %s', async (_name, inputs, message) => {
    const ecs = await startEcs();
    const run = await runAction(
      'deploy',
      { environment: 'production', services: BACKEND, cluster: CLUSTER, 'image-tag': 'main-bbb2222', containers: 'app', 'open-issues': 'false', ...inputs },
      { env: { ...ecs.env(), AWS_REGION: inputs.region ?? 'ap-northeast-1' } },
    );
    expectRejectedInput(run, message);
    expect(ecs.writes()).toEqual([]);
  });

  it('refuses a config health header whose secret ends in a newline, naming the path, before any call', async () => {
    const ecs = await startEcs();
    const config = writeEcsConfig({ backendHealth: healthCheck(`${health.url}/backend/health`, '            headers: { X-Token: "${HEALTH_TOKEN}" }\n') });
    const run = await deploy(ecs, { services: 'backend', config, 'image-tag': 'main-bbb2222' }, { HEALTH_TOKEN: 'tok-3141\n' });
    expectRejectedInput(run, /^deploy: .*runbook\.yml: environments\.production\.services\.backend\.health\[0\]\.headers\.X-Token: .*once its variables were filled in$/);
    expect(run.stdout + run.stderr).not.toContain('tok-3141');
    expect(ecs.ops()).toEqual([]);
  });

  it('rejects a config service key that is not in the config, naming it and the known ones', async () => {
    const ecs = await startEcs();
    const run = await deploy(ecs, { services: 'worker', config: configFile(), 'image-tag': 'main-bbb2222' });
    expectRejectedInput(run, /^deploy: input "services": "worker" is not a service of environment "production" in .*runbook\.yml \(services: backend, frontend\); give cluster to deploy ECS services by name$/);
    expect(ecs.ops()).toEqual([]);
  });
});
