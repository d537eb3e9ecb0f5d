// The deploy engine in-process, on the ECS double and an injected clock: what it records while it runs.
import type { CheckResult, Clock, Emitter, RunReport } from '@runbook/core';
import type { ProbeSpec } from '@runbook/http-probe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backendTaskDefinition, CLUSTER, FakeEcs } from '../../../../test/fakes/ecs-api.ts';
import { runDeploy as deploy } from '../run.ts';
import type { DeployPlan } from './plan.ts';

const SERVICE = 'production-keiba-backend';
const ARN = 'arn:aws:ecs:ap-northeast-1:123456789012:task-definition';
let ecs: FakeEcs;
const saved = { ...process.env };

beforeEach(async () => {
  ecs = await FakeEcs.start({
    clusters: [CLUSTER],
    taskDefinitions: [backendTaskDefinition('main-aaa1111')],
    services: [{ cluster: CLUSTER, name: SERVICE, taskDefinition: 'keiba-backend:1', rollouts: [{ outcome: 'complete', afterPolls: 3 }] }],
  });
  Object.assign(process.env, ecs.env());
});
afterEach(async () => {
  process.env = { ...saved };
  await ecs.close();
});

function planOf(clock: Clock, more: Partial<DeployPlan> = {}): DeployPlan {
  return {
    environment: 'production',
    targets: [{ key: 'backend', platform: 'ecs', cluster: CLUSTER, service: SERVICE, region: 'ap-northeast-1', origin: { cluster: 'input "cluster"', service: 'input "services"' }, containers: { names: ['app'], origin: 'input "containers"' }, probes: [] }],
    waitTimeoutMs: 60_000,
    pollIntervalMs: 2_000,
    smokeProbes: [],
    dryRun: false,
    secrets: [],
    inputLabel: (name) => `input "${name}"`,
    change: { kind: 'tag', tag: 'main-bbb2222' },
    forceNewDeployment: false,
    rollbackOnFailure: true,
    clock,
    ...more,
  };
}

/** An emitter that keeps what the engine records and reports, and the groups it opens. */
function recordingEmitter(): Emitter & { recorded: CheckResult[][]; groups: string[]; reported: RunReport | undefined } {
  const emitter = {
    recorded: [] as CheckResult[][],
    groups: [] as string[],
    reported: undefined as RunReport | undefined,
    progress: () => {},
    warning: () => {},
    untrusted: () => {},
    secret: () => {},
    group: <T>(title: string, fn: () => Promise<T>) => (emitter.groups.push(title), fn()),
    record: (results: readonly CheckResult[]) => void emitter.recorded.push([...results]),
    report: async (report: RunReport) => void (emitter.reported = report),
  };
  return emitter;
}

describe('deploy records what stands after each phase', () => {
  it('so that a throw at any point still leaves outputs, summary and incidents with the truth', async () => {
    const clock: Clock & { t: number } = { t: 0, now: () => clock.t, sleep: async (ms: number) => void (clock.t += ms) };
    const plan = planOf(clock);
    const emitter = recordingEmitter();
    const results = await deploy(plan, emitter);
    expect(results[0]).toMatchObject({ status: 'pass', summary: expect.stringMatching(/^deployed keiba-backend:2 in 4s/) });
    // The rollout was followed on the injected clock: three polls two seconds apart.
    expect(clock.t).toBe(4_000);
    const summaries = emitter.recorded.map((r) => `${r[0]?.severity} ${r[0]?.summary}`);
    const untouched = 'P3 the deploy stopped before the service was updated; it still runs keiba-backend:1';
    const unverified = `P1 the deploy stopped before the service was verified; it may be on ${ARN}/keiba-backend:2 or ${ARN}/keiba-backend:1: run \`aws ecs update-service --region ap-northeast-1 --cluster ${CLUSTER} --service ${SERVICE} --task-definition ${ARN}/keiba-backend:1\` and wait for it, or the rollback workflow with to: keiba-backend:1`;
    // After prepare, register and migrate nothing has changed; from the update on, until verified, it may be on either.
    expect(summaries).toEqual([untouched, untouched, untouched, unverified, unverified, `undefined ${results[0]?.summary}`]);
    expect(emitter.groups).toEqual(['prepare: read the services and plan the change', 'register: new task definition revisions', 'migrate: one-off task', 'update: UpdateService', 'rollout: follow the deployments', 'smoke: check the new revisions']);
    expect(emitter.reported?.outputs['rolled-back']).toBe('false');
  });

  it('a smoke probe that throws (a header value the HTTP client refuses) fails the smoke stage and the service is rolled back', async () => {
    const clock: Clock & { t: number } = { t: 0, now: () => clock.t, sleep: async (ms: number) => void (clock.t += ms) };
    const probe: ProbeSpec = {
      id: 'http:production/backend/health', environment: 'production', service: 'backend', url: new URL('http://127.0.0.1:9/health'), method: 'GET',
      headers: { 'x-token': 'secret-with-a-newline\n' }, expect: { status: [{ min: 200, max: 299 }] }, timeoutMs: 1_000, retries: 0, retryDelayMs: 0, samples: 1, maxRedirects: 0,
    };
    const emitter = recordingEmitter();
    const [r] = await deploy(planOf(clock, { smokeProbes: [probe] }), emitter);
    expect(r).toMatchObject({ status: 'fail', evidence: { stage: 'smoke' } });
    // The probe's throw is that check's failure (http-probe), never the deploy's end.
    expect(r?.summary).toMatch(/^smoke check \S+ failed: the check failed unexpectedly: Invalid character in header content.*; rolled back to keiba-backend:1; /);
    expect(ecs.serviceRevision(CLUSTER, SERVICE)).toBe('keiba-backend:1');
    expect(emitter.reported?.outputs['rolled-back']).toBe('true');
  });
});
