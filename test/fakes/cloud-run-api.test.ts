// Wire compatibility of the Cloud Run double with the real @google-cloud/run client (REST fallback,
// PassThroughClient auth), and the Admin API rules it models.
import { ExecutionsClient, JobsClient, RevisionsClient, ServicesClient, type protos } from '@google-cloud/run';
import { PassThroughClient } from 'google-auth-library';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeCloudRun, type FakeCloudRunOptions } from './cloud-run-api.ts';
import { IMAGE, sagebase } from './cloud-run-config.ts';

const P = 'sagebase-prod';
const L = 'asia-northeast1';
const NAME = `projects/${P}/locations/${L}/services/sagebase`;
const REVISION = 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION';
const LATEST = 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST';
const LRO = { longrunning: { initialRetryDelayMillis: 5, retryDelayMultiplier: 1, maxRetryDelayMillis: 5, totalTimeoutMillis: 5_000 } };

/** A request body built from a GET's answer (whose fields may be null): typed as the client's IService. */
const body = (service: object): protos.google.cloud.run.v2.IService => service as protos.google.cloud.run.v2.IService;

let fake: FakeCloudRun | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(options: FakeCloudRunOptions = {}) {
  fake = await FakeCloudRun.start({ services: [sagebase(), { name: 'other', revisions: [{ name: 'other-00001-qqq', image: IMAGE('other') }] }], ...options });
  const u = new URL(fake.endpoint);
  const opts = { apiEndpoint: u.hostname, port: Number(u.port), protocol: 'http', fallback: true as const, authClient: new PassThroughClient() };
  return { fake, services: new ServicesClient(opts), revisions: new RevisionsClient(opts), jobs: new JobsClient(opts), executions: new ExecutionsClient(opts) };
}

const codeOf = async (p: Promise<unknown>): Promise<number | undefined> => {
  try {
    await p;
  } catch (e) {
    return (e as { code?: number }).code;
  }
  throw new Error('expected a rejection');
};

async function raw(url: string, init?: RequestInit): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
  const res = await fetch(url, init);
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

