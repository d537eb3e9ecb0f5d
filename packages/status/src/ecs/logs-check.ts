import { CloudWatchLogsClient, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import type { TaskDefinition } from '@aws-sdk/client-ecs';
import { errorMessage, formatDuration, systemClock } from '@runbook/core';
import { call } from '@runbook/platforms/calls';
import { CONNECT_TIMEOUT_MS, isTransient, SDK_MAX_ATTEMPTS } from '@runbook/platforms/ecs-client';
import { messageKey } from '../host/error-lines.ts';
import { undecided, type Verdict } from '../verdict.ts';

/** FilterLogEvents pages read at most (10,000 events each). */
const MAX_PAGES = 20;
const TOP = 5;

/** The log groups the awslogs driver writes the task definition's containers to, with their regions. */
export function logGroupsOf(taskDefinition: TaskDefinition, region: string): { group: string; region: string }[] {
  const groups = new Map<string, string>();
  for (const c of taskDefinition.containerDefinitions ?? []) {
    const log = c.logConfiguration;
    const group = log?.options?.['awslogs-group'];
    if (log?.logDriver === 'awslogs' && group) groups.set(group, log.options?.['awslogs-region'] ?? region);
  }
  return [...groups].map(([group, r]) => ({ group, region: r }));
}

export interface LogsQuery {
  group: string;
  region: string;
  filter: string;
  windowMs: number;
  maxErrors: number;
  /** On systemClock's scale. */
  deadline: number;
}

const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** One FilterLogEvents walk over the window, at most MAX_PAGES pages: the count, the top messages grouped, the command to see the rest. */
export async function checkLogGroup(q: LogsQuery, now = Date.now(), notify?: (m: string) => void): Promise<Verdict> {
  const client = new CloudWatchLogsClient({ region: q.region, maxAttempts: SDK_MAX_ATTEMPTS, requestHandler: { connectionTimeout: CONNECT_TIMEOUT_MS } });
  const groups = new Map<string, number>();
  let [count, pages] = [0, 0];
  let nextToken: string | undefined;
  try {
    do {
      const token = nextToken;
      const { value } = await call(
        {
          name: 'CloudWatch Logs FilterLogEvents',
          attempt: (abortSignal) =>
            client.send(new FilterLogEventsCommand({ logGroupName: q.group, filterPattern: q.filter, startTime: now - q.windowMs, endTime: now, ...(token ? { nextToken: token } : {}) }), { abortSignal }),
          transient: isTransient,
          describe: (e) => `CloudWatch Logs FilterLogEvents: ${errorMessage(e)}`,
        },
        { clock: systemClock, deadline: q.deadline, ...(notify ? { notify } : {}) },
      );
      for (const e of value.events ?? []) {
        count++;
        const key = messageKey(e.message ?? '');
        groups.set(key, (groups.get(key) ?? 0) + 1);
      }
      nextToken = value.nextToken;
      pages++;
    } while (nextToken && pages < MAX_PAGES);
  } catch (error) {
    const code = (error as { name?: string }).name;
    if (code === 'AccessDeniedException') return undecided(`the job's AWS role lacks the permission logs:FilterLogEvents on ${q.group} (${errorMessage(error)})`, { permission: 'logs:FilterLogEvents', 'log group': q.group });
    return undecided(`CloudWatch Logs FilterLogEvents on ${q.group}: ${errorMessage(error)}`, { 'log group': q.group });
  } finally {
    client.destroy();
  }
  const truncated = nextToken !== undefined;
  const window = formatDuration(q.windowMs);
  const top = [...groups].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  const counted = `${truncated ? 'at least ' : ''}${count} error line(s) in ${q.group} in the last ${window}`;
  const evidence = {
    'log group': q.group,
    region: q.region,
    'filter pattern': q.filter,
    window,
    'error lines': count,
    'max errors': q.maxErrors,
    truncated,
    'top messages': top.map(([m, n]) => `${n}× ${m}`).join('\n') || null,
    'see all': `aws logs tail ${q.group} --since ${Math.ceil(q.windowMs / 60_000)}m --filter-pattern ${shellQuote(q.filter)} --region ${q.region}`,
  };
  if (count > q.maxErrors) return { outcome: 'fail', severity: 'P3', summary: `${counted}, over ${q.maxErrors}; most common: ${top[0]?.[0] ?? ''}`, evidence };
  return { outcome: 'pass', summary: `${counted} (at most ${q.maxErrors})`, evidence };
}
