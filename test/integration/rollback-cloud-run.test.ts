import type { CheckResult } from '@runbook/core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeCloudRun, type FakeCloudRunOptions, type ServiceSeed } from '../fakes/cloud-run-api.ts';
import { writeCloudRunConfig } from '../fakes/cloud-run-config.ts';
import { startFakeGitHub } from '../fakes/github-api.ts';
import { expectRejectedInput } from '../harness/expectations.ts';
import { runAction } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

// The rollback action's Cloud Run driver, bundled, with the real @google-cloud/run client against
// the Admin API double; the service's URL is the double's, so the smoke checks reach the revision
// the traffic goes to.

const SERVICE = 'sagebase-streamlit';
const rev = (n: number, id: string) => `${SERVICE}-0000${n}-${id}`;
const R1 = rev(1, 'aaa');
const R2 = rev(2, 'bbb');
const R3 = rev(3, 'ccc');
const R4 = rev(4, 'ddd');
const image = (tag: string) => `asia-northeast1-docker.pkg.dev/sagebase-prod/app/sagebase:${tag}`;

let fake: FakeCloudRun | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** R1 and R2 Ready, R3 serving (LATEST 100 %), R1 tagged `old` at 0 %. */
const seed = (extra: Partial<ServiceSeed> = {}): ServiceSeed => ({
  name: SERVICE,
  revisions: [
    { name: R1, image: image('main-a') },
    { name: R2, image: image('main-b') },
    { name: R3, image: image('main-c') },
  ],
  traffic: [{ percent: 100 }, { revision: R1, percent: 0, tag: 'old' }],
  ...extra,
});

async function start(options: FakeCloudRunOptions = { services: [seed()] }): Promise<FakeCloudRun> {
  fake = await FakeCloudRun.start({ operationPolls: 1, ...options });
  return fake;
}

/** The config with the service's health check on the double's service URL. */
const config = (cr: FakeCloudRun): string => writeCloudRunConfig(cr, { service: SERVICE, health: `          - url: ${cr.serviceUrl(SERVICE)}/_stcore/health\n            retries: 0\n` });

