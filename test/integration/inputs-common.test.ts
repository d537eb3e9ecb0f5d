import type { CheckResult } from '@runbook/core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { backendTaskDefinition, CLUSTER, FakeEcs } from '../fakes/ecs-api.ts';
import { BACKEND } from '../fakes/ecs-config.ts';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-api.ts';
import { closedPort, sendJson, startServer, type TestServer } from '../harness/http-server.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';

// The inputs every check action shares (fail-on, results-file, open-issues, github-token, locale),
// each shown to change what a failing run of every action does.

let down: TestServer;
let gh: FakeGitHub;
let ecs: FakeEcs | undefined;
beforeAll(async () => {
  down = await startServer({ '/down': (_q, res) => sendJson(res, 503, { status: 'down' }) });
  gh = await startFakeGitHub();
});
afterAll(async () => {
  await down.close();
  await gh.close();
});
afterEach(async () => {
  gh.reset();
  await ecs?.close();
  ecs = undefined;
});

/** A run of each action that fails: a 503, a refused TLS port, a rollout that ECS's circuit breaker fails, an empty backup directory, an error line in a log. */
const scenarios: Record<string, () => Promise<{ inputs: Record<string, string>; env: Record<string, string> }>> = {
  'smoke-test': async () => ({ inputs: { urls: `${down.url}/down`, retries: '0' }, env: {} }),
  'cert-check': async () => ({ inputs: { hosts: `127.0.0.1:${await closedPort()}`, retries: '0' }, env: {} }),
  deploy: async () => ({ inputs: { ...(await ecsTarget('keiba-backend:1')), 'image-tag': 'main-bbb2222' }, env: ecs?.env() ?? {} }),
  rollback: async () => ({ inputs: await ecsTarget('keiba-backend:2'), env: ecs?.env() ?? {} }),
  'backup-verify': async () => ({ inputs: { source: mkdtempSync(join(tmpdir(), 'runbook-no-backups-')) }, env: {} }),
  'status-check': async () => ({ inputs: { 'error-logs': errorLog(), 'disk-warn': '100', 'disk-critical': '100', 'memory-warn': '100', 'memory-critical': '100' }, env: {} }),
};

/** A log with one error line of a minute ago: status-check's one failing check. */
function errorLog(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'runbook-errors-')), 'app.log');
  writeFileSync(path, `${new Date(Date.now() - 60_000).toISOString()} ERROR payment provider timed out\n`);
  return path;
}

async function ecsTarget(running: string): Promise<Record<string, string>> {
  ecs = await FakeEcs.start({
    clusters: [CLUSTER],
    taskDefinitions: [backendTaskDefinition('main-aaa1111'), backendTaskDefinition('main-bbb2222')],
    services: [{ cluster: CLUSTER, name: BACKEND, taskDefinition: running, rollouts: [{ outcome: 'fail', afterPolls: 1 }] }],
  });
  return { services: BACKEND, cluster: CLUSTER, region: 'ap-northeast-1', 'poll-interval': '50ms' };
}

async function run(action: string, inputs: Record<string, string>): Promise<ActionRun> {
  const scenario = await (scenarios[action] as () => ReturnType<(typeof scenarios)['smoke-test']>)();
  return runAction(action, { 'github-token': gh.token, ...scenario.inputs, ...inputs }, { env: { GITHUB_API_URL: gh.url, ...scenario.env } });
}

const results = (r: ActionRun) => JSON.parse(r.outputs.results ?? '[]') as CheckResult[];

describe.each(Object.keys(scenarios))('%s', (action) => {
  it('fail-on: never keeps a failing run green; the default fails it', async () => {
    const failing = await run(action, { 'open-issues': 'false' });
    expect([failing.exitCode, failing.outputs.status]).toEqual([1, 'fail']);
    const never = await run(action, { 'open-issues': 'false', 'fail-on': 'never' });
    expect([never.exitCode, never.outputs.status]).toEqual([0, 'fail']);
  });

  it('results-file: gets the same results JSON as the results output', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'runbook-results-')), 'results.json');
    const r = await run(action, { 'open-issues': 'false', 'results-file': file });
    expect(results(r).map((x) => x.status)).toContain('fail');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(results(r));
  });

  it('open-issues: opens an incident issue by default, none with false', async () => {
    const off = await run(action, { 'open-issues': 'false' });
    expect(gh.issues).toEqual([]);
    expect(off.summary).toContain('Not written: `open-issues` is `false`.');
    await run(action, {});
    expect(gh.issues.map((i) => i.state)).toEqual(['open']);
  });

  it('github-token: the issues are written with it, and not at all without one', async () => {
    const none = await run(action, { 'github-token': '' });
    expect(gh.issues).toEqual([]);
    expect(none.summary).toContain('Not written: no `github-token`');
    await run(action, {});
    expect(gh.issues).toHaveLength(1);
  });

  it('locale: ja writes the issue in Japanese, the default in English', async () => {
    await run(action, {});
    const english = gh.issues[0]?.title ?? '';
    gh.reset();
    await run(action, { locale: 'ja' });
    const japanese = gh.issues[0]?.title ?? '';
    expect(english).toMatch(/^\[P\d\] .*[a-z]{4}/);
    expect(japanese).toMatch(/^\[P\d\] .*[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});
