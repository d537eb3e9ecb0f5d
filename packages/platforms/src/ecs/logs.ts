import { CloudWatchLogsClient, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import type { TaskDefinition } from '@aws-sdk/client-ecs';
import { errorMessage } from '@runbook/core';
import { call } from '../calls.ts';
import { CONNECT_TIMEOUT_MS, isTransient, SDK_MAX_ATTEMPTS, type CallLog } from './client.ts';

/** Where the awslogs driver writes one container of one task. */
export interface LogStream {
  group: string;
  stream: string;
  region: string;
}

/** The container's CloudWatch Logs stream for this task, when it logs with the awslogs driver. */
export function logStreamOf(taskDefinition: TaskDefinition, container: string, taskArn: string, region: string): LogStream | undefined {
  const log = taskDefinition.containerDefinitions?.find((c) => c.name === container)?.logConfiguration;
  const group = log?.options?.['awslogs-group'];
  const prefix = log?.options?.['awslogs-stream-prefix'];
  if (log?.logDriver !== 'awslogs' || !group || !prefix) return undefined;
  return { group, stream: `${prefix}/${container}/${taskArn.split('/').pop()}`, region: log.options?.['awslogs-region'] ?? region };
}

/** The command that shows the whole stream: `aws logs tail <group> --region … --log-stream-names <stream>`. */
export const logsCommand = (s: LogStream): string => `aws logs tail ${s.group} --region ${s.region} --log-stream-names ${s.stream}`;

export type LogTail = { ok: true; lines: string[] } | { ok: false; reason: string };

/**
 * The last `lines` lines of a stream (one GetLogEvents call, newest page). The endpoint comes
 * from the SDK's configuration (AWS_ENDPOINT_URL_CLOUDWATCH_LOGS works), like the ECS client's.
 */
export async function readLogTail(s: LogStream, log: CallLog, lines = 30): Promise<LogTail> {
  const client = new CloudWatchLogsClient({
    region: s.region,
    maxAttempts: SDK_MAX_ATTEMPTS,
    requestHandler: { connectionTimeout: CONNECT_TIMEOUT_MS },
  });
  try {
    const { value: out, attempts } = await call({
      name: 'CloudWatch Logs GetLogEvents',
      attempt: (abortSignal) => client.send(new GetLogEventsCommand({ logGroupName: s.group, logStreamName: s.stream, limit: lines, startFromHead: false }), { abortSignal }),
      transient: isTransient,
      describe: errorMessage,
    });
    log.count('GetLogEvents', attempts);
    return { ok: true, lines: (out.events ?? []).map((e) => (e.message ?? '').replace(/\s+$/, '')) };
  } catch (error) {
    log.count('GetLogEvents', (error as { attempts?: number }).attempts);
    return { ok: false, reason: errorMessage(error) };
  } finally {
    client.destroy();
  }
}
