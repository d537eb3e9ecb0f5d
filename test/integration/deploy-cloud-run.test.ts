import type { CheckResult } from '@runbook/core';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { backendTaskDefinition, CLUSTER, FakeEcs } from '../fakes/ecs-api.ts';
import { FakeCloudRun, type FakeCloudRunOptions } from '../fakes/cloud-run-api.ts';
import { IMAGE, sagebase, writeCloudRunConfig } from '../fakes/cloud-run-config.ts';
import { startFakeGitHub } from '../fakes/github-api.ts';
import { COMMAND_PAYLOAD, expectNoCommandFromOutside } from '../harness/expectations.ts';
import { startServer } from '../harness/http-server.ts';
import { ROOT, runAction } from '../harness/run-action.ts';

// The deploy action on Cloud Run: the bundled dist, the real @google-cloud/run client (REST), the
// Admin API double, whose service and tag URLs serve the revisions the traffic routes to.

const PROJECT = 'sagebase-prod';
const REGION = 'asia-northeast1';

let fake: FakeCloudRun | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(options: FakeCloudRunOptions = {}): Promise<FakeCloudRun> {
  fake = await FakeCloudRun.start({ services: [sagebase()], operationPolls: 1, ...options });
  return fake;
}

/** A config with the service's health check on its own URL (`/health`). */
const config = (cr: FakeCloudRun, extra = ''): string =>
  writeCloudRunConfig(cr, { extra, health: `          - url: ${cr.serviceUrl('sagebase')}/health\n            expect: { json: { status: healthy } }\n            retries: 0\n` });