const rollback = (cr: FakeCloudRun, inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runAction('rollback', { environment: 'production', services: 'sagebase', config: config(cr), 'api-endpoint': cr.endpoint, 'poll-interval': '100ms', 'open-issues': 'false', ...inputs }, { env });
const results = (outputs: Record<string, string>) => JSON.parse(outputs.results ?? '[]') as CheckResult[];
/** What the service URL serves now (the tags at 0 % left out). */
const split = (cr: FakeCloudRun) => cr.serving(SERVICE).filter((s) => s.percent > 0);
const trafficWritten = (cr: FakeCloudRun) => cr.writes().map((w) => (w.body.traffic as { revision?: string; percent?: number; tag?: string }[]).map((t) => `${t.revision ?? 'LATEST'} ${t.percent ?? 0}${t.tag ? ` ${t.tag}` : ''}`));

describe('rollback on Cloud Run (the real client against the Admin API double)', () => {
  it('to: previous goes to the split the last deploy recorded, as explicit revisions, tags kept, and smoke-checks it', async () => {
    const recorded = JSON.stringify([{ revision: R2, percent: 90 }, { revision: R1, percent: 10, tag: 'old' }]);
    const cr = await start({ services: [seed({ annotations: { 'runbook-actions/previous-traffic': recorded } })] });
    const run = await rollback(cr, {});
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'pass', from: R3, to: `${R2}=90,${R1}=10`, revision: `${R2}=90,${R1}=10`, 'previous-revision': R3 });
    // One PATCH of the traffic alone, with the etag read first; the tag stays on R1.
    expect(cr.writes().map((w) => [w.kind, w.query.updateMask])).toEqual([['UpdateService', 'traffic']]);
    expect(cr.writes()[0]?.body.etag).toEqual(expect.any(String));
    expect(trafficWritten(cr)).toEqual([[`${R2} 90`, `${R1} 10 old`]]);
    expect(split(cr)).toEqual([
      { revision: R2, percent: 90 },
      { revision: R1, percent: 10, tag: 'old' },
    ]);
    const [r] = results(run.outputs);
    expect(r).toMatchObject({ id: 'rollback:production/sagebase', kind: 'rollback', target: `cloud-run:${cr.project}/${cr.region}/${SERVICE}`, status: 'pass' });
    expect(r?.summary).toBe(`${R3} → rolled back to ${R2}=90,${R1}=10 (traffic pinned); smoke checks: 1 of 1 passed`);
    expect(r?.evidence).toMatchObject({ source: 'recorded by the last deploy (runbook-actions/previous-traffic)', 'traffic before': `${R3} 100 %` });
    // The smoke check reached the revisions the traffic went to, not the bad one.
    expect(cr.served.filter((s) => s.path === '/_stcore/health').map((s) => s.revision)).not.toContain(R3);
    expect(run.summary).toContain('### Traffic is pinned');
    expect(run.summary).toContain('a new revision gets no traffic until a deploy routes to latest again');
    expect(run.summary).toContain(`gcloud run services update-traffic ${SERVICE} --project ${cr.project} --region ${cr.region} --to-latest`);
  });

  it('to: previous without a recorded split takes the newest Ready revision before the serving one, never a newer preview or a failed one', async () => {
    const cr = await start({
      services: [
        {
          name: SERVICE,
          revisions: [
            { name: R1, image: image('main-a') },
            { name: R2, image: image('main-b'), ready: false, reason: 'HealthCheckContainerError', message: 'failed to listen on PORT' },
            { name: R3, image: image('main-c') },
            { name: R4, image: image('preview'), createdAgoSeconds: 60 },
          ],
          traffic: [{ revision: R3, percent: 100 }, { revision: R4, percent: 0, tag: 'preview' }],
        },
      ],
    });
    const run = await rollback(cr, { to: 'previous' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect([run.outputs.from, run.outputs.to]).toEqual([R3, R1]);
    expect(trafficWritten(cr)).toEqual([[`${R1} 100`, `${R4} 0 preview`]]);
    expect(split(cr)).toEqual([{ revision: R1, percent: 100 }]);
    expect(results(run.outputs)[0]?.evidence.source).toBe('the newest Ready revision before the serving one');
    expect(cr.kinds()).toContain('ListRevisions');
  });

  it('to: previous when the recorded split is what serves now (after a rollback) goes to the newest Ready revision before it, not "back" to itself', async () => {
    const recorded = JSON.stringify([{ revision: R3, percent: 100 }]);
    const cr = await start({ services: [seed({ annotations: { 'runbook-actions/previous-traffic': recorded } })] });
    const run = await rollback(cr, { to: 'previous' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect([run.outputs.from, run.outputs.to]).toEqual([R3, R2]);
    expect(split(cr)).toEqual([{ revision: R2, percent: 100 }]);
    expect(results(run.outputs)[0]?.evidence.source).toBe('the newest Ready revision before the serving one');
    expect(run.stdout).toContain(`ignoring the recorded split: it is what serves now (${R3})`);
  });

  it('to: previous ignores a split recorded by a deploy whose revision no longer serves (the service was changed around this tool since)', async () => {
    // Our deploy put out R2 and recorded R1; then someone deployed R3 with gcloud, which kept the annotations.
    const annotations = { 'runbook-actions/previous-traffic': JSON.stringify([{ revision: R1, percent: 100 }]), 'runbook-actions/deployed-revision': R2 };
    const cr = await start({ services: [seed({ annotations })] });
    const run = await rollback(cr, { to: 'previous' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect([run.outputs.from, run.outputs.to]).toEqual([R3, R2]);
    expect(split(cr)).toEqual([{ revision: R2, percent: 100 }]);
    expect(run.stdout).toContain(`ignoring the recorded split: it was recorded when ${R2} was deployed, and ${R2} serves no traffic now`);
  });

  it('a traffic change whose operation ends in error fails at once with its message, not after wait-timeout', async () => {
    const cr = await start({ services: [seed()], faults: [{ kind: 'operation-error', on: ['UpdateService'], calls: 1, code: 9, message: `Revision ${R2} cannot serve: container image was deleted` }] });
    const started = Date.now();
    const run = await rollback(cr, { to: R2, 'wait-timeout': '40s' });
    expect(run.exitCode).toBe(1);
    expect(Date.now() - started).toBeLessThan(15_000);
    const [r] = results(run.outputs);
    expect(r).toMatchObject({ status: 'fail', severity: 'P1' });
    expect(r?.summary).toMatch(new RegExp(`^the traffic change ended in error: .*Revision ${R2} cannot serve: container image was deleted; check the traffic`));
    expect(split(cr)).toEqual([{ revision: R3, percent: 100 }]);
  });

  it('to a named revision pins 100 % to it', async () => {
    const cr = await start();
    const run = await rollback(cr, { to: R1 });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ from: R3, to: R1, revision: R1 });
    expect(split(cr)).toEqual([{ revision: R1, percent: 100, tag: 'old' }]);
  });

  it('refuses a revision of another service, naming to, with nothing changed', async () => {
    const other = { name: 'other-app', revisions: [{ name: 'other-app-00001-zzz', image: image('other') }] };
    const cr = await start({ services: [seed(), other] });
    const run = await rollback(cr, { to: 'other-app-00001-zzz' });
    expectRejectedInput(run, /^rollback: input "to": other-app-00001-zzz: no such revision of service sagebase-streamlit$/);
    expect(cr.writes()).toEqual([]);
  });

  it('refuses a revision that is not Ready, with its reason, with nothing changed', async () => {
    const cr = await start({
      services: [seed({ revisions: [{ name: R1, image: image('main-a') }, { name: R2, image: image('bad'), ready: false, reason: 'ContainerMissing', message: 'Image not found' }, { name: R3, image: image('main-c') }] })],
    });
    const run = await rollback(cr, { to: R2 });
    expectRejectedInput(run, new RegExp(`^rollback: input "to": ${R2} is not Ready \\(.*Image not found\\): it cannot serve$`));
    expect(cr.writes()).toEqual([]);
  });

  it('dry-run reads the service and the target, writes nothing, and says what it would do', async () => {
    const cr = await start();
    const run = await rollback(cr, { to: 'previous', 'dry-run': 'true' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(cr.writes()).toEqual([]);
    expect(results(run.outputs)[0]?.summary).toBe(`dry run: ${R3} → ${R2}`);
    expect(run.summary).toContain('dry run for sagebase: nothing changed');
    expect(run.summary).not.toContain('Traffic is pinned');
  });

  it('retries 503 and 429 from the API, on reads and on the traffic write', async () => {
    const cr = await start({
      services: [seed()],
      faults: [
        { kind: 'unavailable', on: ['GetService'], calls: 1 },
        { kind: 'throttle', on: ['UpdateService'], calls: 1, retryAfterSeconds: 1 },
        { kind: 'unavailable', on: ['UpdateService'], calls: 1 },
      ],
    });
    const run = await rollback(cr, { to: R2 });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(cr.requests.filter((r) => r.fault).map((r) => [r.kind, r.fault])).toEqual([
      ['GetService', 'unavailable'],
      ['UpdateService', 'throttle'],
      ['UpdateService', 'unavailable'],
    ]);
    expect(cr.writes().filter((w) => !w.fault)).toHaveLength(1);
    expect(split(cr)).toEqual([{ revision: R2, percent: 100 }]);
    expect(run.summary).toMatch(/attempts retried/);
  });

  it('a service changed by someone else between the read and the write is not overwritten', async () => {
    // The first write is refused for 2 s; meanwhile someone else changes the service, so the etag
    // the rollback read no longer matches when it writes again.
    const cr = await start({ services: [seed()], faults: [{ kind: 'unavailable', on: ['UpdateService'], calls: 1, retryAfterSeconds: 2 }] });
    const pending = rollback(cr, { to: R2 });
    const until = Date.now() + 15_000;
    while (!cr.requests.some((r) => r.kind === 'UpdateService') && Date.now() < until) await new Promise((done) => setTimeout(done, 5));
    cr.changeOutOfBand(SERVICE);
    const run = await pending;
    expect(run.exitCode).toBe(1);
    expect(results(run.outputs)[0]).toMatchObject({ status: 'fail', severity: 'P1', summary: expect.stringContaining('its etag no longer matches') });
    expect(split(cr)).toEqual([{ revision: R3, percent: 100 }]);
  });

  it('traffic written but never seen served (the API unavailable afterwards) is a P1 that says how to check and finish by hand', async () => {
    const cr = await start({ services: [seed()], faults: [{ kind: 'unavailable', on: ['GetService'], after: 'UpdateService' }] });
    const run = await rollback(cr, { to: R2, 'wait-timeout': '3s' });
    expect(run.exitCode).toBe(1);
    expect(cr.writes()).toHaveLength(1);
    const [r] = results(run.outputs);
    expect(r).toMatchObject({ status: 'fail', severity: 'P1' });
    expect(r?.summary).toMatch(/^the traffic was written but not verified by the deadline \(/);
    expect(r?.summary).toContain(`gcloud run services update-traffic ${SERVICE} --project ${cr.project} --region ${cr.region} --to-revisions ${R2}=100`);
    expect(run.summary).not.toContain('### Traffic is pinned');
  });

  it('smoke checks failing after the rollback are a P1 incident, with the Cloud Run steps', async () => {
    const gh = await startFakeGitHub();
    try {
      const cr = await start();
      cr.serve(image('main-b'), { status: 500, body: { status: 'error' } });
      const run = await rollback(cr, { to: R2, 'open-issues': 'true', 'github-token': gh.token }, { GITHUB_API_URL: gh.url });
      expect(run.exitCode).toBe(1);
      expect(split(cr)).toEqual([{ revision: R2, percent: 100 }]);
      const [r] = results(run.outputs);
      expect(r).toMatchObject({ status: 'fail', severity: 'P1' });
      expect(r?.summary).toBe(`rolled back to ${R2} (traffic pinned); smoke check ${cr.serviceUrl(SERVICE)}/_stcore/health failed: expected status 200, got 500`);
      expect(r?.runbook).toBeUndefined();
      const [issue] = gh.issues;
      expect(issue?.title).toMatch(/^\[P1\] sagebase: rollback failed/);
      expect(issue?.body).toContain('gcloud run services update-traffic <service> --region <region> --to-revisions <revision>=100');
    } finally {
      await gh.close();
    }
  });

  it('runbook rollback --platform cloud-run --dry-run works from a terminal with the same inputs as flags', async () => {
    const cr = await start();
    const cwd = mkdtempSync(join(tmpdir(), 'runbook-cr-cli-'));
    const where = ['--platform', 'cloud-run', '--project', cr.project, '--region', cr.region, '--service', SERVICE, '--api-endpoint', cr.endpoint];
    const run = await runCli(['rollback', ...where, '--to', R1, '--dry-run', '--json'], cwd);
    expect(run.stderr).not.toMatch(/^runbook: /m);
    expect(run.code).toBe(0);
    const [r] = JSON.parse(run.stdout) as CheckResult[];
    expect([r?.status, r?.summary]).toEqual(['pass', `dry run: ${R3} → ${R1}`]);
    expect(cr.writes()).toEqual([]);
    const refused = await runCli(['rollback', ...where, '--to', 'other-app-00001-zzz', '--dry-run'], cwd);
    expect(refused.code).toBe(1);
    // The refusal is the last line, after the resolve stage's title; nothing was written.
    expect(refused.stderr.trim().split('\n').filter((l) => l.startsWith('runbook:'))).toEqual([`runbook: --to: other-app-00001-zzz: no such revision of service ${SERVICE}`]);
    expect(cr.writes()).toEqual([]);
  });
});
