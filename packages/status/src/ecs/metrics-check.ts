import { CloudWatchClient, GetMetricDataCommand, type MetricDataResult } from '@aws-sdk/client-cloudwatch';
import { errorMessage, formatDuration, systemClock } from '@runbook/core';
import { call } from '@runbook/platforms/calls';
import { CONNECT_TIMEOUT_MS, isTransient, SDK_MAX_ATTEMPTS } from '@runbook/platforms/ecs-client';
import { undecided, type Verdict } from '../verdict.ts';

/** GetMetricData pages read at most. */
const MAX_PAGES = 10;
/** CloudWatch alarms' usual period: a 5-minute average, as runbook 002's CPU alarm has it. */
const PERIOD_S = 300;

export interface MetricsQuery {
  cluster: string;
  service: string;
  region: string;
  windowMs: number;
  /** Percentages. */
  maxCpu: number;
  maxMemory: number;
  /** The ALB target group of the service (`targetgroup/name/id`): its 5xx rate and p95 are judged too. */
  targetGroup?: string;
  maxErrorRate: number;
  maxP95Ms: number;
  /** On systemClock's scale. */
  deadline: number;
}

const METRICS = [
  { id: 'cpu', name: 'CPUUtilization', what: 'CPU' },
  { id: 'memory', name: 'MemoryUtilization', what: 'memory' },
] as const;
export type MetricId = (typeof METRICS)[number]['id'] | 'alb-5xx' | 'alb-p95';
/** CPU and memory always; the ALB's two when the service has a target group. */
export type MetricVerdicts = Partial<Record<MetricId, Verdict>> & Record<'cpu' | 'memory', Verdict>;

/**
 * The target group's metrics over the whole window as one period. A SEARCH finds them without
 * knowing the load balancer, whose name is a dimension of every ALB metric (and would cost an
 * ELBv2 call to learn).
 */
function albQueries(targetGroup: string, windowMs: number) {
  const period = Math.max(60, Math.ceil(windowMs / 60_000) * 60);
  const search = (metric: string, stat: string) => `SEARCH('{AWS/ApplicationELB,LoadBalancer,TargetGroup} TargetGroup="${targetGroup}" MetricName="${metric}"', '${stat}', ${period})`;
  return [
    { Id: 'alb5xx', Expression: search('HTTPCode_Target_5XX_Count', 'Sum') },
    { Id: 'albrequests', Expression: search('RequestCount', 'Sum') },
    { Id: 'albp95', Expression: search('TargetResponseTime', 'p95') },
  ];
}

const sum = (r: MetricDataResult | undefined): number => (r?.Values ?? []).reduce((a, b) => a + b, 0);
const pct = (rate: number): string => `${(rate * 100).toFixed(2).replace(/\.?0+$/, '')}%`;

/** The window's 5xx share of the target group's requests; no request at all is a warning. */
export function albErrorVerdict(errors: MetricDataResult | undefined, requests: MetricDataResult | undefined, maxRate: number, window: string): Verdict {
  const [e, n] = [sum(errors), sum(requests)];
  const evidence = { '5xx': e, requests: n, '5xx rate': n === 0 ? null : Math.round((e / n) * 1e6) / 1e6, 'max error rate': maxRate };
  if (n === 0) return { outcome: 'warn', severity: 'P4', summary: `no requests reached the target group in the last ${window} (no RequestCount data points)`, evidence };
  const rate = e / n;
  if (rate > maxRate) return { outcome: 'fail', severity: 'P3', summary: `5xx rate ${pct(rate)} (${e} of ${n}) in the last ${window}, over ${pct(maxRate)}`, evidence };
  return { outcome: 'pass', summary: `5xx rate ${pct(rate)} (${e} of ${n}) in the last ${window} (at most ${pct(maxRate)})`, evidence };
}

/** TargetResponseTime p95 over the window (seconds in CloudWatch) against `max-p95`. */
export function albLatencyVerdict(p95: MetricDataResult | undefined, maxP95Ms: number, window: string): Verdict {
  const values = p95?.Values ?? [];
  if (values.length === 0) return { outcome: 'warn', severity: 'P4', summary: `no TargetResponseTime data points in the last ${window}`, evidence: { 'p95 ms': null, 'max p95 ms': maxP95Ms } };
  const ms = Math.round(Math.max(...values) * 1000);
  const evidence = { 'p95 ms': ms, 'max p95 ms': maxP95Ms };
  if (ms > maxP95Ms) return { outcome: 'fail', severity: 'P3', summary: `p95 response time ${formatDuration(ms)} in the last ${window}, over ${formatDuration(maxP95Ms)}`, evidence };
  return { outcome: 'pass', summary: `p95 response time ${formatDuration(ms)} in the last ${window} (at most ${formatDuration(maxP95Ms)})`, evidence };
}