const deploy = (cr: FakeCloudRun, inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runAction('deploy', { 'api-endpoint': cr.endpoint, environment: 'production', 'poll-interval': '50ms', 'open-issues': 'false', ...inputs }, { env });
const results = (outputs: Record<string, string>) => JSON.parse(outputs.results ?? '[]') as CheckResult[];
const patches = (cr: FakeCloudRun) => cr.writes().filter((w) => w.kind === 'UpdateService');

describe('deploy to Cloud Run (the real client against the Admin API double)', () => {
  it('deploys an image: a named revision, LATEST 100 %, the previous split recorded with the revision it was recorded for; outputs revision, url, traffic', async () => {
    const cr = await start();
    const run = await deploy(cr, { config: config(cr), services: 'sagebase', image: IMAGE('v42'), 'revision-suffix': 'v42' });
    expect(run.exitCode, run.stderr + run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'pass', revision: 'sagebase-v42', 'previous-revision': 'sagebase-00041-xyz', url: cr.serviceUrl('sagebase'), 'tag-url': '', 'rolled-back': 'false' });
    expect(JSON.parse(run.outputs.traffic ?? '')).toEqual([{ revision: 'sagebase-v42', percent: 100 }]);
    expect(cr.serving('sagebase')).toEqual([{ revision: 'sagebase-v42', percent: 100 }]);
    const [patch] = patches(cr);
    expect(patch?.query.updateMask).toBe('template,traffic,annotations');
    expect((patch?.body.annotations as Record<string, string>)['runbook-actions/previous-traffic']).toBe(JSON.stringify([{ revision: 'sagebase-00041-xyz', percent: 100 }]));
    expect((patch?.body.annotations as Record<string, string>)['runbook-actions/deployed-revision']).toBe('sagebase-v42');
    expect(cr.served.some((s) => s.path === '/health' && s.revision === 'sagebase-v42')).toBe(true);
    expect(results(run.outputs)[0]?.summary).toMatch(/^deployed sagebase-v42 in .*; smoke checks: 1 of 1 passed$/);
  });

  it('a revision that never becomes Ready: traffic untouched (never re-written, so never pinned), its own condition shown', async () => {
    const cr = await start();
    cr.scriptImage(IMAGE('bad'), { ready: false, reason: 'HEALTH_CHECK_CONTAINER_ERROR', message: 'The user-provided container failed to start and listen on the port defined provided by the PORT=8080' });
    const run = await deploy(cr, { config: config(cr), services: 'sagebase', image: IMAGE('bad') });
    expect(run.exitCode).toBe(1);
    expect(cr.serving('sagebase')).toEqual([{ revision: 'sagebase-00041-xyz', percent: 100 }]);
    expect(patches(cr)).toHaveLength(1);
    const [result] = results(run.outputs);
    expect(result).toMatchObject({ status: 'fail', severity: 'P2' });
    expect(result?.summary).toContain('The user-provided container failed to start and listen on the port');
    expect(result?.summary).toContain('traffic untouched: still sagebase-00041-xyz 100 %');
    expect(run.outputs['rolled-back']).toBe('true');
  });

  it("a revision's condition message is outside text: shown, but no workflow command in it is acted on", async () => {
    const cr = await start();
    cr.scriptImage(IMAGE('evil'), { ready: false, reason: 'HEALTH_CHECK_CONTAINER_ERROR', message: `container failed\n${COMMAND_PAYLOAD.join('\n')}` });
    const run = await deploy(cr, { config: config(cr), services: 'sagebase', image: IMAGE('evil') });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('container failed');
    expectNoCommandFromOutside(run);
    // In the summary: one line, in a code span, so no markdown or line of it acts on the page.
    const why = run.summary.split('\n').filter((l) => l.startsWith('- Ready:'));
    expect(why).toHaveLength(1);
    expect(why[0]).toMatch(/^- Ready: `+container failed ::\S.*`+$/);
  });

  it('a failed smoke check writes the split back (a previous split and its tags included), checks it and opens an incident', async () => {
    const gh = await startFakeGitHub();
    try {
      const seed = sagebase({
        traffic: [
          { revision: 'sagebase-00041-xyz', percent: 70, tag: 'stable' },
          { revision: 'sagebase-00040-abc', percent: 30 },
          { revision: 'sagebase-00040-abc', percent: 0, tag: 'old' },
        ],
      });
      const cr = await start({ services: [seed] });
      cr.serve(IMAGE('v42'), { status: 500, body: { status: 'error' } });
      const run = await deploy(cr, { config: config(cr), services: 'sagebase', image: IMAGE('v42'), 'open-issues': 'true', 'github-token': gh.token }, { GITHUB_API_URL: gh.url });
      expect(run.exitCode).toBe(1);
      expect(cr.serving('sagebase')).toEqual([
        { revision: 'sagebase-00041-xyz', percent: 70, tag: 'stable' },
        { revision: 'sagebase-00040-abc', percent: 30 },
        { revision: 'sagebase-00040-abc', percent: 0, tag: 'old' },
      ]);
      const restore = patches(cr)[1];
      expect(restore?.query.updateMask).toBe('traffic');
      expect(restore?.body.traffic).toEqual([
        { type: 2, revision: 'sagebase-00041-xyz', percent: 70, tag: 'stable' },
        { type: 2, revision: 'sagebase-00040-abc', percent: 30 },
        { type: 2, revision: 'sagebase-00040-abc', percent: 0, tag: 'old' },
      ]);
      expect(cr.tagUrl('sagebase', 'old')).toBeDefined();
      expect(run.outputs['rolled-back']).toBe('true');
      const [result] = results(run.outputs);
      expect(result).toMatchObject({ status: 'fail', severity: 'P2' });
      expect(result?.summary).toContain('new revision gets no traffic until a deploy routes to latest again');
      expect(run.summary).toContain('Traffic is pinned to these revisions');
      expect(gh.issues).toHaveLength(1);
      expect(gh.issues[0]).toMatchObject({ state: 'open', labels: expect.arrayContaining(['incident', 'P2', 'deploy']) });
      expect(gh.issues[0]?.title).toContain('[P2] sagebase');
      expect(gh.issues[0]?.body).toContain('Runbook 004, when a Cloud Run deploy fails:');
      // The same incident in Japanese with locale: ja.
      const ja = await deploy(cr, { config: config(cr), services: 'sagebase', image: IMAGE('v42'), 'open-issues': 'true', 'github-token': gh.token, locale: 'ja' }, { GITHUB_API_URL: gh.url });
      expect(ja.exitCode).toBe(1);
      expect(JSON.stringify(gh.issues)).toContain('Runbook 004「Cloud Run デプロイ失敗時」');
    } finally {
      await gh.close();
    }
  });

  it('a canary: traffic-percent 10 gives the new revision 10 % and the old split the rest; a second deploy promotes it to latest', async () => {
    const cr = await start();
    const canary = await deploy(cr, { config: config(cr), services: 'sagebase', image: IMAGE('v42'), 'revision-suffix': 'v42', 'traffic-percent': '10' });
    expect(canary.exitCode, canary.stdout).toBe(0);
    expect(cr.serving('sagebase')).toEqual([
      { revision: 'sagebase-v42', percent: 10 },
      { revision: 'sagebase-00041-xyz', percent: 90 },
    ]);
    expect(JSON.parse(canary.outputs.traffic ?? '')).toEqual([
      { revision: 'sagebase-v42', percent: 10 },
      { revision: 'sagebase-00041-xyz', percent: 90 },
    ]);
    expect(canary.summary).toContain('Traffic is pinned to these revisions: a new revision gets no traffic until a deploy routes to latest again');
    const promoted = await deploy(cr, { config: config(cr), services: 'sagebase', image: IMAGE('v42') });
    expect(promoted.exitCode, promoted.stdout).toBe(0);
    expect(cr.serving('sagebase')).toEqual([{ revision: 'sagebase-v42', percent: 100 }]);
    // The same image and env: no new revision, only traffic.
    expect(patches(cr)[1]?.query.updateMask).toBe('traffic,annotations');
    expect(cr.revisions('sagebase')).toHaveLength(3);
    expect(promoted.outputs.revision).toBe('sagebase-v42');
    expect(results(promoted.outputs)[0]?.evidence.notes).toContain('routes to latest again');
    expect(promoted.summary).toContain('it follows the latest revision again');
    expect(promoted.summary).not.toContain('Traffic is pinned');
  });

  it('tag + no-traffic: the new revision at 0 % is checked on its tag URL, then promoted; other tags stay put', async () => {
    const cr = await start({ services: [sagebase({ traffic: [{ percent: 100 }, { revision: 'sagebase-00040-abc', percent: 0, tag: 'old' }] })] });
    const run = await deploy(cr, { config: config(cr), services: 'sagebase', image: IMAGE('v42'), 'revision-suffix': 'v42', tag: 'next', 'no-traffic': 'true' });
    expect(run.exitCode, run.stdout).toBe(0);
    const tagUrl = cr.tagUrl('sagebase', 'next');
    expect(run.outputs).toMatchObject({ revision: 'sagebase-v42', url: cr.serviceUrl('sagebase'), 'tag-url': tagUrl });
    const onTag = cr.served.findIndex((s) => s.tag === 'next' && s.revision === 'sagebase-v42' && s.path === '/health');
    const onService = cr.served.findIndex((s) => !s.tag && s.revision === 'sagebase-v42');
    expect(onTag).toBeGreaterThanOrEqual(0);
    expect(onService).toBeGreaterThan(onTag);
    const [first, promote] = patches(cr);
    expect(first?.body.traffic).toEqual([
      { type: 2, revision: 'sagebase-00041-xyz', percent: 100 },
      { type: 2, revision: 'sagebase-00040-abc', percent: 0, tag: 'old' },
      { type: 2, revision: 'sagebase-v42', percent: 0, tag: 'next' },
    ]);
    expect(promote?.query.updateMask).toBe('traffic,annotations');
    expect(cr.serving('sagebase')).toEqual([
      { revision: 'sagebase-v42', percent: 100 },
      { revision: 'sagebase-00040-abc', percent: 0, tag: 'old' },
      { revision: 'sagebase-v42', percent: 0, tag: 'next' },
    ]);
    expect(cr.tagUrl('sagebase', 'old')).toBeDefined();
    expect(JSON.parse(run.outputs.traffic ?? '')).toEqual([
      { revision: 'sagebase-v42', percent: 100 },
      { revision: 'sagebase-00040-abc', percent: 0, tag: 'old' },
      { revision: 'sagebase-v42', percent: 0, tag: 'next' },
    ]);
  });

  it('tag + no-traffic: a check on another origin (a custom domain) cannot reach the tag URL, so it runs after the traffic moves only, and says so', async () => {
    const cr = await start();
    const domain = await startServer({ '/ping': (_req, res) => void res.writeHead(200).end('ok') });
    try {
      const run = await deploy(cr, { config: config(cr), services: 'sagebase', image: IMAGE('v42'), tag: 'next', 'no-traffic': 'true', 'smoke-urls': `${domain.url}/ping` });
      expect(run.exitCode, run.stdout).toBe(0);
      // Once, after the promotion: before it, that origin serves the old revision.
      expect(domain.hits.get('/ping')).toBe(1);
      const note = `the check on ${domain.url} is not on the service's run.app URL and cannot reach the tag URL: it is checked after the traffic moves only`;
      expect(run.stdout).toContain(note);
      expect(results(run.outputs)[0]?.evidence.notes).toContain(note);
    } finally {
      await domain.close();
    }
  });

  it('tag + no-traffic with no check on the run.app URL at all is refused before any write, naming no-traffic', async () => {
    const cr = await start();
    const run = await deploy(cr, { platform: 'cloud-run', project: PROJECT, region: REGION, service: 'sagebase', image: IMAGE('v42'), environment: '', tag: 'next', 'no-traffic': 'true', 'smoke-urls': 'https://sagebase.example.com/health' });
    expect(run.exitCode).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toEqual([`::error::deploy: input "no-traffic": none of the health checks or smoke-urls of sagebase is on its run.app URL (${cr.serviceUrl('sagebase')}), so none can check the new revision on its tag URL before it gets traffic`]);
    expect(cr.writes()).toEqual([]);
  });

  it('tag + no-traffic: a revision failing on its tag URL never gets traffic', async () => {
    const cr = await start();
    cr.serve(IMAGE('v42'), { status: 503 });
    const run = await deploy(cr, { config: config(cr), services: 'sagebase', image: IMAGE('v42'), tag: 'next', 'no-traffic': 'true' });
    expect(run.exitCode).toBe(1);
    expect(cr.served.some((s) => !s.tag && s.revision !== 'sagebase-00041-xyz')).toBe(false);
    expect(cr.serving('sagebase').filter((s) => s.percent > 0)).toEqual([{ revision: 'sagebase-00041-xyz', percent: 100 }]);
    expect(patches(cr)).toHaveLength(1);
  });

  it('an etag conflict (a change by someone else since the read) is a clear error and overwrites nothing', async () => {
    const cr = await start();
    // The migration runs between the read and the PATCH: the service changes meanwhile.
    const watcher = setInterval(() => {
      if (cr.requests.some((r) => r.kind === 'CreateJob')) {
        cr.changeOutOfBand('sagebase');
        clearInterval(watcher);
      }
    }, 2);
    try {
      const run = await deploy(cr, { config: config(cr, '        migrate: { command: [alembic, upgrade, head] }\n'), services: 'sagebase', image: IMAGE('v42') });
      expect(run.exitCode).toBe(1);
      const [result] = results(run.outputs);
      expect(result).toMatchObject({ status: 'fail', severity: 'P3' });
      expect(result?.summary).toContain('could not update the service: Cloud Run UpdateService: sagebase changed since it was read (its etag moved on');
      expect(result?.summary).toContain('nothing was overwritten');
      expect(result?.summary).toContain('still runs sagebase-00041-xyz');
      expect(cr.revisions('sagebase').map((r) => r.name)).not.toContain(expect.stringContaining('v42'));
      expect(patches(cr)).toHaveLength(1);
    } finally {
      clearInterval(watcher);
    }
  });

  it('a migration job runs with the new image before traffic moves; a failed one moves no traffic', async () => {
    const cr = await start();
    const migrate = '        migrate: { command: [alembic, upgrade, head] }\n';
    const ok = await deploy(cr, { config: config(cr, migrate), services: 'sagebase', image: IMAGE('v42') });
    expect(ok.exitCode, ok.stdout).toBe(0);
    expect(cr.job('sagebase-migrate')).toBeDefined();
    expect(cr.executions('sagebase-migrate')).toHaveLength(1);
    const order = cr.writes().map((w) => w.kind);
    expect(order.indexOf('RunJob')).toBeLessThan(order.indexOf('UpdateService'));
    cr.scriptExecution(IMAGE('v43'), { succeed: false, reason: 'NON_ZERO_EXIT_CODE', message: 'Task sagebase-migrate-abc-task0 failed with exit code 1' });
    const before = cr.serving('sagebase');
    const failed = await deploy(cr, { config: config(cr, migrate), services: 'sagebase', image: IMAGE('v43') });
    expect(failed.exitCode).toBe(1);
    expect(cr.serving('sagebase')).toEqual(before);
    expect(cr.writes().filter((w) => w.kind === 'UpdateService')).toHaveLength(1);
    expect(cr.writes().filter((w) => w.kind === 'UpdateJob')).toHaveLength(1);
    const [result] = results(failed.outputs);
    expect(result?.summary).toContain('exit code 1');
    expect(result?.summary).toContain('the service was not updated');
  });

  it("the migration job runs with the env the deploy writes (the env input merged), not the service's old env", async () => {
    const cr = await start();
    const run = await deploy(cr, { config: config(cr, '        migrate: { command: [alembic, upgrade, head] }\n'), services: 'sagebase', image: IMAGE('v42'), env: 'MODE=migrating\nDB_SCHEMA=v42' });
    expect(run.exitCode, run.stdout).toBe(0);
    const job = cr.job('sagebase-migrate') as { template: { template: { containers: { image: string; env: { name: string; value: string }[] }[] } } };
    expect(job.template.template.containers[0]?.image).toBe(IMAGE('v42'));
    expect(job.template.template.containers[0]?.env).toEqual([
      { name: 'MODE', value: 'migrating' },
      { name: 'DB_SCHEMA', value: 'v42' },
    ]);
  });

  it('an operation that ends in error fails the deploy with its message; the service stays where it was', async () => {
    const cr = await start({ faults: [{ kind: 'operation-error', on: ['UpdateService'], calls: 1, code: 9, message: 'Revision template is invalid: quota exceeded' }] });
    const run = await deploy(cr, { config: config(cr), services: 'sagebase', image: IMAGE('v42') });
    expect(run.exitCode).toBe(1);
    expect(results(run.outputs)[0]?.summary).toContain('quota exceeded');
    expect(cr.serving('sagebase')).toEqual([{ revision: 'sagebase-00041-xyz', percent: 100 }]);
  });

  it('429 and 503 answers are retried (Retry-After honoured) and the deploy goes through', async () => {
    const cr = await start({
      faults: [
        { kind: 'throttle', on: ['GetService'], calls: 2, retryAfterSeconds: 1 },
        { kind: 'unavailable', on: ['UpdateService', 'GetOperation'], calls: 2 },
      ],
    });
    const started = Date.now();
    const run = await deploy(cr, { config: config(cr), services: 'sagebase', image: IMAGE('v42') });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(cr.requests.filter((r) => r.fault).map((r) => r.fault)).toEqual(['throttle', 'throttle', 'unavailable', 'unavailable']);
    expect(patches(cr).filter((p) => !p.fault)).toHaveLength(1);
    expect(run.summary).toMatch(/attempts retried/);
  });

  it('a lost answer to the PATCH (it took effect) is not retried; the deploy fails and the previous split is written back', async () => {
    const cr = await start({ faults: [{ kind: 'lost-answer', on: ['UpdateService'], calls: 1 }] });
    cr.serve(IMAGE('v42'), { status: 500 });
    const run = await deploy(cr, { config: config(cr), services: 'sagebase', image: IMAGE('v42') });
    expect(run.exitCode).toBe(1);
    expect(patches(cr).filter((p) => p.query.updateMask === 'template,traffic,annotations')).toHaveLength(1);
    expect(cr.serving('sagebase')).toEqual([{ revision: 'sagebase-00041-xyz', percent: 100 }]);
    expect(run.outputs['rolled-back']).toBe('true');
  });

  it('an operation poll that hangs is cut at wait-timeout: the rollout times out and the split is written back', async () => {
    const cr = await start({ faults: [{ kind: 'hang', on: ['GetOperation'], calls: 50 }] });
    const started = Date.now();
    const run = await deploy(cr, { config: config(cr), services: 'sagebase', image: IMAGE('v42'), 'wait-timeout': '2s' });
    expect(run.exitCode).toBe(1);
    expect(Date.now() - started, run.stdout).toBeLessThan(15_000);
    expect(results(run.outputs)[0]?.summary).toMatch(/no answer within|not done by the deadline/);
    expect(cr.serving('sagebase').filter((s) => s.percent > 0)).toEqual([{ revision: 'sagebase-00041-xyz', percent: 100 }]);
  });

  it('the final read after a verified deploy failing is a note, bounded well inside wait-timeout: the report and outputs still come', async () => {
    const cr = await start();
    let faulted = false;
    cr.onServed((s) => {
      if (s.path !== '/health' || faulted) return;
      faulted = true;
      cr.fault({ kind: 'unavailable', on: ['GetService'] });
    });
    const started = Date.now();
    const run = await deploy(cr, { config: config(cr), services: 'sagebase', image: IMAGE('v42'), 'revision-suffix': 'v42', 'wait-timeout': '10m' });
    expect(run.exitCode, run.stderr + run.stdout).toBe(0);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(faulted).toBe(true);
    expect(run.outputs).toMatchObject({ status: 'pass', revision: 'sagebase-v42', url: cr.serviceUrl('sagebase') });
    expect(JSON.parse(run.outputs.traffic ?? '')).toEqual([{ revision: 'sagebase-v42', percent: 100 }]);
    expect(results(run.outputs)[0]?.evidence.notes).toContain('report: read the final traffic: Cloud Run GetService');
  });

  it('migrate, update and rollout share one wait-timeout; the restore gets a wait-timeout of its own', async () => {
    // The migration takes most of the budget, then the rollout's operation never answers.
    const cr = await start({ faults: [{ kind: 'hang', on: ['GetOperation'], after: 'UpdateService', calls: 1 }] });
    cr.scriptExecution(IMAGE('v42'), { afterPolls: 100 });
    const started = Date.now();
    const run = await deploy(cr, { config: config(cr, '        migrate: { command: [alembic, upgrade, head] }\n'), services: 'sagebase', image: IMAGE('v42'), 'wait-timeout': '8s' });
    const took = Date.now() - started;
    expect(run.exitCode).toBe(1);
    const migration = cr.requests.filter((r) => r.kind === 'GetOperation' && !r.fault).length;
    expect(migration).toBeGreaterThanOrEqual(100);
    // Separate deadlines would be the migration (~5 s) + 8 s for the rollout alone.
    expect(took, run.stdout).toBeLessThan(12_000);
    expect(results(run.outputs)[0]?.summary).toMatch(/not done by the deadline|no answer within/);
    // The way back had its own time, though the budget was spent.
    expect(run.outputs['rolled-back']).toBe('true');
    expect(cr.serving('sagebase').filter((s) => s.percent > 0)).toEqual([{ revision: 'sagebase-00041-xyz', percent: 100 }]);
  });

  it('a service that does not exist: one line naming it, its project and region, nothing written', async () => {
    const cr = await start();
    const run = await deploy(cr, { platform: 'cloud-run', project: PROJECT, region: REGION, service: 'nosuch', image: IMAGE('v42'), environment: '' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('::error::deploy: input "service": service nosuch not found in project sagebase-prod, region asia-northeast1');
    expect(cr.writes()).toEqual([]);
  });

  it('dry-run reads and plans (env names only, never values) and writes nothing', async () => {
    const cr = await start();
    const run = await deploy(cr, { config: config(cr), services: 'sagebase', image: IMAGE('v42'), env: 'API_KEY=s3cr3t-value\nMODE=prod', 'dry-run': 'true' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(cr.writes()).toEqual([]);
    expect(cr.kinds().every((k) => k === 'GetService')).toBe(true);
    expect(run.summary).toContain('env: API_KEY');
    expect(run.stdout + run.summary).not.toContain('s3cr3t-value');
    expect(run.outputs.revision).toBe('');
  });
});

describe('Cloud Run deploy inputs, each changing the deploy', () => {
  it("env: merged into the container's env by name (others kept); the values are never printed", async () => {
    const cr = await start();
    const run = await deploy(cr, { config: config(cr), services: 'sagebase', env: 'MODE=canary\nAPI_TOKEN=tok-123456' });
    expect(run.exitCode, run.stdout).toBe(0);
    const template = patches(cr)[0]?.body.template as { containers: { image: string; env: { name: string; value: string }[] }[] };
    expect(template.containers[0]?.env).toEqual([
      { name: 'MODE', value: 'canary' },
      { name: 'API_TOKEN', value: 'tok-123456' },
    ]);
    expect(template.containers[0]?.image).toBe(IMAGE('v41'));
    expect(run.stdout + run.summary).not.toContain('tok-123456');
    expect(run.summary).toContain('env: MODE, API_TOKEN');
  });

  it("api-endpoint: the Admin API calls go to it; without it they go to Google's, which needs credentials", async () => {
    const cr = await start();
    const withIt = await deploy(cr, { config: config(cr), services: 'sagebase', image: IMAGE('v42') });
    expect(withIt.exitCode).toBe(0);
    expect(cr.requests.length).toBeGreaterThan(0);
    const seen = cr.requests.length;
    const without = await deploy(cr, { config: config(cr), services: 'sagebase', image: IMAGE('v43'), 'api-endpoint': '' }, { GOOGLE_APPLICATION_CREDENTIALS: join(tmpdir(), 'no-such-credentials.json') });
    expect(without.exitCode).toBe(1);
    expect(cr.requests.length).toBe(seen);
    expect(without.stdout).toContain('::error::deploy: Google credentials: no Google credentials were found; add a google-github-actions/auth step');
  });
});

describe('bad Cloud Run inputs: one line naming the input, before any call', () => {
  it.each([
    [{ 'task-definition': 'td.json' }, 'input "task-definition": does not apply to cloud-run service sagebase'],
    [{ 'traffic-percent': '0' }, 'input "traffic-percent": expected a whole number from 1 to 100, got "0"'],
    [{ 'traffic-percent': '101' }, 'input "traffic-percent": expected a whole number from 1 to 100, got "101"'],
    [{ 'traffic-percent': 'abc' }, 'input "traffic-percent": expected a whole number from 1 to 100, got "abc"'],
    [{ region: 'tokyo' }, 'input "region": expected a GCP region like asia-northeast1, got "tokyo"'],
    [{ project: 'P!' }, 'input "project": expected a GCP project id like my-project-123'],
    [{ tag: 'next', 'no-traffic': 'true' }, 'input "no-traffic": expected health checks (config health) or smoke-urls with it: they verify the new revision on its tag URL before it gets traffic, and sagebase has none'],
  ])('%o', async (bad, message) => {
    const cr = await start();
    const run = await deploy(cr, { platform: 'cloud-run', project: PROJECT, region: REGION, service: 'sagebase', image: IMAGE('v42'), environment: '', ...bad });
    expect(run.exitCode).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
    expect(cr.requests).toEqual([]);
  });
});

describe('each platform loads only its own SDK', () => {
  /** The code of the dist files a deploy loaded, through the module-loads preload. */
  async function loads(run: (env: Record<string, string>) => Promise<{ exitCode: number | null }>): Promise<{ code: string }> {
    const file = join(mkdtempSync(join(tmpdir(), 'runbook-loads-')), 'loads.txt');
    const preload = pathToFileURL(join(ROOT, 'test/harness/module-loads.mjs')).href;
    const { exitCode } = await run({ NODE_OPTIONS: `--import=${preload}`, RUNBOOK_MODULE_LOADS: file });
    expect(exitCode).toBe(0);
    const files = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((u) => fileURLToPath(u)).filter((f) => f.startsWith(join(ROOT, 'dist')));
    return { code: files.map((f) => readFileSync(f, 'utf8')).join('\n') };
  }
  const GOOGLE = /google\.cloud\.run\.v2|google-gax|google-auth-library/;
  const AWS = /@aws-sdk\/client-ecs|ECSClient|RegisterTaskDefinitionCommand/;

  it('a Cloud Run deploy loads no AWS SDK, an ECS deploy no Google code', async () => {
    const cr = await start();
    const cloudRun = await loads((env) => deploy(cr, { config: config(cr), services: 'sagebase', image: IMAGE('v42') }, env));
    expect(cloudRun.code).toMatch(GOOGLE);
    expect(cloudRun.code).not.toMatch(AWS);
    const ecs = await FakeEcs.start({ clusters: [CLUSTER], taskDefinitions: [backendTaskDefinition('main-aaa1111')], services: [{ cluster: CLUSTER, name: 'backend', taskDefinition: 'keiba-backend:1', rollouts: [{ outcome: 'complete' }] }] });
    try {
      const aws = await loads((env) =>
        runAction('deploy', { services: 'backend', cluster: CLUSTER, 'image-tag': 'main-bbb2222', 'poll-interval': '100ms', 'open-issues': 'false' }, { env: { ...ecs.env(), ...env } }),
      );
      expect(aws.code).toMatch(AWS);
      expect(aws.code).not.toMatch(GOOGLE);
    } finally {
      await ecs.close();
    }
  });
});