describe('services and revisions', () => {
  it('GetService: int64 as strings; enums as numbers when asked, names otherwise, both decoded by the client', async () => {
    const { fake, services } = await start();
    const [svc] = await services.getService({ name: NAME });
    expect(svc.generation).toBe('2');
    expect(svc.latestReadyRevision).toBe(`${NAME}/revisions/sagebase-00041-xyz`);
    expect(svc.trafficStatuses?.[0]).toMatchObject({ type: LATEST, percent: 100 });
    expect(svc.terminalCondition?.state).toBe('CONDITION_SUCCEEDED');
    expect(svc.uri).toBe(fake.serviceUrl('sagebase'));
    const get = fake.requests.find((r) => r.kind === 'GetService');
    expect(get?.query.$alt).toBe('json;enum-encoding=int');
    const ints = await raw(`${fake.endpoint}/v2/${NAME}?$alt=json%3Benum-encoding=int`);
    expect((ints.body.trafficStatuses as { type: unknown }[])[0]?.type).toBe(1);
    expect((ints.body.terminalCondition as { state: unknown }).state).toBe(4);
    expect(ints.body.generation).toBe('2');
    const names = await raw(`${fake.endpoint}/v2/${NAME}`);
    expect((names.body.terminalCondition as { state: unknown }).state).toBe('CONDITION_SUCCEEDED');
  });

  it('answers with enum names too (enumNames) and the client reads them the same', async () => {
    const { services } = await start({ enumNames: true });
    const [svc] = await services.getService({ name: NAME });
    expect(svc.trafficStatuses?.[0]?.type).toBe(LATEST);
    expect(svc.terminalCondition?.state).toBe('CONDITION_SUCCEEDED');
  });

  it('a traffic-only PATCH (updateMask=traffic, int enums in the body) makes no revision; the LRO carries @type', async () => {
    const annotations = { 'runbook-actions/previous-traffic': '[{"revision":"sagebase-00040-abc","percent":100}]' };
    const { fake, services } = await start({ operationPolls: 2, services: [sagebase({ annotations })] });
    const [before] = await services.getService({ name: NAME });
    const [op] = await services.updateService(
      { service: body({ name: NAME, etag: before.etag, traffic: [{ type: REVISION, revision: 'sagebase-00040-abc', percent: 100 }] }), updateMask: { paths: ['traffic'] } },
      LRO,
    );
    const patch = fake.requests.find((r) => r.kind === 'UpdateService');
    expect(patch?.query.updateMask).toBe('traffic');
    expect((patch?.body.traffic as { type: unknown }[])[0]?.type).toBe(2);
    expect(patch?.body.labels).toEqual({});
    const [result] = await op.promise();
    expect(result.name).toBe(NAME);
    const [after] = await services.getService({ name: NAME });
    expect(after.trafficStatuses).toEqual([expect.objectContaining({ type: REVISION, revision: 'sagebase-00040-abc', percent: 100 })]);
    expect(after.generation).toBe('3');
    expect(after.observedGeneration).toBe('3');
    expect(after.etag).not.toBe(before.etag);
    expect(after.latestCreatedRevision).toBe(before.latestCreatedRevision);
    expect(fake.revisions('sagebase')).toHaveLength(2);
    // The empty annotations the client sent were not applied: the mask named traffic only.
    expect(after.annotations).toEqual(annotations);
    expect(fake.kinds().filter((k) => k === 'GetOperation')).toHaveLength(2);
    const polled = await raw(`${fake.endpoint}/v2/${String(op.name)}`);
    expect(polled.body).toMatchObject({ done: true, metadata: { '@type': 'type.googleapis.com/google.cloud.run.v2.Service' }, response: { '@type': 'type.googleapis.com/google.cloud.run.v2.Service' } });
  });

  it('a template change makes a revision named template.revision, Ready after the polls; LATEST follows it', async () => {
    const { fake, services, revisions } = await start({ operationPolls: 3 });
    const [svc] = await services.getService({ name: NAME });
    const template = { ...svc.template, revision: 'sagebase-v42', containers: [{ ...svc.template?.containers?.[0], image: IMAGE('v42') }] };
    const [op] = await services.updateService({ service: body({ name: NAME, etag: svc.etag, template, traffic: [{ type: LATEST, percent: 100 }] }), updateMask: { paths: ['template', 'traffic'] } }, LRO);
    const [reconciling] = await services.getService({ name: NAME });
    expect(reconciling.reconciling).toBe(true);
    expect(reconciling.latestCreatedRevision).toBe(`${NAME}/revisions/sagebase-v42`);
    expect(reconciling.latestReadyRevision).toBe(`${NAME}/revisions/sagebase-00041-xyz`);
    await op.promise();
    const [after] = await services.getService({ name: NAME });
    expect(after).toMatchObject({ reconciling: false, observedGeneration: '3', generation: '3', latestReadyRevision: `${NAME}/revisions/sagebase-v42` });
    const [rev] = await revisions.getRevision({ name: `${NAME}/revisions/sagebase-v42` });
    expect(rev.conditions?.find((c) => c.type === 'Ready')?.state).toBe('CONDITION_SUCCEEDED');
    expect(rev.containers?.[0]?.image).toBe(IMAGE('v42'));
    expect(rev.containers?.[0]?.env).toEqual([expect.objectContaining({ name: 'MODE', value: 'prod' })]);
    expect(fake.serving('sagebase')).toEqual([{ revision: 'sagebase-v42', percent: 100 }]);
  });

  it('without template.revision the new revision is <svc>-000NN-xyz; an unchanged template makes none', async () => {
    const { fake, services } = await start({ operationPolls: 0 });
    const [svc] = await services.getService({ name: NAME });
    const [same] = await services.updateService({ service: body({ name: NAME, template: svc.template, traffic: svc.traffic }) }, LRO);
    await same.promise();
    expect(fake.revisions('sagebase')).toHaveLength(2);
    const template = { ...svc.template, containers: [{ image: IMAGE('v42') }] };
    const [op] = await services.updateService({ service: body({ name: NAME, template }), updateMask: { paths: ['template'] } }, LRO);
    await op.promise();
    expect(fake.revisions('sagebase').at(-1)?.name).toMatch(/\/revisions\/sagebase-00042-[a-z]{3}$/);
  });

  it('an etag that is not the current one: 409 ABORTED (code 10) and nothing changes', async () => {
    const { fake, services } = await start();
    const [svc] = await services.getService({ name: NAME });
    fake.changeOutOfBand('sagebase');
    const moved = fake.service('sagebase');
    const code = await codeOf(services.updateService({ service: body({ name: NAME, etag: svc.etag, traffic: [{ type: REVISION, revision: 'sagebase-00040-abc', percent: 100 }] }), updateMask: { paths: ['traffic'] } }));
    expect(code).toBe(10);
    expect(fake.service('sagebase')).toEqual(moved);
  });

  it('a revision name already taken: 409 ALREADY_EXISTS (code 6)', async () => {
    const { services } = await start();
    const [svc] = await services.getService({ name: NAME });
    const template = { ...svc.template, revision: 'sagebase-00040-abc', containers: [{ image: IMAGE('v42') }] };
    expect(await codeOf(services.updateService({ service: body({ name: NAME, template }), updateMask: { paths: ['template'] } }))).toBe(6);
  });

  it.each([
    ['percents that do not sum to 100', [{ type: REVISION, revision: 'sagebase-00040-abc', percent: 90 }], /sum to 90/],
    ['a revision that does not exist', [{ type: REVISION, revision: 'sagebase-00099-nop', percent: 100 }], /sagebase-00099-nop/],
    ['a revision of another service', [{ type: REVISION, revision: 'other-00001-qqq', percent: 100 }], /other-00001-qqq/],
    ['a tag used twice', [{ type: REVISION, revision: 'sagebase-00040-abc', percent: 50, tag: 'blue' }, { type: LATEST, percent: 50, tag: 'blue' }], /blue/],
  ])('traffic with %s: 400 INVALID_ARGUMENT (code 3), nothing changed', async (_what, traffic, message) => {
    const { fake, services } = await start();
    const before = fake.service('sagebase');
    const error = await services.updateService({ service: body({ name: NAME, traffic }), updateMask: { paths: ['traffic'] } }).catch((e: unknown) => e as { code: number; message: string });
    expect(error).toMatchObject({ code: 3, message: expect.stringMatching(message) });
    expect(fake.service('sagebase')).toEqual(before);
  });

  it('a revision that never becomes Ready: the op fails, the service keeps its last serving state, reasons on both', async () => {
    const { fake, services, revisions } = await start();
    fake.scriptImage(IMAGE('bad'), { ready: false, reason: 'HealthCheckContainerError', message: 'The user-provided container failed to start.' });
    const [svc] = await services.getService({ name: NAME });
    const template = { ...svc.template, revision: 'sagebase-bad', containers: [{ image: IMAGE('bad') }] };
    const [op] = await services.updateService({ service: body({ name: NAME, template, traffic: [{ type: LATEST, percent: 100 }] }), updateMask: { paths: ['template', 'traffic'] } }, LRO);
    const error = await op.promise().catch((e: unknown) => e as { code: number; message: string });
    expect(error).toMatchObject({ code: 13, message: expect.stringContaining("Revision 'sagebase-bad' is not ready") });
    const [after] = await services.getService({ name: NAME });
    expect(after).toMatchObject({ latestReadyRevision: `${NAME}/revisions/sagebase-00041-xyz`, latestCreatedRevision: `${NAME}/revisions/sagebase-bad`, observedGeneration: '2', generation: '3', reconciling: false });
    expect(after.trafficStatuses).toEqual(svc.trafficStatuses);
    expect(after.terminalCondition).toMatchObject({ state: 'CONDITION_FAILED', reason: 'REVISION_FAILED' });
    const [rev] = await revisions.getRevision({ name: `${NAME}/revisions/sagebase-bad` });
    expect(rev.conditions?.find((c) => c.type === 'Ready')).toMatchObject({ state: 'CONDITION_FAILED', revisionReason: 'HEALTH_CHECK_CONTAINER_ERROR', message: 'The user-provided container failed to start.' });
    expect(fake.serving('sagebase')).toEqual([{ revision: 'sagebase-00041-xyz', percent: 100 }]);
  });

  it('traffic moved to a revision that is not Ready: the op fails and the split stays', async () => {
    const seed = sagebase({ revisions: [{ name: 'sagebase-00040-abc', image: IMAGE('v40'), ready: false, reason: 'HEALTH_CHECK_CONTAINER_ERROR' }, { name: 'sagebase-00041-xyz', image: IMAGE('v41') }] });
    const { fake, services } = await start({ services: [seed] });
    const [op] = await services.updateService({ service: body({ name: NAME, traffic: [{ type: REVISION, revision: 'sagebase-00040-abc', percent: 100 }] }), updateMask: { paths: ['traffic'] } }, LRO);
    expect(await codeOf(op.promise())).toBe(13);
    expect(fake.serving('sagebase')).toEqual([{ revision: 'sagebase-00041-xyz', percent: 100 }]);
    expect(fake.service('sagebase').terminalCondition).toMatchObject({ state: 'CONDITION_FAILED', message: expect.stringContaining("'sagebase-00040-abc' is not ready") });
  });

  it('validateOnly checks and changes nothing; writes() leaves it out', async () => {
    const { fake, services } = await start();
    const before = fake.service('sagebase');
    const [op] = await services.updateService({ service: { name: NAME, traffic: [{ type: REVISION, revision: 'sagebase-00040-abc', percent: 100 }] }, updateMask: { paths: ['traffic'] }, validateOnly: true }, LRO);
    await op.promise();
    expect(fake.service('sagebase')).toEqual(before);
    expect(fake.requests.find((r) => r.kind === 'UpdateService')?.query.validateOnly).toBe('true');
    expect(fake.writes()).toEqual([]);
    expect(await codeOf(services.updateService({ service: { name: NAME, traffic: [{ type: LATEST, percent: 10 }] }, updateMask: { paths: ['traffic'] }, validateOnly: true }))).toBe(3);
  });

  it('checkUpdateServiceProgress resumes polling from the operation name alone', async () => {
    const { services } = await start({ operationPolls: 3 });
    const [op] = await services.updateService({ service: { name: NAME, traffic: [{ type: REVISION, revision: 'sagebase-00040-abc', percent: 100 }] }, updateMask: { paths: ['traffic'] } }, LRO);
    const resumed = await services.checkUpdateServiceProgress(String(op.name));
    expect(resumed.done).toBe(false);
    const [svc] = await services.getService({ name: NAME });
    expect(svc.reconciling).toBe(true);
  });

  it('ListRevisions pages with pageSize/pageToken, in no particular order; GetRevision of another service is 404 (code 5)', async () => {
    const seed = sagebase({ revisions: Array.from({ length: 7 }, (_, i) => ({ name: `sagebase-000${30 + i}-abc`, image: IMAGE(`v${30 + i}`) })) });
    const { revisions } = await start({ services: [seed, { name: 'other', revisions: [{ name: 'other-00001-qqq', image: IMAGE('other') }] }] });
    const names: string[] = [];
    let pageToken: string | undefined;
    let pages = 0;
    do {
      const [items, , response] = await revisions.listRevisions({ parent: NAME, pageSize: 3, ...(pageToken ? { pageToken } : {}) }, { autoPaginate: false });
      names.push(...items.map((r) => String(r.name).split('/').pop() as string));
      pageToken = response?.nextPageToken || undefined;
      pages++;
    } while (pageToken && pages < 10);
    expect(pages).toBe(3);
    expect([...names].sort()).toEqual(seed.revisions.map((r) => r.name));
    expect(names).not.toEqual(seed.revisions.map((r) => r.name));
    expect(names).not.toEqual(seed.revisions.map((r) => r.name).reverse());
    expect(await codeOf(revisions.getRevision({ name: `${NAME}/revisions/other-00001-qqq` }))).toBe(5);
  });

  it('ListServices lists the project region services', async () => {
    const { services } = await start();
    const [list] = await services.listServices({ parent: `projects/${P}/locations/${L}` }, { autoPaginate: false });
    expect(list.map((s) => s.name)).toEqual([NAME, `projects/${P}/locations/${L}/services/other`]);
  });

  it('a missing service is 404 NOT_FOUND (code 5); an unknown route answers Google’s error shape', async () => {
    const { fake, services } = await start();
    expect(await codeOf(services.getService({ name: `projects/${P}/locations/${L}/services/nope` }))).toBe(5);
    const unknown = await raw(`${fake.endpoint}/v2/projects/${P}/locations/${L}/widgets/x`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: { code: 404, message: expect.any(String), status: 'NOT_FOUND' } });
  });
});

