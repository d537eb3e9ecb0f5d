import type { Service, Task } from '@aws-sdk/client-ecs';
import { errorMessage } from '@runbook/core';
import type { Ecs } from './client.ts';

/** What the on-call engineer needs to see first when a rollout fails. */
export interface Diagnosis {
  /** One line per stopped task of the failed revision, newest first. */
  stoppedTasks: string[];
  /** The service's last events, oldest first. */
  events: string[];
}

const MAX_TASKS = 5;
const MAX_EVENTS = 8;

const shortId = (arn: string | undefined): string => arn?.split('/').pop()?.slice(0, 12) ?? '?';

/** `task 1a2b3c4d5e6f: Essential container in task exited; container app: exit 1 (…)` */
export function describeStoppedTask(task: Task): string {
  const containers = (task.containers ?? [])
    .filter((c) => (c.exitCode !== undefined && c.exitCode !== 0) || c.reason)
    .map((c) => `container ${c.name}: ${c.exitCode === undefined ? 'no exit code' : `exit ${c.exitCode}`}${c.reason ? ` (${c.reason})` : ''}`);
  return [`task ${shortId(task.taskArn)}: ${task.stoppedReason ?? task.stopCode ?? 'stopped'}`, ...containers].join('; ');
}

/** Stopped tasks of `taskDefinition` (ListTasks STOPPED + DescribeTasks) and the last events. */
export async function diagnose(ecs: Ecs, cluster: string, serviceName: string, taskDefinition: string, service?: Service): Promise<Diagnosis> {
  const events = (service?.events ?? []).slice(0, MAX_EVENTS).map((e) => e.message ?? '').reverse();
  try {
    const arns = await ecs.listTasks({ cluster, serviceName, desiredStatus: 'STOPPED' }, 100);
    const tasks = arns.length ? await ecs.describeTasks(cluster, arns) : [];
    const stoppedTasks = tasks
      .filter((t) => t.taskDefinitionArn === taskDefinition)
      .sort((a, b) => (b.stoppedAt?.getTime() ?? 0) - (a.stoppedAt?.getTime() ?? 0))
      .slice(0, MAX_TASKS)
      .map(describeStoppedTask);
    return { stoppedTasks, events };
  } catch (error) {
    return { stoppedTasks: [`(could not list stopped tasks: ${errorMessage(error)})`], events };
  }
}
