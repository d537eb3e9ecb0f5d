import type { CheckResult } from '@runbook/core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeCloudRun, type FakeCloudRunOptions, type ServiceSeed } from '../fakes/cloud-run-api.ts';
import { FakeCloudLogging, FakeCloudMonitoring, type GoogleFaults, type LogEntrySeed, type TimeSeriesSeed } from '../fakes/cloud-observability-api.ts';
import { startFakeGitHub } from '../fakes/github-api.ts';
import { expectRejectedInput } from '../harness/expectations.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';

// status-check of Cloud Run services through the real Google clients (google-gax's REST transport)
// against doubles of Cloud Logging v2 entries:list and Cloud Monitoring v3 timeSeries.list.

const PROJECT = 'sagebase-prod';
const REGION = 'asia-northeast1';
const SERVICE = 'sagebase-streamlit';
const HOUR = 3600;

let logging: FakeCloudLogging | undefined;
let monitoring: FakeCloudMonitoring | undefined;
let run: FakeCloudRun | undefined;
afterEach(async () => {
  await logging?.close();
  await monitoring?.close();
  await run?.close();
  logging = monitoring = run = undefined;
});

const results = (run: ActionRun): CheckResult[] => JSON.parse(run.outputs.results ?? '[]') as CheckResult[];
const byId = (run: ActionRun, suffix: string): CheckResult | undefined => results(run).find((r) => r.id === `status:default/${SERVICE}/cloud-run/${suffix}`);

const inline = (inputs: Record<string, string>): Promise<ActionRun> =>
  runAction('status-check', {
    platform: 'cloud-run',
    service: SERVICE,
    project: PROJECT,
    region: REGION,
    'open-issues': 'false',
    ...(run ? { 'api-endpoint': run.endpoint } : {}),
    ...(logging ? { 'logging-endpoint': logging.url } : {}),
    ...(monitoring ? { 'monitoring-endpoint': monitoring.url } : {}),
    ...inputs,
  });

const ENTRIES: LogEntrySeed[] = [
  { service: SERVICE, severity: 'ERROR', agoSeconds: 30 * HOUR, text: 'Error: outside the window' },
  { service: SERVICE, severity: 'INFO', agoSeconds: 3 * HOUR, text: 'GET / 200' },
  { service: SERVICE, severity: 'ERROR', agoSeconds: 2 * HOUR, json: { message: 'OpenAI API error: rate limited after 30s', code: 429 } },
  { service: SERVICE, severity: 'ERROR', agoSeconds: 1 * HOUR, json: { message: 'OpenAI API error: rate limited after 31s', code: 429 } },
  { service: SERVICE, severity: 'CRITICAL', agoSeconds: HOUR / 2, text: 'database connection refused' },
  { service: 'another-service', severity: 'ERROR', agoSeconds: HOUR, text: 'Error: not ours' },
];

const REVISIONS = [
  { name: `${SERVICE}-00040-abc`, image: 'asia-northeast1-docker.pkg.dev/sagebase-prod/app/streamlit:v40' },
  { name: `${SERVICE}-00041-xyz`, image: 'asia-northeast1-docker.pkg.dev/sagebase-prod/app/streamlit:v41' },
];
const startRun = async (seed: Partial<ServiceSeed> = {}, options: Partial<FakeCloudRunOptions> = {}): Promise<FakeCloudRun> => {
  run = await FakeCloudRun.start({ project: PROJECT, region: REGION, services: [{ name: SERVICE, revisions: REVISIONS, ...seed }], ...options });
  return run;
};
const status = (r: ActionRun): CheckResult | undefined => results(r).find((x) => x.id === `status:default/${SERVICE}/cloud-run`);

