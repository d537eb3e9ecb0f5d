import type { RunTaskCommandInput, Service, Task, TaskDefinition } from '@aws-sdk/client-ecs';
import { errorMessage, formatDuration, poll, type Clock } from '@runbook/core';
import { checkDeadline } from '../calls.ts';
import { EcsError, type Ecs } from './client.ts';
import { describeStoppedTask } from './diagnose.ts';
import { logsCommand, logStreamOf, readLogTail, type LogStream, type LogTail } from './logs.ts';
import type { Timeline } from '../timeline.ts';

export interface MigrationRequest {
  ecs: Ecs;
  key: string;
  service: Service;
  /** The newly registered revision: the migration runs the code that is about to be deployed. */
  taskDefinition: TaskDefinition;
  container: string;
  command: string[];
  timeoutMs: number;
  pollIntervalMs: number;
  timeline: Timeline;
  clock: Clock;
}

export interface MigrationOutcome {
  ok: boolean;
  /** `exit 0 in 42s`, `exit 1: …`, `still running after 20m`. */
  summary: string;
  taskArn?: string;
  exitCode?: number;
  /** Where its output is: the CloudWatch Logs stream, as a command to read it. */
  logs?: string;
  /** The last lines of its output when it failed, or why they could not be read. */
  tail?: LogTail;
  durationMs: number;
}

/** The RunTask request: the service's own launch type or capacity providers and network. */
export function migrationTaskInput(request: Omit<MigrationRequest, 'ecs' | 'timeline' | 'timeoutMs' | 'pollIntervalMs' | 'key' | 'clock'>): RunTaskCommandInput {
  const { service } = request;
  return {
    cluster: service.clusterArn,
    taskDefinition: request.taskDefinition.taskDefinitionArn,
    count: 1,
    startedBy: 'runbook-migrate',
    ...(service.capacityProviderStrategy?.length ? { capacityProviderStrategy: service.capacityProviderStrategy } : service.launchType ? { launchType: service.launchType } : {}),
    ...(service.platformVersion ? { platformVersion: service.platformVersion } : {}),
    ...(service.networkConfiguration ? { networkConfiguration: service.networkConfiguration } : {}),
    overrides: { containerOverrides: [{ name: request.container, command: request.command }] },
  };
}

/** Stops a migration task that outlived the wait, so that it does not go on migrating unwatched; says how that went. */
async function stopTimedOut(request: MigrationRequest, taskArn: string): Promise<string> {
  try {
    await request.ecs.stopTask(request.service.clusterArn as string, taskArn, `runbook deploy: migration not done within ${formatDuration(request.timeoutMs)}`);
    return 'stopped it';
  } catch (error) {
    return `could not stop it (${errorMessage(error)}): stop it by hand`;
  }
}

/** A failed migration's last output lines, printed to the log as they are read. */
async function tailOf(request: MigrationRequest, stream: LogStream | undefined): Promise<{ tail?: LogTail }> {
  if (!stream) return {};
  const tail = await readLogTail(stream, request.ecs.log);
  request.timeline.add(request.key, tail.ok ? `migration output, last ${tail.lines.length} lines:` : `could not read the migration output: ${tail.reason}`);
  if (tail.ok) request.timeline.print(tail.lines);
  return { tail };
}

/** Runs the one-off migration task and waits for it to stop; only exit code 0 is success. */
export async function runMigration(request: MigrationRequest): Promise<MigrationOutcome> {
  const { timeline, key, container, clock } = request;
  const started = clock.now();
  const deadline = started + request.timeoutMs;
  const notify = (message: string): void => timeline.add(key, message);
  const ecs = request.ecs.within(deadline, notify);
  const elapsed = (): number => Math.round(clock.now() - started);
  let task: Task;
  try {
    task = await ecs.runTask(migrationTaskInput(request));
  } catch (error) {
    return { ok: false, summary: `could not start the migration task: ${errorMessage(error)}`, durationMs: elapsed() };
  }
  const taskArn = task.taskArn as string;
  const stream = logStreamOf(request.taskDefinition, container, taskArn, ecs.region);
  const logs = stream ? { logs: logsCommand(stream) } : {};
  timeline.add(key, `migration task ${taskArn.split('/').pop()} started: ${request.command.join(' ')}`);
  const cluster = request.service.clusterArn as string;
  let lastStatus = task.lastStatus;
  const stopped = await poll(
    async ({ attempt }) => {
      if (attempt > 1) {
        const [current] = await request.ecs.within(checkDeadline(deadline, clock, request.pollIntervalMs), notify).describeTasks(cluster, [taskArn]).catch((error: unknown) => {
          // Retried up to the deadline already: the wait goes on (or ends) with what was seen last.
          if (!(error instanceof EcsError && error.transient)) throw error;
          notify(`cannot read the migration task: ${errorMessage(error)}`);
          return [];
        });
        if (current) task = current;
        if (task.lastStatus !== lastStatus) timeline.add(key, `migration task ${task.lastStatus}`);
        lastStatus = task.lastStatus;
      }
      return task.lastStatus === 'STOPPED' ? { done: true, value: task } : { done: false };
    },
    { intervalMs: request.pollIntervalMs, timeoutMs: request.timeoutMs, clock },
  );
  if (!stopped.done) {
    const stop = await stopTimedOut(request, taskArn);
    const summary = `migration task still ${task.lastStatus} after ${formatDuration(request.timeoutMs)}; ${stop}`;
    timeline.add(key, summary);
    return { ok: false, summary, taskArn, ...logs, ...(await tailOf(request, stream)), durationMs: elapsed() };
  }
  const exitCode = task.containers?.find((c) => c.name === container)?.exitCode;
  const ok = exitCode === 0;
  const summary = ok ? `migration exited 0 in ${formatDuration(elapsed())}` : `migration failed: ${describeStoppedTask(task)}`;
  timeline.add(key, summary);
  return { ok, summary, taskArn, ...(exitCode === undefined ? {} : { exitCode }), ...logs, ...(ok ? {} : await tailOf(request, stream)), durationMs: elapsed() };
}
