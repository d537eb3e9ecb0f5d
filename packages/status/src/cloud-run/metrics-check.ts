import { MetricServiceClient } from '@google-cloud/monitoring';
import { formatDuration } from '@runbook/core';
import type { MetricLimits } from '../ecs/ecs-check.ts';
import type { Verdict } from '../verdict.ts';
import { summarize, type DistributionValue } from './distribution.ts';
import { googleClientOptions, RetryAfter } from '@runbook/platforms/google-api';
import { gcpCall, gcpFailure } from './gcp-call.ts';

/** timeSeries.list pages read at most per metric type. */
const MAX_PAGES = 5;

export interface CloudMonitoringQuery extends MetricLimits {
  project: string;
  service: string;
  windowMs: number;
  endpoint?: string | undefined;
  /** On systemClock's scale. */
  deadline: number;
}

export type CloudRunMetric = 'cpu' | 'memory' | '5xx' | 'p95';
export type CloudRunMetricVerdicts = Record<CloudRunMetric, Verdict>;

interface Point {
  interval?: { endTime?: { seconds?: number | string | null } | null } | null;
  value?: { doubleValue?: number | null; int64Value?: number | string | null; distributionValue?: DistributionValue | null } | null;
}
interface Series {
  metric?: { type?: string | null; labels?: Record<string, string> | null } | null;
  points?: Point[] | null;
}

const METRIC = {
  count: 'run.googleapis.com/request_count',
  latency: 'run.googleapis.com/request_latencies',
  cpu: 'run.googleapis.com/container/cpu/utilizations',
  memory: 'run.googleapis.com/container/memory/utilizations',
} as const;

const valueOf = (p: Point): number => Number(p.value?.doubleValue ?? p.value?.int64Value ?? 0);
const pct = (rate: number): string => `${(rate * 100).toFixed(2).replace(/\.?0+$/, '')}%`;

/** The window's 5xx share of the service's requests, from request_count summed by response_code_class. */
export function errorRateVerdict(series: readonly Series[], maxRate: number, window: string): Verdict {
  const byClass = new Map<string, number>();
  for (const s of series) {
    const cls = s.metric?.labels?.response_code_class ?? '?';
    byClass.set(cls, (byClass.get(cls) ?? 0) + (s.points ?? []).reduce((a, p) => a + valueOf(p), 0));
  }
  const n = [...byClass.values()].reduce((a, b) => a + b, 0);
  const e = byClass.get('5xx') ?? 0;
  const evidence = { '5xx': e, requests: n, 'by class': [...byClass].sort().map(([c, v]) => `${c}=${v}`).join(', ') || null, '5xx rate': n === 0 ? null : Math.round((e / n) * 1e6) / 1e6, 'max error rate': maxRate };
  if (n === 0) return { outcome: 'warn', severity: 'P4', summary: `no request_count data points in the last ${window}: no request reached the service, or the metric is not reported`, evidence };
  const rate = e / n;
  if (rate > maxRate) return { outcome: 'fail', severity: 'P3', summary: `5xx rate ${pct(rate)} (${e} of ${n}) in the last ${window}, over ${pct(maxRate)}`, evidence };
  return { outcome: 'pass', summary: `5xx rate ${pct(rate)} (${e} of ${n}) in the last ${window} (at most ${pct(maxRate)})`, evidence };
}

/** The window's p95 of a distribution metric, all its series (revisions) merged, against its limit; no data point is a warning. */
export function p95Verdict(what: string, metric: string, series: readonly Series[], limit: number, unit: 'ms' | '%', window: string): Verdict {
  const values = series.flatMap((s) => s.points ?? []).flatMap((p) => (p.value?.distributionValue ? [p.value.distributionValue] : []));
  const s = summarize(values);
  if (s.p95 === null) return { outcome: 'warn', severity: 'P4', summary: `no ${metric} data points in the last ${window}: is the service receiving traffic, and is the metric reported?`, evidence: { 'data points': 0, limit } };
  const scaled = (v: number | null) => (v === null ? null : Math.round(v * (unit === '%' ? 100 : 1) * 10) / 10);
  const p95 = scaled(s.p95) as number;
  const shown = (v: number) => (unit === 'ms' ? formatDuration(Math.round(v)) : `${v}%`);
  const evidence = { [`p95 ${unit}`]: p95, [`max ${unit} (bucket bound)`]: scaled(s.max), [`mean ${unit}`]: scaled(s.mean), [`limit ${unit}`]: limit, samples: s.count, series: series.length };
  if (p95 > limit) return { outcome: 'fail', severity: 'P3', summary: `${what} p95 ${shown(p95)} over the last ${window}, over ${shown(limit)}`, evidence };
  return { outcome: 'pass', summary: `${what} p95 ${shown(p95)} over the last ${window} (limit ${shown(limit)})`, evidence };
}

