import type { CheckResult } from '@runbook/core';
import { afterEach, describe, expect, it } from 'vitest';
import { backendTaskDefinition, CLUSTER, FakeEcs, frontendTaskDefinition, type FakeEcsOptions, type Fault, type ServiceStateSeed } from '../fakes/ecs-api.ts';
import { FakeCloudWatch, type MetricSeed } from '../fakes/cloudwatch-api.ts';
import { BACKEND, FRONTEND, writeEcsConfig } from '../fakes/ecs-config.ts';
import { startFakeGitHub } from '../fakes/github-api.ts';
import { expectRejectedInput } from '../harness/expectations.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';

// status-check's platform status of ECS services, through the real SDK client against the ECS
// JSON 1.1 double: running vs desired, stuck rollouts, troubling service events, a missing
// permission, throttling.

let ecs: FakeEcs | undefined;
afterEach(async () => {
  await ecs?.close();
  ecs = undefined;
});

interface StartOptions {
  targetGroupArn?: string;
  faults?: Fault[];
  throttle?: { first: number };
  frontend?: ServiceStateSeed | false;
  logGroups?: FakeEcsOptions['logGroups'];
  logsPageSize?: number;
}

async function start(backend: ServiceStateSeed = {}, options: StartOptions = {}): Promise<FakeEcs> {
  ecs = await FakeEcs.start({
    clusters: [CLUSTER],
    taskDefinitions: [backendTaskDefinition('main-aaa1111'), frontendTaskDefinition('main-aaa1111')],
    services: [
      { cluster: CLUSTER, name: BACKEND, taskDefinition: 'keiba-backend:1', desiredCount: 2, state: backend, ...(options.targetGroupArn ? { targetGroupArn: options.targetGroupArn } : {}) },
      ...(options.frontend === false ? [] : [{ cluster: CLUSTER, name: FRONTEND, taskDefinition: 'keiba-frontend:1', desiredCount: 1, state: options.frontend ?? {} }]),
    ],
    ...(options.faults ? { faults: options.faults } : {}),
    ...(options.throttle ? { throttle: options.throttle } : {}),
    ...(options.logGroups ? { logGroups: options.logGroups } : {}),
    ...(options.logsPageSize ? { logsPageSize: options.logsPageSize } : {}),
  });
  return ecs;
}

const inline = (fake: FakeEcs, inputs: Record<string, string> = {}): Promise<ActionRun> =>
  runAction('status-check', { service: BACKEND, cluster: CLUSTER, 'open-issues': 'false', ...inputs }, { env: fake.env() });
const results = (run: ActionRun): CheckResult[] => JSON.parse(run.outputs.results ?? '[]') as CheckResult[];
const only = (run: ActionRun): CheckResult | undefined => results(run)[0];
const HOUR = 3600;

