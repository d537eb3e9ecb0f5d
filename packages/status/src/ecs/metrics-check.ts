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
  /** On systemClock's scale. */
  deadline: number;
}

const METRICS = [
  { id: 'cpu', name: 'CPUUtilization', what: 'CPU' },
  { id: 'memory', name: 'MemoryUtilization', what: 'memory' },
] as const;
export type MetricId = (typeof METRICS)[number]['id'];

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

/** CPU and memory of one ECS service in ONE GetMetricData call (more only when CloudWatch pages the answer). */
export async function checkServiceMetrics(q: MetricsQuery, now = Date.now(), notify?: (m: string) => void): Promise<Record<MetricId, Verdict>> {
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
                MetricDataQueries: METRICS.map((m) => ({
                  Id: m.id,
                  MetricStat: {
                    Metric: { Namespace: 'AWS/ECS', MetricName: m.name, Dimensions: [{ Name: 'ClusterName', Value: q.cluster }, { Name: 'ServiceName', Value: q.service }] },
                    Period: PERIOD_S,
                    Stat: 'Average',
                  },
                })),
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
    return { cpu: verdict, memory: verdict };
  } finally {
    client.destroy();
  }
  const limits: Record<MetricId, number> = { cpu: q.maxCpu, memory: q.maxMemory };
  return Object.fromEntries(METRICS.map((m) => [m.id, metricVerdict(m.what, collected.get(m.id), limits[m.id], window)])) as Record<MetricId, Verdict>;
}
