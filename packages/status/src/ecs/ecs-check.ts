import type { Service } from '@aws-sdk/client-ecs';
import { errorMessage, systemClock, UsageError, withoutUndecidedPrefix, type CheckResult, type Clock, type Severity } from '@runbook/core';
import { toResult, undecided, type Verdict } from '../verdict.ts';
import type { Locale } from '../host/steps.ts';
import { checkLogGroup, logGroupsOf } from './logs-check.ts';
import { checkServiceMetrics, type MetricVerdicts } from './metrics-check.ts';
import { serviceVerdict, type StatusLimits } from './service-status.ts';
import { ecsStatusId } from './ids.ts';
import { ecsSteps } from './steps.ts';

/** One ECS service with everything decided. */
export interface EcsStatusTarget {
  environment: string;
  /** The service's name in the config (or the ECS name inline): the middle of its result id. */
  key: string;
  cluster: string;
  service: string;
  region: string;
  limits: StatusLimits;
  /** Whether ECS's status of the service is judged (`checks: status`). */
  status: boolean;
  /** Its CloudWatch Logs error lines (`checks: logs`), from `logGroup` or else the task definition's awslogs groups. */
  logs?: { filter: string; maxErrors: number; logGroup?: string };
  /** Its CPU and memory in CloudWatch (`checks: metrics`), percentages not to exceed. */
  metrics?: MetricLimits;
  severity?: Severity;
  runbook?: string;
  locale: Locale;
}

/** CPU and memory percentages, the 5xx share and the p95 not to exceed. */
export interface MetricLimits {
  maxCpu: number;
  maxMemory: number;
  maxErrorRate: number;
  maxP95Ms: number;
}

/** How long all the ECS calls of one cluster may take, retries included. */
const CALLS_DEADLINE_MS = 60_000;

/** Why the answer could not be had, as a verdict: a missing permission is named (`ecs:DescribeServices`). */
export function failedCall(error: unknown): Verdict {
  const code = (error as { code?: string }).code;
  if (code === 'AccessDeniedException' || code === 'AccessDenied') {
    return undecided(`the job's AWS role lacks the permission ecs:DescribeServices (${errorMessage(error)})`, { permission: 'ecs:DescribeServices' });
  }
  return undecided(error instanceof UsageError ? `${error.message}` : errorMessage(error));
}

type Answer = { service: Service } | { verdict: Verdict };
type Ecs = InstanceType<typeof import('@runbook/platforms/ecs-client').Ecs>;

/**
 * The services of one cluster, described together (10 per call). A service that does not exist
 * is P1 for itself only: the others are described again one by one.
 */
async function describe(targets: readonly EcsStatusTarget[], ecs: Ecs): Promise<Answer[]> {
  const [first] = targets as [EcsStatusTarget];
  const { NotFoundError } = await import('@runbook/platforms/ecs-client');
  const answer = (services: Service[], name: string): Answer => {
    const service = services.find((s) => s.serviceName === name);
    return service ? { service } : { verdict: { outcome: 'fail', severity: 'P1', summary: `service ${name} not found in cluster ${first.cluster} (${first.region})`, evidence: {} } };
  };
  try {
    const services = await ecs.describeServices(first.cluster, targets.map((t) => t.service));
    return targets.map((t) => answer(services, t.service));
  } catch (error) {
    if (!(error instanceof NotFoundError)) return targets.map(() => ({ verdict: failedCall(error) }));
    return Promise.all(
      targets.map(async (t): Promise<Answer> => {
        try {
          return { service: await ecs.describeService(t.cluster, t.service) };
        } catch (e) {
          return e instanceof NotFoundError ? { verdict: { outcome: 'fail', severity: 'P1', summary: e.message, evidence: {} } } : { verdict: failedCall(e) };
        }
      }),
    );
  }
}

/** The service's log groups' error lines, one result per group; when the service could not be read, one undecided result. */
async function logsResults(t: EcsStatusTarget, answer: Answer, ecs: Ecs, clock: Clock, notify: (m: string) => void): Promise<{ what: string; target: string; verdict: Verdict }[]> {
  const logs = t.logs;
  if (!logs) return [];
  const none = (verdict: Verdict) => [{ what: 'logs', target: `logs ${t.service}`, verdict }];
  const read = (groups: { group: string; region: string }[]) =>
    Promise.all(
      groups.map(async (g) => ({
        what: `logs:${g.group}`,
        target: `logs ${g.group}`,
        verdict: await checkLogGroup({ ...g, filter: logs.filter, windowMs: t.limits.windowMs, maxErrors: logs.maxErrors, deadline: clock.now() + CALLS_DEADLINE_MS }, Date.now(), notify),
      })),
    );
  if (logs.logGroup) return read([{ group: logs.logGroup, region: t.region }]);
  if (!('service' in answer)) return none(undecided(`the service could not be read: ${withoutUndecidedPrefix(answer.verdict.summary)}`));
  let taskDefinition;
  try {
    taskDefinition = (await ecs.describeTaskDefinition(answer.service.taskDefinition ?? '')).taskDefinition;
  } catch (error) {
    const denied = (error as { code?: string }).code === 'AccessDeniedException';
    return none(denied ? undecided(`the job's AWS role lacks the permission ecs:DescribeTaskDefinition (${errorMessage(error)})`, { permission: 'ecs:DescribeTaskDefinition' }) : failedCall(error));
  }
  const groups = logGroupsOf(taskDefinition, t.region);
  if (groups.length === 0) return none(undecided(`no container of ${taskDefinition.family}:${taskDefinition.revision} logs with the awslogs driver: there is no log group to read (name one with log-group)`));
  return read(groups);
}