describe('status-check: ECS service status', () => {
  it('service, cluster: a steady service with every task running passes, in one DescribeServices call', async () => {
    const fake = await start();
    const run = await runAction('status-check', { service: BACKEND, cluster: CLUSTER, 'open-issues': 'false' }, { env: fake.env() });
    expect(run.exitCode).toBe(0);
    expect(results(run).map((r) => [r.id, r.target, r.status])).toEqual([[`status:default/${BACKEND}/ecs`, `ecs ${CLUSTER}/${BACKEND}`, 'pass']]);
    expect(only(run)?.summary).toBe('ACTIVE, 2 of 2 tasks running, steady');
    expect(only(run)?.evidence).toMatchObject({ desired: 2, running: 2, status: 'ACTIVE', undecided: false });
    expect(fake.ops()).toEqual(['DescribeServices']);
    expect(run.outputs.failed).toBe('0');
  });

  it('is P2 with tasks running below desired and P1 with none running', async () => {
    const below = await inline(await start({ runningCount: 1 }));
    expect(only(below)).toMatchObject({ status: 'fail', severity: 'P2', summary: '1 of 2 desired tasks running' });
    expect(only(below)?.runbook).toContain(`aws ecs update-service --cluster ${CLUSTER} --region ap-northeast-1 --service ${BACKEND} --force-new-deployment`);
    await ecs?.close();
    const down = await inline(await start({ runningCount: 0 }));
    expect(only(down)).toMatchObject({ status: 'fail', severity: 'P1', summary: 'no task running of 2 desired' });
  });

  it("locale ja: a failing service's incident carries the Japanese next steps (runbooks 000 and 002)", async () => {
    const fake = await start({ runningCount: 0 });
    const gh = await startFakeGitHub();
    try {
      const run = await runAction('status-check', { service: BACKEND, cluster: CLUSTER, locale: 'ja', 'github-token': gh.token }, { env: { ...fake.env(), GITHUB_API_URL: gh.url } });
      expect(run.exitCode).toBe(1);
      expect(gh.issues).toHaveLength(1);
      const body = gh.issues[0]?.body ?? '';
      expect(body).toContain(`1. サービスと最新イベントを確認: \`aws ecs describe-services --cluster ${CLUSTER} --region ap-northeast-1 --services ${BACKEND}`);
      expect(body).toContain(`4. タスクの再起動: \`aws ecs update-service --cluster ${CLUSTER} --region ap-northeast-1 --service ${BACKEND} --force-new-deployment\`。直前にデプロイした場合はロールバックワークフローを実行`);
      expect(body).not.toContain('Restart the tasks');
    } finally {
      await gh.close();
    }
  });

  it('is P1 when the service is not ACTIVE', async () => {
    const run = await inline(await start({ status: 'DRAINING' }));
    expect(only(run)).toMatchObject({ status: 'fail', severity: 'P1', summary: 'the service is DRAINING, not ACTIVE' });
  });

  it('max-rollout: a deployment IN_PROGRESS for 2 h is stuck past 30 m (P2) and still under way within 3 h', async () => {
    const fake = await start({ inProgressForSeconds: 2 * HOUR, runningCount: 1 });
    const stuck = await inline(fake);
    expect(only(stuck)?.status).toBe('fail');
    expect(only(stuck)?.severity).toBe('P2');
    expect(only(stuck)?.summary).toMatch(/^1 of 2 desired tasks running; deployment ecs-svc\/\d+ has been IN_PROGRESS for 2h( \d+s)?, longer than 30m$/);
    const patient = await inline(fake, { 'max-rollout': '3h' });
    expect(only(patient)).toMatchObject({ status: 'warn', severity: 'P4', summary: '1 of 2 desired tasks running while a rollout is under way' });
  });

  it('window: a troubling service event in the window fails (P3) with its text as evidence, shown inert; an older one does not', async () => {
    const message = `(service ${BACKEND}) was unable to place a task because no container instance met all of its requirements. ::error title=pwned::x`;
    const fake = await start({ events: [{ agoSeconds: 3 * HOUR, message }] });
    const day = await inline(fake);
    expect(only(day)).toMatchObject({ status: 'fail', severity: 'P3' });
    expect(only(day)?.summary).toContain('1 troubling service event(s) in the last 1d, the latest: (service production-keiba-backend) was unable to place a task');
    expect(String(only(day)?.evidence.events)).toContain('was unable to place a task');
    expect(day.annotations.map((a) => a.title ?? '')).not.toContain('pwned');
    expect(day.commands.filter((c) => c.name === 'error' && c.data === 'x')).toEqual([]);
    const recent = await inline(fake, { window: '1h' });
    expect(only(recent)?.status).toBe('pass');
  });

  it('a missing permission could not be decided, naming ecs:DescribeServices; never a pass', async () => {
    const run = await inline(await start({}, { faults: [{ kind: 'access-denied', ops: ['DescribeServices'] }] }));
    expect(only(run)).toMatchObject({ status: 'fail', severity: 'P3', evidence: { permission: 'ecs:DescribeServices', undecided: true } });
    expect(only(run)?.summary).toMatch(/^could not decide: the job's AWS role lacks the permission ecs:DescribeServices \(ECS DescribeServices: AccessDeniedException: User: .* is not authorized to perform: ecs:DescribeServices/);
    expect(run.exitCode).toBe(1);
  });

  it('throttling is retried with backoff, and the check still decides', async () => {
    const fake = await start({}, { throttle: { first: 2 } });
    const run = await inline(fake);
    expect(only(run)?.status).toBe('pass');
    expect(fake.ops()).toEqual(['DescribeServices', 'DescribeServices', 'DescribeServices']);
    expect(run.log).toMatch(/ThrottlingException: Rate exceeded; retrying in/);
  });

  it('region: the calls go to that region, else to AWS_REGION', async () => {
    const fake = await start();
    await inline(fake, { region: 'us-west-2' });
    await inline(fake);
    expect(fake.requests.map((r) => r.region)).toEqual(['us-west-2', 'ap-northeast-1']);
  });

  it('config per-service keys: status with its own max-rollout, logs from a named log group with its own max-errors; checks narrows them', async () => {
    const fake = await start({ inProgressForSeconds: 2 * HOUR, runningCount: 1 }, { frontend: false, logGroups: { '/custom/backend': [{ agoSeconds: HOUR, message: 'ERROR a' }, { agoSeconds: HOUR, message: 'ERROR b' }] } });
    const config = writeEcsConfig({ backendHealth: '', backendExtra: '        status: { max-rollout: 3h }\n        logs: { log-group: /custom/backend, max-errors: 2 }\n        metrics: false\n' });
    const run = await runAction('status-check', { config, environment: 'production', 'open-issues': 'false' }, { env: fake.env() });
    // The frontend has no keys: status alone (and it does not exist).
    expect(results(run).map((r) => [r.id, r.status])).toEqual([
      ['status:production/backend/ecs', 'warn'],
      ['status:production/backend/ecs/logs:/custom/backend', 'pass'],
      ['status:production/frontend/ecs', 'fail'],
    ]);
    const narrowed = await runAction('status-check', { config, environment: 'production', checks: 'logs', 'open-issues': 'false' }, { env: fake.env() });
    expect(results(narrowed).map((r) => r.id)).toEqual(['status:production/backend/ecs/logs:/custom/backend', 'status:production/frontend/ecs/logs']);
  });

  it('config, environment: every ECS service of the environment in one call; one that does not exist is P1 for itself only', async () => {
    const fake = await start({}, { frontend: false });
    const config = writeEcsConfig({ backendHealth: '' });
    const run = await runAction('status-check', { config, environment: 'production', 'open-issues': 'false' }, { env: fake.env() });
    expect(results(run).map((r) => [r.id, r.status, r.severity ?? null])).toEqual([
      ['status:production/backend/ecs', 'pass', null],
      ['status:production/frontend/ecs', 'fail', 'P1'],
    ]);
    expect(results(run)[1]?.summary).toBe(`service ${FRONTEND} not found in cluster ${CLUSTER} (ap-northeast-1)`);
  });

  it('platform: ecs (the default) checks the service; cloud-run asks for its project instead of a cluster, and calls no AWS API', async () => {
    const fake = await start();
    expect(only(await inline(fake, { platform: 'ecs' }))?.status).toBe('pass');
    expectRejectedInput(await inline(fake, { platform: 'cloud-run', region: 'asia-northeast1' }), /^status-check: input "project": expected the Google Cloud project of service "production-keiba-backend" \(or set GOOGLE_CLOUD_PROJECT\)$/);
    expect(fake.ops()).toEqual(['DescribeServices']);
  });

  it('log-group: the named CloudWatch log group is read instead of the awslogs groups of the task definition', async () => {
    const fake = await start({}, { logGroups: { '/custom/backend': [{ agoSeconds: HOUR, message: 'ERROR payment refused' }] } });
    const run = await inline(fake, { checks: 'logs', 'log-group': '/custom/backend' });
    expect(results(run).map((r) => [r.id, r.status, r.evidence['error lines']])).toEqual([[`status:default/${BACKEND}/ecs/logs:/custom/backend`, 'fail', 1]]);
    expect(fake.ops()).toEqual(['DescribeServices', 'FilterLogEvents']);
    const without = await inline(fake, { checks: 'logs' });
    expect(results(without).map((r) => r.target)).toEqual(['logs /ecs/keiba-backend']);
  });

  it('checks: host alone leaves the service alone; status alone checks no host', async () => {
    const fake = await start();
    const host = await inline(fake, { checks: 'host' });
    expect(results(host).map((r) => r.target)).toEqual(['disk /', 'memory']);
    expect(fake.ops()).toEqual([]);
    const both = await inline(fake, { checks: 'status, host' });
    expect(results(both).map((r) => r.target)).toEqual(['disk /', 'memory', `ecs ${CLUSTER}/${BACKEND}`]);
    const status = await inline(fake, { checks: 'status' });
    expect(results(status).map((r) => r.target)).toEqual([`ecs ${CLUSTER}/${BACKEND}`]);
  });

  it.each([
    [{ 'max-cpu': '120' }, /^status-check: input "max-cpu": expected a percentage above 0 and at most 100 like 80 or 80%, got "120"$/],
    [{ checks: 'status,disk' }, /^status-check: input "checks": expected any of host, status, logs, metrics, got "disk"$/],
    [{ cluster: '' }, /^status-check: input "cluster": expected the ECS cluster of service "production-keiba-backend"$/],
    [{ region: 'tokyo' }, /^status-check: input "region": expected an AWS region like ap-northeast-1, got "tokyo"$/],
    [{ 'max-rollout': 'soon' }, /^status-check: input "max-rollout": expected a positive duration/],
  ])('rejects bad input %j in one line, with no call made', async (inputs, message) => {
    const fake = await start();
    expectRejectedInput(await inline(fake, inputs), message);
    expect(fake.ops()).toEqual([]);
  });
});

describe('status-check: CloudWatch Logs of ECS services', () => {
  const GROUP = '/ecs/keiba-backend';
  const LOGS = {
    [GROUP]: [
      { agoSeconds: 30 * HOUR, message: 'ERROR old: outside the window' },
      { agoSeconds: 3 * HOUR, message: 'INFO request served in 120ms' },
      { agoSeconds: 2 * HOUR, message: 'ERROR prediction failed: model timeout after 30s' },
      { agoSeconds: 1 * HOUR, message: 'ERROR prediction failed: model timeout after 31s' },
      { agoSeconds: HOUR / 2, message: 'CRITICAL database connection pool exhausted' },
    ],
  };
  const logs = (r: ActionRun) => results(r).find((x) => x.target === `logs ${GROUP}`);

  it('checks: logs counts the error lines in the window of the awslogs group of the task definition, grouped, with the command to see them all', async () => {
    const fake = await start({}, { logGroups: LOGS, logsPageSize: 2 });
    const run = await inline(fake, { checks: 'status,logs' });
    expect(results(run).map((r) => [r.id, r.status])).toEqual([
      [`status:default/${BACKEND}/ecs`, 'pass'],
      [`status:default/${BACKEND}/ecs/logs:${GROUP}`, 'fail'],
    ]);
    expect(logs(run)).toMatchObject({ severity: 'P3', evidence: { 'error lines': 3, 'max errors': 0, truncated: false, undecided: false } });
    expect(logs(run)?.evidence['top messages']).toBe('2× ERROR prediction failed: model timeout after #s\n1× CRITICAL database connection pool exhausted');
    expect(logs(run)?.evidence['see all']).toBe(`aws logs tail ${GROUP} --since 1440m --filter-pattern '?ERROR ?CRITICAL ?FATAL' --region ap-northeast-1`);
    expect(fake.ops()).toEqual(['DescribeServices', 'DescribeTaskDefinition', 'FilterLogEvents', 'FilterLogEvents']);
  });

  it('max-errors: the same three error lines pass at 3', async () => {
    const run = await inline(await start({}, { logGroups: LOGS }), { checks: 'logs', 'max-errors': '3' });
    expect(results(run).map((r) => [r.target, r.status])).toEqual([[`logs ${GROUP}`, 'pass']]);
  });

  it('log-filter: a pattern for FATAL only finds none of them', async () => {
    const fake = await start({}, { logGroups: LOGS });
    const run = await inline(fake, { checks: 'logs', 'log-filter': '?FATAL' });
    expect(logs(run)).toMatchObject({ status: 'pass', evidence: { 'error lines': 0, 'filter pattern': '?FATAL' } });
    expect(fake.bodies('FilterLogEvents')[0]).toMatchObject({ logGroupName: GROUP, filterPattern: '?FATAL' });
  });

  it('a missing logs:FilterLogEvents permission could not be decided, naming it', async () => {
    const run = await inline(await start({}, { logGroups: LOGS, faults: [{ kind: 'access-denied', ops: ['FilterLogEvents'] }] }), { checks: 'logs' });
    expect(logs(run)).toMatchObject({ status: 'fail', evidence: { permission: 'logs:FilterLogEvents', undecided: true } });
    expect(logs(run)?.summary).toMatch(/^could not decide: the job's AWS role lacks the permission logs:FilterLogEvents on \/ecs\/keiba-backend/);
  });

  it('pagination is bounded: a log group that never stops paging is read for 20 pages and counted as at least that', async () => {
    const fake = await start({}, { logGroups: LOGS, logsPageSize: 1, faults: [{ kind: 'endless-pages', ops: ['FilterLogEvents'] }] });
    const run = await inline(fake, { checks: 'logs' });
    expect(fake.ops().filter((op) => op === 'FilterLogEvents')).toHaveLength(20);
    expect(logs(run)).toMatchObject({ status: 'fail', evidence: { truncated: true, 'error lines': 20 } });
    expect(logs(run)?.summary).toMatch(/^at least 20 error line\(s\)/);
  });
});

describe('status-check: CloudWatch metrics of ECS services', () => {
  let cw: FakeCloudWatch | undefined;
  afterEach(async () => {
    await cw?.close();
    cw = undefined;
  });
  const DIMS = { ClusterName: CLUSTER, ServiceName: BACKEND };
  const series = (name: string, values: number[]): MetricSeed => ({ namespace: 'AWS/ECS', name, dimensions: DIMS, points: values.map((value, i) => ({ agoSeconds: (i + 1) * 600, value })) });
  const metrics = async (seeds: MetricSeed[], inputs: Record<string, string> = {}, options: { throttleFirst?: number; accessDenied?: boolean; targetGroupArn?: string } = {}) => {
    const fake = await start({}, options.targetGroupArn ? { targetGroupArn: options.targetGroupArn } : {});
    cw = await FakeCloudWatch.start({ metrics: seeds, ...options });
    const run = await runAction('status-check', { service: BACKEND, cluster: CLUSTER, checks: 'metrics', 'open-issues': 'false', ...inputs }, { env: { ...fake.env(), ...cw.env() } });
    return { run, cpu: results(run).find((r) => r.target.startsWith('cpu ')), memory: results(run).find((r) => r.target.startsWith('memory ')) };
  };

  it('CPU over 80 % fails (P3) and memory under 85 % passes, from ONE GetMetricData call in AWS JSON 1.0', async () => {
    const { run, cpu, memory } = await metrics([series('CPUUtilization', [35, 92.4, 40]), series('MemoryUtilization', [60, 70])]);
    expect(cpu).toMatchObject({ id: `status:default/${BACKEND}/ecs/metrics:cpu`, status: 'fail', severity: 'P3', evidence: { 'max %': 92.4, 'data points': 3 } });
    expect(cpu?.summary).toBe('CPU reached 92.4% (5-minute average) in the last 1d, over 80%; average 55.8%');
    expect(memory).toMatchObject({ status: 'pass', evidence: { 'max %': 70 } });
    expect(cw?.requests.map((r) => [r.op, r.headers['content-type'], r.headers['x-amz-target']])).toEqual([['GetMetricData', 'application/x-amz-json-1.0', 'GraniteServiceVersion20100801.GetMetricData']]);
    expect(cw?.requests[0]?.body.MetricDataQueries).toHaveLength(2);
    expect(run.exitCode).toBe(1);
  });

  it('max-cpu, max-memory: the same data passes at 95 % and fails memory at 65 %', async () => {
    const { cpu, memory } = await metrics([series('CPUUtilization', [92.4]), series('MemoryUtilization', [70])], { 'max-cpu': '95', 'max-memory': '65' });
    expect([cpu?.status, memory?.status]).toEqual(['pass', 'fail']);
  });

  it('no data points in the window is a warning that says so, not a pass', async () => {
    const { cpu, memory } = await metrics([]);
    expect(cpu).toMatchObject({ status: 'warn', severity: 'P4', evidence: { 'data points': 0, undecided: false } });
    expect(cpu?.summary).toMatch(/^no CPU data points in the last 1d/);
    expect(memory?.status).toBe('warn');
  });

  it('a missing cloudwatch:GetMetricData permission could not be decided, naming it; throttling is retried', async () => {
    const denied = await metrics([series('CPUUtilization', [10])], {}, { accessDenied: true });
    expect(denied.cpu).toMatchObject({ status: 'fail', evidence: { permission: 'cloudwatch:GetMetricData', undecided: true } });
    expect(denied.cpu?.summary).toMatch(/^could not decide: the job's AWS role lacks the permission cloudwatch:GetMetricData/);
    await cw?.close();
    await ecs?.close();
    const throttled = await metrics([series('CPUUtilization', [10]), series('MemoryUtilization', [10])], {}, { throttleFirst: 2 });
    expect([throttled.cpu?.status, throttled.memory?.status]).toEqual(['pass', 'pass']);
    expect(cw?.requests).toHaveLength(3);
  });

  describe('behind an ALB', () => {
    const TG = 'targetgroup/keiba-backend/0123456789abcdef';
    const ALB = { LoadBalancer: 'app/production-keiba-alb/fedcba9876543210', TargetGroup: TG };
    const alb = (name: string, values: number[]): MetricSeed => ({ namespace: 'AWS/ApplicationELB', name, dimensions: ALB, points: values.map((value, i) => ({ agoSeconds: (i + 1) * 60, value })) });
    const seeds = (errors: number[], latencies: number[]) => [
      series('CPUUtilization', [10]),
      series('MemoryUtilization', [10]),
      alb('RequestCount', [100, 100]),
      alb('HTTPCode_Target_5XX_Count', errors),
      alb('TargetResponseTime', latencies),
    ];
    const at = (run: ActionRun, prefix: string) => results(run).find((r) => r.target === `${prefix} ${TG}`);

    it('max-error-rate, max-p95: the 5xx rate and p95 of the target group come from the same GetMetricData call, found by SEARCH without the load balancer', async () => {
      const latencies = [...Array.from({ length: 18 }, () => 0.2), 4.5, 5];
      const { run } = await metrics(seeds([3], latencies), {}, { targetGroupArn: `arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:${TG}` });
      expect(at(run, '5xx')).toMatchObject({ id: `status:default/${BACKEND}/ecs/metrics:alb-5xx`, status: 'fail', severity: 'P3', summary: '5xx rate 1.5% (3 of 200) in the last 1d, over 1%' });
      expect(at(run, 'p95')).toMatchObject({ status: 'fail', severity: 'P3', summary: 'p95 response time 4.5s in the last 1d, over 3s' });
      expect(cw?.requests).toHaveLength(1);
      expect(cw?.requests[0]?.body.MetricDataQueries).toHaveLength(5);
      await cw?.close();
      await ecs?.close();
      const lenient = await metrics(seeds([3], latencies), { 'max-error-rate': '2%', 'max-p95': '5s' }, { targetGroupArn: `arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:${TG}` });
      expect([at(lenient.run, '5xx')?.status, at(lenient.run, 'p95')?.status]).toEqual(['pass', 'pass']);
    });

    it('no request reached the target group: a warning, not a pass', async () => {
      const { run } = await metrics([series('CPUUtilization', [10]), series('MemoryUtilization', [10])], {}, { targetGroupArn: `arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:${TG}` });
      expect(at(run, '5xx')).toMatchObject({ status: 'warn', severity: 'P4' });
      expect(at(run, 'p95')).toMatchObject({ status: 'warn', severity: 'P4' });
    });
  });
});