/**
 * Cloud Run's request count by response code class, request latency p95 and container CPU and
 * memory utilization. timeSeries.list takes exactly one metric type per filter, so this is one call
 * per metric type, all four at once; each asks for one ALIGN_DELTA point per series over the whole
 * window (all four metrics are DELTA), so a call is one page unless the service has many revisions.
 */
export async function checkCloudRunMetrics(q: CloudMonitoringQuery, now = Date.now(), notify?: (m: string) => void): Promise<CloudRunMetricVerdicts> {
  const retryAfter = new RetryAfter();
  const client = new MetricServiceClient(googleClientOptions(q.endpoint, retryAfter));
  const window = formatDuration(q.windowMs);
  // The API's shortest alignment period is 60 s.
  const windowS = Math.max(60, Math.ceil(q.windowMs / 1000));
  const end = Math.floor(now / 1000);
  const interval = { startTime: { seconds: end - windowS }, endTime: { seconds: end } };
  const filterOf = (type: string) => `metric.type="${type}" AND resource.type="cloud_run_revision" AND resource.labels.service_name="${q.service}"`;
  const list = async (type: string, aggregation: Record<string, unknown>): Promise<Series[]> => {
    const series: Series[] = [];
    let pageToken: string | undefined;
    let pages = 0;
    do {
      const token = pageToken;
      const [page, , response] = await gcpCall({
        name: `Cloud Monitoring timeSeries.list ${type}`,
        attempt: (options) => client.listTimeSeries({ name: `projects/${q.project}`, filter: filterOf(type), interval, aggregation, view: 'FULL', ...(token ? { pageToken: token } : {}) }, { ...options, autoPaginate: false }),
        deadline: q.deadline,
        notify,
        retryAfter,
      });
      series.push(...(page as Series[]));
      pageToken = response?.nextPageToken || undefined;
      pages++;
    } while (pageToken && pages < MAX_PAGES);
    if (pageToken) notify?.(`Cloud Monitoring timeSeries.list ${type}: more than ${MAX_PAGES} pages; judged on the first ${series.length} series`);
    return series;
  };
  const delta = { alignmentPeriod: { seconds: windowS }, perSeriesAligner: 'ALIGN_DELTA' };
  const asked = {
    '5xx': list(METRIC.count, { ...delta, crossSeriesReducer: 'REDUCE_SUM', groupByFields: ['metric.labels.response_code_class'] }),
    p95: list(METRIC.latency, delta),
    cpu: list(METRIC.cpu, delta),
    memory: list(METRIC.memory, delta),
  };
  const judge = async (metric: CloudRunMetric, verdict: (s: Series[]) => Verdict): Promise<Verdict> =>
    asked[metric].then(verdict, (error: unknown) => gcpFailure('Cloud Monitoring timeSeries.list', 'monitoring.timeSeries.list', error, 'monitoring-endpoint'));
  try {
    const [errors, latency, cpu, memory] = await Promise.all([
      judge('5xx', (s) => errorRateVerdict(s, q.maxErrorRate, window)),
      judge('p95', (s) => p95Verdict('request latency', 'request_latencies', s, q.maxP95Ms, 'ms', window)),
      judge('cpu', (s) => p95Verdict('container CPU', 'container/cpu/utilizations', s, q.maxCpu, '%', window)),
      judge('memory', (s) => p95Verdict('container memory', 'container/memory/utilizations', s, q.maxMemory, '%', window)),
    ]);
    return { '5xx': errors, p95: latency, cpu, memory };
  } finally {
    await client.close().catch(() => undefined);
  }
}
