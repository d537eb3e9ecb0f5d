import type { Service } from '@aws-sdk/client-ecs';
import { errorMessage, systemClock, UsageError, type CheckResult, type Clock, type Severity } from '@runbook/core';
import { toResult, undecided, type Verdict } from '../verdict.ts';
import type { Locale } from '../host/steps.ts';
import { serviceVerdict, type StatusLimits } from './service-status.ts';
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
  severity?: Severity;
  runbook?: string;
  locale: Locale;
}

/** How long all the ECS calls of one cluster may take, retries included. */
const CALLS_DEADLINE_MS = 60_000;

export const ecsStatusId = (t: Pick<EcsStatusTarget, 'environment' | 'key'>): string => `status:${t.environment}/${t.key}/ecs`;

/** Why the answer could not be had, as a verdict: a missing permission is named (`ecs:DescribeServices`). */
export function failedCall(error: unknown): Verdict {
  const code = (error as { code?: string }).code;
  if (code === 'AccessDeniedException' || code === 'AccessDenied') {
    return undecided(`the job's AWS role lacks the permission ecs:DescribeServices (${errorMessage(error)})`, { permission: 'ecs:DescribeServices' });
  }
  return undecided(error instanceof UsageError ? `${error.message}` : errorMessage(error));
}

type Answer = { service: Service } | { verdict: Verdict };

/**
 * The services of one cluster, described together (10 per call). A service that does not exist
 * is P1 for itself only: the others are described again one by one.
 */
async function describe(targets: readonly EcsStatusTarget[], clock: Clock, notify: (m: string) => void): Promise<Answer[]> {
  const [first] = targets as [EcsStatusTarget];
  const { EcsClients, NotFoundError } = await import('@runbook/platforms/ecs-client');
  const ecs = new EcsClients(clock).for(first.region).within(clock.now() + CALLS_DEADLINE_MS, notify);
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

/** Every service's platform status, one DescribeServices per cluster and region; each result handed to `onResult` as it comes. */
export async function checkEcsStatus(targets: readonly EcsStatusTarget[], onResult: (r: CheckResult) => void, notify: (m: string) => void, clock: Clock = systemClock): Promise<CheckResult[]> {
  const groups = new Map<string, EcsStatusTarget[]>();
  for (const t of targets) groups.set(`${t.region}/${t.cluster}`, [...(groups.get(`${t.region}/${t.cluster}`) ?? []), t]);
  const results: CheckResult[] = [];
  for (const group of groups.values()) {
    const startedAt = new Date();
    const started = performance.now();
    const answers = await describe(group, clock, notify).catch((error: unknown) => group.map(() => ({ verdict: failedCall(error) })));
    for (const [i, t] of group.entries()) {
      const a = answers[i] ?? { verdict: undecided('no answer') };
      const verdict = 'service' in a ? serviceVerdict(a.service, t.limits, Date.now()) : a.verdict;
      const result = toResult(
        {
          id: ecsStatusId(t),
          subject: t.key,
          target: `ecs ${t.cluster}/${t.service}`,
          ...(t.severity ? { severity: t.severity } : {}),
          runbook: t.runbook ?? ecsSteps(t, t.locale, verdict.outcome !== 'undecided'),
        },
        { ...verdict, evidence: { cluster: t.cluster, service: t.service, region: t.region, ...verdict.evidence } },
        startedAt,
        Math.round(performance.now() - started),
      );
      results.push(result);
      onResult(result);
    }
  }
  return results;
}