/** A metric's 5-minute averages over the window against its limit; no data point is a warning: a silent metric is how monitoring goes blind. */
export function metricVerdict(what: string, result: MetricDataResult | undefined, limit: number, window: string): Verdict {
  const values = result?.Values ?? [];
  const times = result?.Timestamps ?? [];
  if (values.length === 0) {
    return { outcome: 'warn', severity: 'P4', summary: `no ${what} data points in the last ${window}: is the service running, and Container Insights or the ECS metrics on?`, evidence: { 'data points': 0, limit } };
  }
  const i = values.reduce((best, v, j) => (v > (values[best] ?? -Infinity) ? j : best), 0);
  const max = Math.round((values[i] ?? 0) * 10) / 10;
  const average = Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
  const evidence = { 'max %': max, 'average %': average, 'limit %': limit, 'data points': values.length, 'max at': times[i]?.toISOString() ?? null };
  if (max > limit) return { outcome: 'fail', severity: 'P3', summary: `${what} reached ${max}% (5-minute average) in the last ${window}, over ${limit}%; average ${average}%`, evidence };
  return { outcome: 'pass', summary: `${what} at most ${max}% in the last ${window} (limit ${limit}%), average ${average}%`, evidence };
}

/** CPU and memory of one ECS service, and its ALB target group's 5xx rate and p95, in ONE GetMetricData call (more only when CloudWatch pages the answer). */
export async function checkServiceMetrics(q: MetricsQuery, now = Date.now(), notify?: (m: string) => void): Promise<MetricVerdicts> {
  const client = new CloudWatchClient({ region: q.region, maxAttempts: SDK_MAX_ATTEMPTS, requestHandler: { connectionTimeout: CONNECT_TIMEOUT_MS } });
  const window = formatDuration(q.windowMs);
  const collected = new Map<string, MetricDataResult>();
  try {
    let nextToken: string | undefined;
    let pages = 0;
    do {
      const token = nextToken;
      const { value } = await call(
        {
          name: 'CloudWatch GetMetricData',
          attempt: (abortSignal) =>
            client.send(
              new GetMetricDataCommand({
                StartTime: new Date(now - q.windowMs),
                EndTime: new Date(now),
                MetricDataQueries: [
                  ...METRICS.map((m) => ({
                    Id: m.id,
                    MetricStat: {
                      Metric: { Namespace: 'AWS/ECS', MetricName: m.name, Dimensions: [{ Name: 'ClusterName', Value: q.cluster }, { Name: 'ServiceName', Value: q.service }] },
                      Period: PERIOD_S,
                      Stat: 'Average',
                    },
                  })),
                  ...(q.targetGroup ? albQueries(q.targetGroup, q.windowMs) : []),
                ],
                ...(token ? { NextToken: token } : {}),
              }),
              { abortSignal },
            ),
          transient: isTransient,
          describe: (e) => `CloudWatch GetMetricData: ${errorMessage(e)}`,
        },
        { clock: systemClock, deadline: q.deadline, ...(notify ? { notify } : {}) },
      );
      for (const r of value.MetricDataResults ?? []) {
        const seen = collected.get(r.Id ?? '');
        collected.set(r.Id ?? '', seen ? { ...seen, Values: [...(seen.Values ?? []), ...(r.Values ?? [])], Timestamps: [...(seen.Timestamps ?? []), ...(r.Timestamps ?? [])] } : r);
      }
      nextToken = value.NextToken;
      pages++;
    } while (nextToken && pages < MAX_PAGES);
  } catch (error) {
    const name = (error as { name?: string }).name ?? '';
    const verdict = /^AccessDenied/.test(name)
      ? undecided(`the job's AWS role lacks the permission cloudwatch:GetMetricData (${errorMessage(error)})`, { permission: 'cloudwatch:GetMetricData' })
      : undecided(`CloudWatch GetMetricData: ${errorMessage(error)}`);
    return { cpu: verdict, memory: verdict, ...(q.targetGroup ? { 'alb-5xx': verdict, 'alb-p95': verdict } : {}) };
  } finally {
    client.destroy();
  }
  return {
    cpu: metricVerdict('CPU', collected.get('cpu'), q.maxCpu, window),
    memory: metricVerdict('memory', collected.get('memory'), q.maxMemory, window),
    ...(q.targetGroup
      ? {
          'alb-5xx': albErrorVerdict(collected.get('alb5xx'), collected.get('albrequests'), q.maxErrorRate, window),
          'alb-p95': albLatencyVerdict(collected.get('albp95'), q.maxP95Ms, window),
        }
      : {}),
  };
}