describe('status-check: Cloud Run platform status', () => {
  it('service, platform cloud-run, project, region: a Ready service serving its latest revision passes, by default with only the status check', async () => {
    const fake = await startRun();
    const r = await runAction('status-check', { platform: 'cloud-run', service: SERVICE, project: PROJECT, region: REGION, 'api-endpoint': fake.endpoint, 'open-issues': 'false' });
    expect(results(r).map((x) => [x.id, x.target, x.status])).toEqual([[`status:default/${SERVICE}/cloud-run`, `cloud-run ${PROJECT}/${REGION}/${SERVICE}`, 'pass']]);
    expect(status(r)?.summary).toBe(`Ready, latest revision ${SERVICE}-00041-xyz; traffic: ${SERVICE}-00041-xyz 100%`);
    expect(status(r)?.evidence).toMatchObject({ ready: 'CONDITION_SUCCEEDED', 'latest ready revision': `${SERVICE}-00041-xyz`, undecided: false });
    expect(fake.kinds()).toEqual(['GetService']);
    expect(r.outputs.status).toBe('pass');
  });

  it('not Ready is P1, with the failing condition\'s reason and message as evidence and runbook 004\'s describe command', async () => {
    await startRun({ terminalCondition: { state: 'CONDITION_FAILED', reason: 'CONTAINER_MISSING', message: 'Image streamlit:v41 not found.' } });
    const r = await inline({});
    expect(status(r)).toMatchObject({ status: 'fail', severity: 'P1', evidence: { ready: 'CONDITION_FAILED', reason: 'CONTAINER_MISSING', message: 'Image streamlit:v41 not found.' } });
    expect(status(r)?.summary).toContain('the service is not Ready: Ready CONDITION_FAILED (CONTAINER_MISSING): Image streamlit:v41 not found.');
    expect(status(r)?.runbook).toContain(`gcloud run services describe ${SERVICE} --region=${REGION} --project=${PROJECT}`);
  });

  it("locale ja: a failing service's incident carries runbook 004's Japanese next steps", async () => {
    await startRun({ terminalCondition: { state: 'CONDITION_FAILED', reason: 'CONTAINER_MISSING', message: 'Image streamlit:v41 not found.' } });
    const gh = await startFakeGitHub();
    try {
      const r = await runAction(
        'status-check',
        { platform: 'cloud-run', service: SERVICE, project: PROJECT, region: REGION, 'api-endpoint': run?.endpoint ?? '', locale: 'ja', 'github-token': gh.token },
        { env: { GITHUB_API_URL: gh.url } },
      );
      expect(r.exitCode).toBe(1);
      expect(gh.issues).toHaveLength(1);
      const body = gh.issues[0]?.body ?? '';
      expect(body).toContain(`1. Runbook 004: Ready でない理由を確認: \`gcloud run services describe ${SERVICE} --region=${REGION} --project=${PROJECT}`);
      expect(body).toContain('3. 直前の正常なリビジョンへロールバック（`gcloud run revisions list');
      expect(body).not.toContain('see why it is not Ready');
    } finally {
      await gh.close();
    }
  });

  it('a newest revision that is not ready, and traffic to a revision that is not Ready, fail (P2), asking each serving revision', async () => {
    const fake = await startRun({
      revisions: [REVISIONS[0] as ServiceSeed['revisions'][number], { ...(REVISIONS[1] as ServiceSeed['revisions'][number]), ready: false, reason: 'HealthCheckContainerError', message: 'The user-provided container failed the configured startup probe checks.' }],
      traffic: [{ revision: `${SERVICE}-00040-abc`, percent: 80 }, { revision: `${SERVICE}-00041-xyz`, percent: 20 }],
      terminalCondition: { state: 'CONDITION_SUCCEEDED' },
    });
    const r = await inline({});
    expect(status(r)).toMatchObject({ status: 'fail', severity: 'P2' });
    expect(status(r)?.summary).toBe(`the newest revision ${SERVICE}-00041-xyz is not ready; ${SERVICE}-00040-abc is the latest ready one; 20% of the traffic goes to revisions that are not Ready: ${SERVICE}-00041-xyz 20%`);
    expect(fake.kinds()).toEqual(['GetService', 'GetRevision']);
  });

  it('429 is retried honouring Retry-After; 403 could not be decided, naming run.services.get', async () => {
    const fake = await startRun({}, { faults: [{ kind: 'throttle', on: ['GetService'], calls: 1, retryAfterSeconds: 1 }] });
    const started = Date.now();
    const r = await inline({});
    expect(status(r)?.status).toBe('pass');
    expect(fake.kinds()).toEqual(['GetService', 'GetService']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    await fake.close();
    run = undefined;
    // A Google endpoint that refuses every call with 403 PERMISSION_DENIED.
    logging = await FakeCloudLogging.start([], { denied: 'run.services.get' });
    const denied = await runAction('status-check', { platform: 'cloud-run', service: SERVICE, project: PROJECT, region: REGION, 'open-issues': 'false', 'api-endpoint': logging.url });
    expect(results(denied)[0]).toMatchObject({ status: 'fail', severity: 'P3', evidence: { permission: 'run.services.get', undecided: true } });
    expect(denied.outputs.status).toBe('undecided');
  });

  it('a service that does not exist is P1', async () => {
    await startRun();
    const r = await inline({ service: 'no-such-service' });
    expect(results(r)[0]).toMatchObject({ status: 'fail', severity: 'P1', summary: `service no-such-service not found in ${PROJECT}/${REGION}` });
  });
});

describe('status-check: Cloud Logging of Cloud Run services', () => {
  it('checks: logs counts the ERROR-and-above entries of the service in the window, grouped, with the gcloud command to see them all; paged', async () => {
    logging = await FakeCloudLogging.start(ENTRIES, {}, 2);
    const run = await inline({ checks: 'logs', 'logging-endpoint': logging.url });
    expect(results(run).map((r) => [r.id, r.status, r.severity])).toEqual([[`status:default/${SERVICE}/cloud-run/logs`, 'fail', 'P3']]);
    expect(logging.requests.map((r) => r.body.pageToken ?? null)).toEqual([null, '2']);
    const logs = byId(run, 'logs');
    expect(logs?.evidence).toMatchObject({ 'error lines': 3, 'max errors': 0, truncated: false, undecided: false, project: PROJECT });
    expect(logs?.evidence['top messages']).toBe('2× OpenAI API error: rate limited after #s\n1× database connection refused');
    expect(logs?.evidence['see all']).toMatch(new RegExp(`^gcloud logging read 'resource.type="cloud_run_revision" AND resource.labels.service_name="${SERVICE}" AND severity>=ERROR AND timestamp>="[^"]+"' --project ${PROJECT} --limit 100`));
    const [request] = logging.requests;
    expect(request?.body).toMatchObject({ resourceNames: [`projects/${PROJECT}`], orderBy: 'timestamp desc', pageSize: 1000 });
    expect(request?.query.get('$alt')).toBe('json;enum-encoding=int');
    // The messages are the service's own text: shown inert, between stop-commands markers.
    expect(run.stdout).toMatch(/::stop-commands::(\S+)\n2× OpenAI API error[^\n]*\n1× database connection refused\n::\1::/);
  });

  it('max-errors and log-filter: the same entries pass at 3, and a CRITICAL-only filter finds one', async () => {
    logging = await FakeCloudLogging.start(ENTRIES);
    expect(byId(await inline({ checks: 'logs', 'max-errors': '3' }), 'logs')?.status).toBe('pass');
    const critical = byId(await inline({ checks: 'logs', 'log-filter': 'severity>=CRITICAL' }), 'logs');
    expect(critical?.evidence['error lines']).toBe(1);
  });

  it('403 PERMISSION_DENIED could not be decided, naming logging.logEntries.list; never a pass', async () => {
    logging = await FakeCloudLogging.start(ENTRIES, { denied: 'logging.logEntries.list' });
    const run = await inline({ checks: 'logs' });
    expect(byId(run, 'logs')).toMatchObject({ status: 'fail', severity: 'P3', evidence: { permission: 'logging.logEntries.list', undecided: true } });
    expect(byId(run, 'logs')?.summary).toMatch(/^could not decide: the job's service account lacks the permission logging\.logEntries\.list/);
    expect(run.outputs.status).toBe('undecided');
  });

  it('429 RESOURCE_EXHAUSTED is retried with backoff', async () => {
    logging = await FakeCloudLogging.start(ENTRIES, { throttleFirst: 2 });
    const run = await inline({ checks: 'logs', 'max-errors': '3' });
    expect(byId(run, 'logs')?.status).toBe('pass');
    expect(logging.requests).toHaveLength(3);
    expect(run.stdout).toMatch(/Cloud Logging entries\.list: .*Quota exceeded.*; retrying in/);
  });
});

const times = (n: number, v: number): number[] => new Array<number>(n).fill(v);
// 90 ordinary values an hour ago and 10 (the worst) two hours ago: the window's p95 falls among the 10.
const SERIES = (over: Partial<Record<'cpu' | 'memory' | 'latency', number>> = {}, counts = { '2xx': 990, '5xx': 5 }): TimeSeriesSeed[] => [
  ...Object.entries(counts).map(([cls, n]) => ({ type: 'run.googleapis.com/request_count', service: SERVICE, labels: { response_code_class: cls }, points: [{ agoSeconds: HOUR, value: n }] })),
  { type: 'run.googleapis.com/request_latencies', service: SERVICE, points: [{ agoSeconds: HOUR, values: times(90, 420) }, { agoSeconds: 2 * HOUR, values: times(10, over.latency ?? 900) }] },
  { type: 'run.googleapis.com/container/cpu/utilizations', service: SERVICE, points: [{ agoSeconds: HOUR, values: times(90, 0.35) }, { agoSeconds: 2 * HOUR, values: times(10, over.cpu ?? 0.6) }] },
  { type: 'run.googleapis.com/container/memory/utilizations', service: SERVICE, points: [{ agoSeconds: HOUR, values: times(100, over.memory ?? 0.5) }] },
];
const DISTRIBUTIONS = ['run.googleapis.com/container/cpu/utilizations', 'run.googleapis.com/container/memory/utilizations', 'run.googleapis.com/request_latencies'];

describe('status-check: Cloud Monitoring of Cloud Run services', () => {
  const verdicts = (run: ActionRun) => results(run).map((r) => [r.id.split('/').pop(), r.status, r.severity ?? null]);
  const start = async (series: TimeSeriesSeed[], faults: GoogleFaults = {}, pageSize?: number) => {
    monitoring = await FakeCloudMonitoring.start(series, faults, pageSize);
  };

  it('checks: metrics judges the 5xx rate by response_code_class, latency p95 and container CPU and memory: one timeSeries.list per metric type, one ALIGN_DELTA point per series over the window', async () => {
    await start(SERIES());
    const run = await inline({ checks: 'metrics', 'monitoring-endpoint': monitoring?.url ?? '' });
    expect(verdicts(run)).toEqual([
      ['metrics:cpu', 'pass', null],
      ['metrics:memory', 'pass', null],
      ['metrics:5xx', 'pass', null],
      ['metrics:p95', 'pass', null],
    ]);
    expect(byId(run, 'metrics:5xx')?.evidence).toMatchObject({ '5xx': 5, requests: 995, 'by class': '2xx=990, 5xx=5' });
    // 0.6 lies in the linear bucket [0.60, 0.61): p95 is half way through it.
    expect(byId(run, 'metrics:cpu')?.summary).toBe('container CPU p95 60.5% over the last 1d (limit 80%)');
    expect(byId(run, 'metrics:cpu')?.evidence).toMatchObject({ 'p95 %': 60.5, 'max % (bucket bound)': 61, samples: 100, series: 1 });
    // 900 ms lies in the exponential bucket [1.25^30, 1.25^31) ms.
    expect(byId(run, 'metrics:p95')?.evidence['p95 ms']).toBeCloseTo((1.25 ** 30 + 1.25 ** 31) / 2, 0);
    // Exactly one request per metric type, no page beyond the first.
    expect(monitoring?.types().sort()).toEqual(['run.googleapis.com/container/cpu/utilizations', 'run.googleapis.com/container/memory/utilizations', 'run.googleapis.com/request_count', 'run.googleapis.com/request_latencies']);
    const count = monitoring?.requests.find((r) => r.query.get('filter')?.includes('request_count'));
    expect([count?.query.get('aggregation.alignmentPeriod'), count?.query.get('aggregation.perSeriesAligner'), count?.query.get('aggregation.crossSeriesReducer'), count?.query.get('aggregation.groupByFields')]).toEqual(['86400s', '1', '4', 'metric.labels.response_code_class']);
    for (const r of monitoring?.requests.filter((x) => DISTRIBUTIONS.some((t) => x.query.get('filter')?.includes(t))) ?? []) {
      expect([r.query.get('aggregation.alignmentPeriod'), r.query.get('aggregation.perSeriesAligner'), r.query.get('aggregation.crossSeriesReducer')]).toEqual(['86400s', '1', null]);
    }
  });

  it('merges the distributions of every revision: the p95 is of all the service\'s values, not the worst revision\'s', async () => {
    // Revision A: 96 values at 35 % and 4 at 90 %; revision B: one value at 90 %. B's own p95 is 90 %;
    // of the 101 values together the 95th is still at 35 %.
    const cpu = (revision: string, values: number[]): TimeSeriesSeed => ({ type: 'run.googleapis.com/container/cpu/utilizations', service: SERVICE, revision, points: [{ agoSeconds: HOUR, values }] });
    await start([...SERIES().filter((s) => !s.type.endsWith('cpu/utilizations')), cpu(`${SERVICE}-00040-abc`, [...times(96, 0.35), ...times(4, 0.9)]), cpu(`${SERVICE}-00041-xyz`, [0.9])]);
    const run = await inline({ checks: 'metrics' });
    expect(byId(run, 'metrics:cpu')).toMatchObject({ status: 'pass', evidence: { samples: 101, series: 2, 'max % (bucket bound)': 91 } });
    expect(byId(run, 'metrics:cpu')?.evidence['p95 %']).toBeLessThan(36);
    expect(monitoring?.types().filter((t) => t.endsWith('cpu/utilizations'))).toHaveLength(1);
  });

  it('max-cpu, max-memory, max-p95, max-error-rate: CPU over 80 % fails P3, and each limit moves its verdict', async () => {
    await start(SERIES({ cpu: 0.92, memory: 0.8, latency: 3500 }, { '2xx': 970, '5xx': 30 }));
    const strict = await inline({ checks: 'metrics' });
    expect(verdicts(strict)).toEqual([
      ['metrics:cpu', 'fail', 'P3'],
      ['metrics:memory', 'pass', null],
      ['metrics:5xx', 'fail', 'P3'],
      ['metrics:p95', 'fail', 'P3'],
    ]);
    expect(byId(strict, 'metrics:cpu')?.summary).toBe("container CPU p95 92.5% over the last 1d, over 80%");
    expect(byId(strict, 'metrics:cpu')?.runbook).toContain(`gcloud run services update ${SERVICE} --region=${REGION} --project=${PROJECT} --min-instances=2 --max-instances=20`);
    const loose = await inline({ checks: 'metrics', 'max-cpu': '95', 'max-memory': '75', 'max-p95': '5s', 'max-error-rate': '5%' });
    expect(verdicts(loose).map(([id, status]) => [id, status])).toEqual([
      ['metrics:cpu', 'pass'],
      ['metrics:memory', 'fail'],
      ['metrics:5xx', 'pass'],
      ['metrics:p95', 'pass'],
    ]);
  });

  it('no data points is a warning that says so, not a pass', async () => {
    await start([]);
    const run = await inline({ checks: 'metrics' });
    expect(verdicts(run).map(([id, status, severity]) => [id, status, severity])).toEqual([
      ['metrics:cpu', 'warn', 'P4'],
      ['metrics:memory', 'warn', 'P4'],
      ['metrics:5xx', 'warn', 'P4'],
      ['metrics:p95', 'warn', 'P4'],
    ]);
    expect(byId(run, 'metrics:cpu')?.summary).toBe('no container/cpu/utilizations data points in the last 1d: is the service receiving traffic, and is the metric reported?');
  });

  it('403 could not be decided, naming monitoring.timeSeries.list; 429 is retried; pages are followed', async () => {
    await start(SERIES(), { denied: 'monitoring.timeSeries.list' });
    const denied = await inline({ checks: 'metrics' });
    expect(byId(denied, 'metrics:cpu')).toMatchObject({ status: 'fail', evidence: { permission: 'monitoring.timeSeries.list', undecided: true } });
    await monitoring?.close();
    await start(SERIES(), { throttleFirst: 2 }, 1);
    const run = await inline({ checks: 'metrics' });
    expect(results(run).every((r) => r.status === 'pass')).toBe(true);
    // 4 metric types, request_count in two pages (one series per page), 2 throttled.
    expect(monitoring?.requests).toHaveLength(7);
    expect(monitoring?.requests.filter((r) => r.query.get('pageToken') === '1')).toHaveLength(1);
  });
});

describe('status-check: Cloud Run services from the config', () => {
  it('per-service keys: logs with their own max-errors, metrics off, and the status check named off', async () => {
    logging = await FakeCloudLogging.start(ENTRIES);
    const dir = mkdtempSync(join(tmpdir(), 'runbook-cr-'));
    const config = join(dir, 'runbook.yml');
    writeFileSync(
      config,
      `version: 1
environments:
  production:
    services:
      streamlit:
        platform: cloud-run
        project: ${PROJECT}
        region: ${REGION}
        service: ${SERVICE}
        status: false
        logs: { max-errors: 5 }
        metrics: false
`,
    );
    const run = await runAction('status-check', { config, environment: 'production', 'open-issues': 'false', 'logging-endpoint': logging.url });
    expect(results(run).map((r) => [r.id, r.status])).toEqual([['status:production/streamlit/cloud-run/logs', 'pass']]);
    expect(results(run)[0]?.summary).toBe(`3 error entries of ${SERVICE} in the last 1d (at most 5)`);
  });

  it.each([
    [{ project: 'X' }, /^status-check: input "project": expected a Google Cloud project id like my-project-123, got "X"$/],
    [{ region: 'tokyo' }, /^status-check: input "region": expected a Cloud Run region like asia-northeast1, got "tokyo"$/],
    [{ 'logging-endpoint': 'http://user:pw@127.0.0.1:1/x' }, /^status-check: input "logging-endpoint": expected an endpoint like http:\/\/127\.0\.0\.1:8089 \(scheme, host and port only\), got "http:\/\/\*\*\*@127\.0\.0\.1:1\/x"$/],
    [{ 'log-group': '/ecs/x' }, /^status-check: input "log-group": a CloudWatch log group is for an ECS service: expected platform ecs$/],
  ])('rejects bad input %j in one line, with no call made', async (inputs, message) => {
    logging = await FakeCloudLogging.start(ENTRIES);
    expectRejectedInput(await inline({ checks: 'logs', ...inputs }), message);
    expect(logging.requests).toHaveLength(0);
  });
});

describe('status-check: Cloud Logging pagination', () => {
  it('is bounded: a service with more error entries than 10 pages hold is read for 10 pages and counted as at least that', async () => {
    const many = Array.from({ length: 25 }, (_, i): LogEntrySeed => ({ service: SERVICE, severity: 'ERROR', agoSeconds: 60 + i, text: `Error: ${i}` }));
    logging = await FakeCloudLogging.start(many, {}, 2);
    const run = await inline({ checks: 'logs' });
    expect(logging.requests).toHaveLength(10);
    expect(byId(run, 'logs')).toMatchObject({ status: 'fail', evidence: { truncated: true, 'error lines': 20 } });
    expect(byId(run, 'logs')?.summary).toMatch(/^at least 20 error entries/);
  });
});
