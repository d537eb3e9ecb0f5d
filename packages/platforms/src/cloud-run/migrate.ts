import { errorMessage, type Clock } from '@runbook/core';
import type { StepOutcome } from '../driver.ts';
import type { Timeline } from '../timeline.ts';
import type { CloudRun, Execution, Job, Service } from './client.ts';
import { locationPath, type CloudRunServiceTarget } from './plan.ts';
import { conditionState, failingCondition, shortName } from './service-state.ts';

export interface MigrationOutcome extends StepOutcome {
  job: string;
  execution?: string;
  logUri?: string;
}

/** The job's task: the service's container as the deploy writes it (new image, merged env) with the migration command, its service account and network. */
function taskTemplate(template: Service['template'], image: string, command: readonly string[]): NonNullable<NonNullable<Job['template']>['template']> {
  const t = template ?? {};
  const container = t.containers?.[0] ?? {};
  const [entrypoint, ...args] = command;
  return {
    containers: [{ image, command: [entrypoint as string], args, env: container.env ?? [], ...(container.resources ? { resources: container.resources } : {}) }],
    maxRetries: 0,
    ...(t.serviceAccount ? { serviceAccount: t.serviceAccount } : {}),
    ...(t.vpcAccess ? { vpcAccess: t.vpcAccess } : {}),
  };
}

/** Succeeded when no task failed and the Completed condition succeeded. */
function executionVerdict(execution: Execution): { ok: boolean; why: string } {
  const failed = Number(execution.failedCount ?? 0);
  const completed = (execution.conditions ?? []).find((c) => c.type === 'Completed');
  if (failed > 0 || conditionState(completed?.state ?? undefined) === 'CONDITION_FAILED') {
    return { ok: false, why: failingCondition(execution.conditions) ?? `${failed} task(s) failed` };
  }
  return { ok: true, why: `${Number(execution.succeededCount ?? 0)} task(s) succeeded` };
}

/**
 * Runs the migration as a Cloud Run job execution with the new image, before any traffic moves:
 * the job (`<service>-migrate` by default) is created from the service's template when absent,
 * else its image and command are updated; then one execution runs and must succeed.
 */
export async function runMigration(options: {
  api: CloudRun;
  target: CloudRunServiceTarget;
  /** The service's template as the deploy writes it: the new image, the env merged from the `env` input. */
  template: Service['template'];
  image: string;
  deadline: number;
  clock: Clock;
  timeline: Timeline;
}): Promise<MigrationOutcome> {
  const { target, image, clock, timeline } = options;
  const migrate = target.migrate as NonNullable<CloudRunServiceTarget['migrate']>;
  const jobId = migrate.job ?? `${target.service}-migrate`;
  const name = `${locationPath(target)}/jobs/${jobId}`;
  const api = options.api.within(options.deadline, (m) => timeline.add(target.key, m));
  const started = clock.now();
  const end = (ok: boolean, summary: string, more: Partial<MigrationOutcome> = {}): MigrationOutcome => {
    timeline.add(target.key, summary);
    return { ok, summary, durationMs: clock.now() - started, job: jobId, ...more };
  };
  try {
    const template = taskTemplate(options.template, image, migrate.command);
    const existing = await api.getJob(name);
    if (existing) {
      await api.updateJob({ ...existing, template: { ...existing.template, template: { ...existing.template?.template, containers: template.containers ?? [] } } });
      timeline.add(target.key, `job ${jobId}: image ${image}, command ${migrate.command.join(' ')}`);
    } else {
      await api.createJob(locationPath(target), jobId, { template: { taskCount: 1, parallelism: 1, template } });
      timeline.add(target.key, `job ${jobId} created from the service's template (image ${image})`);
    }
    timeline.add(target.key, `migration: running job ${jobId}`);
    const result = await api.runJob(name);
    const execution = result.name ? await api.getExecution(result.name) : result;
    const verdict = executionVerdict(execution);
    const more = { execution: shortName(execution.name), ...(execution.logUri ? { logUri: execution.logUri } : {}) };
    return verdict.ok ? end(true, `migration ${more.execution} succeeded: ${verdict.why}`, more) : end(false, `migration ${more.execution} failed: ${verdict.why}`, more);
  } catch (error) {
    return end(false, `migration job ${jobId} failed: ${errorMessage(error)}`);
  }
}
