// The orchestrator over a driver that is no platform at all: what it decides by itself.
import type { CheckResult, Emitter, RunReport } from '@runbook/core';
import { describe, expect, it } from 'vitest';
import type { DeployDriver, DeployOperation, FollowOutcome, ServiceDeploy, ServiceTarget } from '../driver.ts';
import { orchestrateDeploy } from './orchestrator.ts';

type Behaviour = { follow?: FollowOutcome; update?: Error };
type Fake = ServiceDeploy<Behaviour, ServiceTarget>;

class Refused extends Error {}

function fakeDriver(restored: string[][]): DeployDriver<Behaviour, ServiceTarget> {
  const stage = (title: string) => ({ title, failure: `${title} failed` });
  return {
    words: { label: (r) => r ?? '?', unverifiedAdvice: (t, to) => `put ${t.key} on ${to} by hand`, targetId: (t) => `fake:${t.key}`, where: { heading: 'fake service', cell: (t) => t.key }, defaultRunbook: 'read the logs' },
    prepareTitle: 'prepare',
    stages: { register: stage('register'), migrate: undefined, update: stage('update'), rollout: stage('rollout'), smoke: stage('smoke') },
    prepare: async (target) => ({ state: behaviours[target.key] ?? {}, previous: `${target.key}-v1`, migrates: false }),
    register: async (d) => void (d.revision = `${d.target.key}-v2`),
    update: async (d) => {
      if (d.state.update) throw d.state.update;
    },
    refused: (error) => error instanceof Refused,
    follow: async (deploys) => new Map(deploys.map((d): [Fake, FollowOutcome] => [d, d.state.follow ?? { state: 'completed', durationMs: 1_000 }])),
    diagnose: async () => {},
    restore: async (deploys) => {
      restored.push(deploys.map((d) => d.target.key));
      return new Map(deploys.map((d) => [d, { back: true, summary: `rolled back to ${d.previous}` }]));
    },
    planned: () => 'a new revision',
    evidence: () => ({}),
    table: { change: 'change', to: (d) => d.revision ?? '–', changes: () => '–' },
    planBlock: (d) => d.target.key,
    failureLines: () => [],
    sections: () => [],
    outputs: () => ({}),
  };
}

let behaviours: Record<string, Behaviour> = {};

function planFor(...keys: string[]): DeployOperation {
  const clock = { t: 0, now: () => 0, sleep: async () => {} };
  const targets = keys.map((key): ServiceTarget => ({ key, platform: 'ecs', probes: [] }));
  return { environment: 'production', targets, waitTimeoutMs: 60_000, pollIntervalMs: 2_000, smokeProbes: [], dryRun: false, secrets: [], inputLabel: (n) => `input "${n}"`, clock, rollbackOnFailure: true };
}

function emitter(): Emitter & { groups: string[]; reported?: RunReport } {
  const e: Emitter & { groups: string[]; reported?: RunReport } = {
    groups: [],
    progress: () => {},
    warning: () => {},
    untrusted: () => {},
    secret: () => {},
    group: async <T,>(title: string, fn: () => Promise<T>) => (e.groups.push(title), fn()),
    record: () => {},
    report: async (report: RunReport) => void (e.reported = report),
  };
  return e;
}

const rated = (results: CheckResult[]) => results.map((r) => `${r.subject} ${r.status} ${r.severity ?? ''} ${r.summary}`.replace(/\s+/g, ' '));

describe('the deploy orchestrator, on any driver', () => {
  it('rolls every updated service back together when one fails, and rates the one that failed worse', async () => {
    behaviours = { web: { follow: { state: 'failed', reason: 'tasks failed to start', durationMs: 3_000 } } };
    const restored: string[][] = [];
    const e = emitter();
    const results = await orchestrateDeploy(planFor('api', 'web'), e, () => fakeDriver(restored));
    expect(restored).toEqual([['api', 'web']]);
    expect(rated(results)).toEqual(['api warn P4 web failed: rolled back to api-v1', 'web fail P2 tasks failed to start; rolled back to web-v1']);
    expect(e.groups).toEqual(['prepare', 'register', 'update', 'rollout', 'recover: roll back, wait, smoke-check']);
    expect(e.reported?.outputs).toMatchObject({ status: 'fail', revision: '{"api":"api-v2","web":"web-v2"}', 'previous-revision': '{"api":"api-v1","web":"web-v1"}', 'rolled-back': 'true' });
  });

  it('rolls back an update whose answer was lost, and not one the platform refused', async () => {
    behaviours = { api: { update: new Error('socket hang up') } };
    const lost: string[][] = [];
    expect(rated(await orchestrateDeploy(planFor('api'), emitter(), () => fakeDriver(lost)))).toEqual(['api fail P2 update failed: socket hang up; rolled back to api-v1']);
    expect(lost).toEqual([['api']]);

    behaviours = { api: { update: new Refused('invalid parameter') } };
    const refused: string[][] = [];
    expect(rated(await orchestrateDeploy(planFor('api'), emitter(), () => fakeDriver(refused)))).toEqual(['api fail P3 update failed: invalid parameter; the service still runs api-v1']);
    expect(refused).toEqual([]);
  });
});
