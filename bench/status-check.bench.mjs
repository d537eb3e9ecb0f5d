// status-check: an Apache access log (1 GiB by default; BENCH_ACCESS_LOG_MB to change) read by the
// bundled action against runbook 001's awk, both computing the 5xx rate and the p95 response
// time: wall time and peak memory (GNU time's maximum resident set size), side by side. And the
// API calls one Cloud Run service and one ECS service cost per run with every check on, counted at the doubles.
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { FakeCloudLogging, FakeCloudMonitoring } from '../test/fakes/cloud-observability-api.ts';
import { FakeCloudRun } from '../test/fakes/cloud-run-api.ts';
import { FakeCloudWatch } from '../test/fakes/cloudwatch-api.ts';
import { backendTaskDefinition, CLUSTER, FakeEcs } from '../test/fakes/ecs-api.ts';
import { BACKEND } from '../test/fakes/ecs-config.ts';
import { fmt, ROOT, runAction, runCommand } from './lib.mjs';

const MB = Number(process.env.BENCH_ACCESS_LOG_MB ?? 1024);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function clf(ms) {
  const d = new Date(ms);
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

/** Lines of the last 12 hours: 1 in 100 a 503, response times from 1 ms to 2 s. */
async function writeLog(path) {
  const out = createWriteStream(path);
  const start = Date.now() - 12 * 3_600_000;
  let bytes = 0;
  for (let i = 0; bytes < MB * 1024 * 1024; i++) {
    const status = i % 100 === 0 ? 503 : 200;
    const line = `203.0.113.${i % 250} - - [${clf(start + (i % 40_000_000))}] "GET /api/v1/estimate/${i % 9973} HTTP/1.1" ${status} ${512 + (i % 1000)} "-" "Mozilla/5.0 (X11; Linux x86_64)" ${1000 + ((i * 7919) % 2_000_000)}\n`;
    bytes += line.length;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const peak = (stderr) => Number(/MAXRSS=(\d+)/.exec(stderr)?.[1] ?? Number.NaN) / 1024;

export async function run() {
  // The call counts first: they take seconds, and still print when the access log part is slow or fails.
  await cloudRunCalls();
  await ecsCalls();
  const dir = mkdtempSync(join(tmpdir(), 'bench-status-'));
  const log = join(dir, 'access_log');
  try {
    await writeLog(log);
    const action = await timedAction(log);
    // Runbook 001's way: awk for the rate, and sort for the p95 (awk alone cannot rank).
    const awk = await runCommand('/usr/bin/time', [
      '-f',
      'MAXRSS=%M',
      'bash',
      '-c',
      `awk '{ n++; if ($9 >= 500) e++ } END { printf "%.4f\\n", e / n }' "$1" && awk '{ print $NF }' "$1" | sort -n | awk '{ a[NR] = $1 } END { print a[int(NR * 0.95)] }'`,
      'awk',
      log,
    ]);
    console.log(`access log of ${MB} MiB: 5xx rate and p95`);
    console.log(`  status-check  ${fmt(action.seconds)}  peak ${Math.round(action.rssMb)} MiB  (${action.summary})`);
    console.log(`  awk + sort    ${fmt(awk.seconds)}  peak ${Math.round(peak(awk.stderr))} MiB (the largest of its processes)  (${awk.stdout.trim().replace(/\n/g, ', ')})`);
    console.log(`  ratio         ${(action.seconds / awk.seconds).toFixed(2)}× the time of awk`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One Cloud Run service, `checks: status, logs, metrics`: the calls per API. */
async function cloudRunCalls() {
  const service = 'sagebase-streamlit';
  const run = await FakeCloudRun.start({ services: [{ name: service, revisions: [{ name: `${service}-00001-abc`, image: 'app:v1' }] }] });
  const logging = await FakeCloudLogging.start([{ service, severity: 'ERROR', agoSeconds: 60, text: 'Error: x' }]);
  const monitoring = await FakeCloudMonitoring.start([{ type: 'run.googleapis.com/request_count', service, labels: { response_code_class: '2xx' }, points: [{ agoSeconds: 600, value: 100 }] }]);
  try {
    const inputs = { platform: 'cloud-run', service, project: run.project, region: run.region, checks: 'status, logs, metrics', 'api-endpoint': run.endpoint, 'logging-endpoint': logging.url, 'monitoring-endpoint': monitoring.url, 'open-issues': 'false' };
    await runAction('status-check', inputs);
    console.log(`Cloud Run, one service, every check: ${run.requests.length} Cloud Run Admin (${run.kinds().join(', ')}), ${logging.requests.length} Cloud Logging entries:list, ${monitoring.requests.length} Cloud Monitoring timeSeries.list (one per metric type, the fewest the API allows: one type per filter)`);
  } finally {
    await Promise.all([run.close(), logging.close(), monitoring.close()]);
  }
}

const ERROR_LINES = 12_000;

/**
 * One ECS service behind an ALB, `checks: status, logs, metrics`: the calls per operation. A bad
 * night's 12,000 error lines, so FilterLogEvents pages at its real 10,000 events a page.
 */
async function ecsCalls() {
  const targetGroup = 'targetgroup/keiba-backend/0123456789abcdef';
  const lines = Array.from({ length: ERROR_LINES }, (_, i) => ({ agoSeconds: 60 + (i % 80_000), message: `ERROR prediction failed: model timeout after ${i % 60}s` }));
  const ecs = await FakeEcs.start({
    clusters: [CLUSTER],
    taskDefinitions: [backendTaskDefinition('main-aaa1111')],
    services: [{ cluster: CLUSTER, name: BACKEND, taskDefinition: 'keiba-backend:1', desiredCount: 2, targetGroupArn: `arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:${targetGroup}` }],
    logGroups: { '/ecs/keiba-backend': lines },
  });
  const dims = { ClusterName: CLUSTER, ServiceName: BACKEND };
  const alb = { LoadBalancer: 'app/production-keiba-alb/fedcba9876543210', TargetGroup: targetGroup };
  const seed = (namespace, dimensions) => ([name, value]) => ({ namespace, name, dimensions, points: [{ agoSeconds: 600, value }] });
  const cw = await FakeCloudWatch.start({
    metrics: [
      ...[['CPUUtilization', 35], ['MemoryUtilization', 60]].map(seed('AWS/ECS', dims)),
      ...[['RequestCount', 1000], ['HTTPCode_Target_5XX_Count', 2], ['TargetResponseTime', 0.2]].map(seed('AWS/ApplicationELB', alb)),
    ],
  });
  try {
    const r = await runAction('status-check', { service: BACKEND, cluster: CLUSTER, checks: 'status, logs, metrics', 'open-issues': 'false' }, { ...ecs.env(), ...cw.env() });
    // Exit 1 is the logs check failing on those error lines; anything else is the benchmark broken.
    if (r.code !== 0 && r.code !== 1) throw new Error(`status-check failed in the benchmark:\n${r.stdout.slice(-2000)}`);
    const perOp = (ops) => [...ops.reduce((m, op) => m.set(op, (m.get(op) ?? 0) + 1), new Map())].map(([op, n]) => `${n} ${op}`).join(', ');
    const queries = cw.requests.reduce((n, q) => n + (q.body.MetricDataQueries?.length ?? 0), 0);
    console.log(`ECS, one service behind an ALB, every check: ${ecs.requests.length} ECS + CloudWatch Logs (${perOp(ecs.ops())}; FilterLogEvents is one page per 10,000 matching events, here ${ERROR_LINES.toLocaleString('en')}, 20 pages at most), ${cw.requests.length} CloudWatch (${perOp(cw.requests.map((q) => q.op))} with all ${queries} metrics: CPU, memory, the ALB's requests, 5xx and response time)`);
  } finally {
    await Promise.all([ecs.close(), cw.close()]);
  }
}

/** The bundled action as the runner starts it, under GNU time for its peak memory. */
async function timedAction(log) {
  const inputs = { 'access-log': log, 'max-error-rate': '5%', 'max-p95': '5s', 'disk-warn': '100', 'disk-critical': '100', 'memory-warn': '100', 'memory-critical': '100', 'open-issues': 'false' };
  const env = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  const r = await runCommand('/usr/bin/time', ['-f', 'MAXRSS=%M', process.execPath, join(ROOT, 'dist/status-check/index.js')], { env });
  if (r.code !== 0) throw new Error(`status-check failed in the benchmark:\n${r.stdout.slice(-2000)}`);
  const summary = /ok {3}\S+ — (.*)/.exec(r.stdout.split('\n').find((l) => l.includes(log)) ?? '')?.[1] ?? '';
  return { seconds: r.seconds, rssMb: peak(r.stderr), summary };
}