describe('faults', () => {
  it('429 with Retry-After maps to RESOURCE_EXHAUSTED (code 8); 503 to UNAVAILABLE (code 14)', async () => {
    const { fake, services } = await start({ faults: [{ kind: 'throttle', on: ['UpdateService'], calls: 1, retryAfterSeconds: 3 }, { kind: 'unavailable', on: ['UpdateService'], calls: 1 }] });
    const patch = () => services.updateService({ service: { name: NAME, traffic: [{ type: LATEST, percent: 100 }] }, updateMask: { paths: ['traffic'] } });
    expect(await codeOf(patch())).toBe(8);
    expect(await codeOf(patch())).toBe(14);
    await patch();
    fake.fault({ kind: 'throttle', on: ['GetService'], calls: 1, retryAfterSeconds: 3 });
    const answer = await raw(`${fake.endpoint}/v2/${NAME}`);
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toBe('3');
    expect(answer.body).toMatchObject({ error: { code: 429, status: 'RESOURCE_EXHAUSTED' } });
  });

  it('the client retries GetService on 503 by itself', async () => {
    const { fake, services } = await start({ faults: [{ kind: 'unavailable', on: ['GetService'], calls: 1 }] });
    const [svc] = await services.getService({ name: NAME });
    expect(svc.name).toBe(NAME);
    expect(fake.requests.filter((r) => r.kind === 'GetService').map((r) => r.fault)).toEqual(['unavailable', undefined]);
  });

  it('a hung request is never answered (the call times out); close() still ends', async () => {
    const { services } = await start({ faults: [{ kind: 'hang', on: ['UpdateService'] }] });
    const started = Date.now();
    const code = await codeOf(services.updateService({ service: { name: NAME, traffic: [{ type: LATEST, percent: 100 }] }, updateMask: { paths: ['traffic'] } }, { timeout: 300 }));
    expect(code).toBeDefined();
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('a lost answer: the change is applied, the caller sees the connection fail', async () => {
    const { fake, services } = await start({ faults: [{ kind: 'lost-answer', on: ['UpdateService'], calls: 1 }] });
    await expect(services.updateService({ service: { name: NAME, traffic: [{ type: REVISION, revision: 'sagebase-00040-abc', percent: 100 }] }, updateMask: { paths: ['traffic'] } })).rejects.toThrow();
    expect(fake.service('sagebase').generation).toBe('3');
  });

  it('an operation that ends in error: the op rejects with its code and the last serving state is kept', async () => {
    const { fake, services } = await start({ faults: [{ kind: 'operation-error', on: ['UpdateService'], code: 9, message: 'precondition failed' }] });
    const [op] = await services.updateService({ service: { name: NAME, traffic: [{ type: REVISION, revision: 'sagebase-00040-abc', percent: 100 }] }, updateMask: { paths: ['traffic'] } }, LRO);
    expect(await codeOf(op.promise())).toBe(9);
    expect(fake.serving('sagebase')).toEqual([{ revision: 'sagebase-00041-xyz', percent: 100 }]);
    expect(fake.service('sagebase').terminalCondition).toMatchObject({ state: 'CONDITION_FAILED', message: 'precondition failed' });
  });
});

describe('serving', () => {
  it('the service URI follows the split by weighted round-robin; a tag URI always its revision', async () => {
    const seed = sagebase({ traffic: [{ revision: 'sagebase-00041-xyz', percent: 90 }, { revision: 'sagebase-00040-abc', percent: 10, tag: 'old' }] });
    const { fake, services } = await start({ services: [seed] });
    const seen: string[] = [];
    for (let i = 0; i < 20; i++) seen.push(((await (await fetch(`${fake.serviceUrl('sagebase')}/health`)).json()) as { revision: string }).revision);
    expect(seen.filter((r) => r === 'sagebase-00040-abc')).toHaveLength(2);
    const [svc] = await services.getService({ name: NAME });
    const tagUri = svc.trafficStatuses?.find((t) => t.tag === 'old')?.uri;
    expect(tagUri).toBe(fake.tagUrl('sagebase', 'old'));
    for (let i = 0; i < 3; i++) expect(await (await fetch(`${String(tagUri)}/`)).json()).toMatchObject({ status: 'healthy', revision: 'sagebase-00040-abc' });
  });

  it('a tag added by a PATCH gets its own URI; an image behaviour sets the answer; a not-Ready revision answers 503', async () => {
    const { fake, services } = await start({ operationPolls: 0 });
    fake.serve(IMAGE('v42'), { status: 500, body: { status: 'error' } });
    const [svc] = await services.getService({ name: NAME });
    const template = { ...svc.template, revision: 'sagebase-v42', containers: [{ image: IMAGE('v42') }] };
    const traffic = [{ type: REVISION, revision: 'sagebase-00041-xyz', percent: 100 }, { type: REVISION, revision: 'sagebase-v42', percent: 0, tag: 'canary' }];
    const [op] = await services.updateService({ service: body({ name: NAME, template, traffic }), updateMask: { paths: ['template', 'traffic'] } }, LRO);
    await op.promise();
    const tag = fake.tagUrl('sagebase', 'canary');
    expect(fake.service('sagebase').trafficStatuses).toContainEqual({ type: REVISION, revision: 'sagebase-v42', percent: 0, tag: 'canary', uri: tag });
    expect((await fetch(`${String(tag)}/health`)).status).toBe(500);
    expect((await fetch(`${fake.serviceUrl('sagebase')}/health`)).status).toBe(200);
    expect(fake.served.map((s) => [s.tag, s.revision, s.status])).toEqual([['canary', 'sagebase-v42', 500], [undefined, 'sagebase-00041-xyz', 200]]);
  });
});

describe('what status-check reads', () => {
  it('a failed terminalCondition, a revision not Ready, traffic served by it (503)', async () => {
    const seed = sagebase({
      revisions: [{ name: 'sagebase-00040-abc', image: IMAGE('v40') }, { name: 'sagebase-00041-xyz', image: IMAGE('v41'), ready: false, reason: 'CONTAINER_MISSING', message: 'Image not found.' }],
      traffic: [{ revision: 'sagebase-00041-xyz', percent: 100 }],
    });
    const { fake, services, revisions } = await start({ services: [seed] });
    const [svc] = await services.getService({ name: NAME });
    expect(svc.terminalCondition).toMatchObject({ state: 'CONDITION_FAILED', message: expect.stringContaining('Image not found.') });
    expect(svc.latestReadyRevision).toBe(`${NAME}/revisions/sagebase-00040-abc`);
    const [rev] = await revisions.getRevision({ name: `${NAME}/revisions/sagebase-00041-xyz` });
    expect(rev.conditions?.find((c) => c.type === 'Ready')).toMatchObject({ state: 'CONDITION_FAILED', reason: 'CONTAINER_MISSING' });
    expect((await fetch(fake.serviceUrl('sagebase'))).status).toBe(503);
  });
});

describe('jobs and executions', () => {
  const PARENT = `projects/${P}/locations/${L}`;
  const JOB = `${PARENT}/jobs/sagebase-migrate`;
  const job = (image: string) => ({ template: { taskCount: 1, template: { containers: [{ image, command: ['alembic'], args: ['upgrade', 'head'] }], maxRetries: 0 } } });

  it('CreateJob, GetJob, UpdateJob (full replace), RunJob → an Execution that succeeds', async () => {
    const { fake, jobs, executions } = await start();
    const [created] = await jobs.createJob({ parent: PARENT, jobId: 'sagebase-migrate', job: job(IMAGE('v41')) }, LRO);
    const [made] = await created.promise();
    expect(made.name).toBe(JOB);
    const [got] = await jobs.getJob({ name: JOB });
    expect(got).toMatchObject({ generation: '1', terminalCondition: { state: 'CONDITION_SUCCEEDED' } });
    expect(await codeOf(jobs.createJob({ parent: PARENT, jobId: 'sagebase-migrate', job: job(IMAGE('v41')) }))).toBe(6);
    const [updated] = await jobs.updateJob({ job: { name: JOB, etag: got.etag ?? '', ...job(IMAGE('v42')) } }, LRO);
    await updated.promise();
    const [run] = await jobs.runJob({ name: JOB, overrides: { containerOverrides: [{ args: ['upgrade', 'head', '--sql'] }] } }, LRO);
    const [execution] = await run.promise();
    expect(execution.name).toMatch(new RegExp(`^${JOB}/executions/sagebase-migrate-[a-z]{5}$`));
    const [exec] = await executions.getExecution({ name: String(execution.name) });
    expect(exec).toMatchObject({ succeededCount: 1, failedCount: 0, template: { containers: [{ image: IMAGE('v42'), args: ['upgrade', 'head', '--sql'] }] } });
    expect(exec.completionTime).toBeTruthy();
    expect(exec.conditions?.find((c) => c.type === 'Completed')?.state).toBe('CONDITION_SUCCEEDED');
    expect(fake.job('sagebase-migrate')).toMatchObject({ generation: '2', executionCount: 1, latestCreatedExecution: { completionStatus: 'EXECUTION_SUCCEEDED' } });
    const poll = fake.requests.find((r) => r.kind === 'RunJob');
    expect(poll?.path).toBe(`/v2/${JOB}:run`);
  });

  it('a failing execution: the RunJob op rejects; the execution has failedCount and executionReason', async () => {
    const { fake, jobs, executions } = await start({ jobs: [{ name: 'sagebase-migrate', image: IMAGE('v41'), command: ['alembic', 'upgrade', 'head'] }] });
    fake.scriptExecution(IMAGE('v41'), { succeed: false, message: 'alembic: revision not found' });
    const [run] = await jobs.runJob({ name: JOB }, LRO);
    const error = await run.promise().catch((e: unknown) => e as { code: number; message: string });
    expect(error).toMatchObject({ code: 13, message: expect.stringContaining('alembic: revision not found') });
    const [exec] = await executions.getExecution({ name: fake.executions('sagebase-migrate')[0]?.name as string });
    expect(exec).toMatchObject({ succeededCount: 0, failedCount: 1 });
    expect(exec.conditions?.find((c) => c.type === 'Completed')).toMatchObject({ state: 'CONDITION_FAILED', executionReason: 'NON_ZERO_EXIT_CODE' });
    expect(await codeOf(executions.getExecution({ name: `${JOB}/executions/nope` }))).toBe(5);
  });

  it('an operation-error on RunJob: the op rejects with that code and the execution failed', async () => {
    const { fake, jobs } = await start({ jobs: [{ name: 'sagebase-migrate', image: IMAGE('v41') }], faults: [{ kind: 'operation-error', on: ['RunJob'], code: 4, message: 'deadline' }] });
    const [run] = await jobs.runJob({ name: JOB }, LRO);
    expect(await codeOf(run.promise())).toBe(4);
    expect(fake.executions('sagebase-migrate')[0]).toMatchObject({ failedCount: 1, succeededCount: 0 });
    expect(await codeOf(jobs.getJob({ name: `${PARENT}/jobs/nope` }))).toBe(5);
  });
});