/**
 * Every service's platform status, error logs and metrics: one DescribeServices per cluster and
 * region; per service asked for its logs one DescribeTaskDefinition and a FilterLogEvents walk per
 * log group; per service asked for its metrics one GetMetricData (CPU and memory together). Each result is handed to `onResult` as it comes.
 */
export async function checkEcsStatus(targets: readonly EcsStatusTarget[], onResult: (r: CheckResult) => void, notify: (m: string) => void, clock: Clock = systemClock): Promise<CheckResult[]> {
  const groups = new Map<string, EcsStatusTarget[]>();
  for (const t of targets) groups.set(`${t.region}/${t.cluster}`, [...(groups.get(`${t.region}/${t.cluster}`) ?? []), t]);
  const results: CheckResult[] = [];
  const { EcsClients } = await import('@runbook/platforms/ecs-client');
  const clients = new EcsClients(clock);
  const emit = (t: EcsStatusTarget, what: string, target: string, verdict: Verdict, startedAt: Date, started: number): void => {
    const result = toResult(
      {
        id: `${ecsStatusId(t)}${what === 'ecs' ? '' : `/${what}`}`,
        subject: t.key,
        target,
        ...(t.severity ? { severity: t.severity } : {}),
        runbook: t.runbook ?? ecsSteps(t, t.locale, verdict.outcome !== 'undecided'),
      },
      { ...verdict, evidence: { cluster: t.cluster, service: t.service, region: t.region, ...verdict.evidence } },
      startedAt,
      Math.round(performance.now() - started),
    );
    results.push(result);
    onResult(result);
  };
  for (const group of groups.values()) {
    const startedAt = new Date();
    const started = performance.now();
    const ecs = clients.for((group[0] as EcsStatusTarget).region).within(clock.now() + CALLS_DEADLINE_MS, notify);
    const answers = await describe(group, ecs).catch((error: unknown) => group.map((): Answer => ({ verdict: failedCall(error) })));
    for (const [i, t] of group.entries()) {
      const answer = answers[i] ?? { verdict: undecided('no answer') };
      if (t.status) emit(t, 'ecs', `ecs ${t.cluster}/${t.service}`, 'service' in answer ? serviceVerdict(answer.service, t.limits, Date.now()) : answer.verdict, startedAt, started);
      const logStarted = performance.now();
      const logs = await logsResults(t, answer, ecs, clock, notify).catch((error: unknown) => [{ what: 'logs', target: `logs ${t.service}`, verdict: undecided(`the check failed unexpectedly: ${errorMessage(error)}`) }]);
      for (const l of logs) emit(t, l.what, l.target, l.verdict, new Date(), logStarted);
      if (t.metrics) {
        const metricsStarted = performance.now();
        // `…:targetgroup/name/id` → `targetgroup/name/id`, the TargetGroup dimension.
        const targetGroup = 'service' in answer ? answer.service.loadBalancers?.find((l) => l.targetGroupArn)?.targetGroupArn?.split(':').pop() : undefined;
        const q = { cluster: t.cluster, service: t.service, region: t.region, windowMs: t.limits.windowMs, ...t.metrics, ...(targetGroup ? { targetGroup } : {}), deadline: clock.now() + CALLS_DEADLINE_MS };
        const verdicts = await checkServiceMetrics(q, Date.now(), notify).catch((error: unknown): MetricVerdicts => {
          const v = undecided(`the check failed unexpectedly: ${errorMessage(error)}`);
          return { cpu: v, memory: v };
        });
        emit(t, 'metrics:cpu', `cpu ${t.cluster}/${t.service}`, verdicts.cpu, new Date(), metricsStarted);
        emit(t, 'metrics:memory', `memory ${t.cluster}/${t.service}`, verdicts.memory, new Date(), metricsStarted);
        if (verdicts['alb-5xx']) emit(t, 'metrics:alb-5xx', `5xx ${targetGroup}`, verdicts['alb-5xx'], new Date(), metricsStarted);
        if (verdicts['alb-p95']) emit(t, 'metrics:alb-p95', `p95 ${targetGroup}`, verdicts['alb-p95'], new Date(), metricsStarted);
      }
    }
  }
  return results;
}
