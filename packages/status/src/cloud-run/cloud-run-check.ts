import { RevisionsClient, ServicesClient } from '@google-cloud/run';
import { errorMessage, systemClock, type CheckResult, type Clock } from '@runbook/core';
import { toResult, undecided, type Verdict } from '../verdict.ts';
import { shortName } from '@runbook/platforms/cloud-run-state';
import { codeOf, googleClientOptions, GRPC_CODE, RetryAfter } from '@runbook/platforms/google-api';
import { gcpCall, gcpFailure } from './gcp-call.ts';
import { checkCloudLogging } from './logs-check.ts';
import { checkCloudRunMetrics, type CloudRunMetric } from './metrics-check.ts';
import { cloudRunVerdict, servingRevisions, type RunCondition, type RunService } from './service-status.ts';
import { cloudRunSteps, type CloudRunCheck } from './steps.ts';
import { cloudRunStatusId, type CloudRunStatusTarget } from './target.ts';

/** How long all the calls of one service's check may take, retries included. */
const CALLS_DEADLINE_MS = 60_000;
/** Serving revisions besides the latest ready one whose readiness is asked, at most. */
const MAX_REVISIONS = 10;

/** GetService, then GetRevision for each revision that takes traffic and is not the latest ready one. */
async function platformVerdict(t: CloudRunStatusTarget, deadline: number, notify: (m: string) => void): Promise<Verdict> {
  const retryAfter = new RetryAfter();
  const options = googleClientOptions(t.endpoints.run, retryAfter);
  const services = new ServicesClient(options);
  const revisions = new RevisionsClient(options);
  const name = `projects/${t.project}/locations/${t.region}/services/${t.service}`;
  try {
    let service: RunService;
    try {
      [service] = await gcpCall({ name: 'Cloud Run services.get', attempt: (o) => services.getService({ name }, o), deadline, notify, retryAfter });
    } catch (error) {
      if (codeOf(error) === GRPC_CODE.NOT_FOUND) return { outcome: 'fail', severity: 'P1', summary: `service ${t.service} not found in ${t.project}/${t.region}`, evidence: {} };
      return gcpFailure('Cloud Run services.get', 'run.services.get', error, 'api-endpoint');
    }
    const others = servingRevisions(service)
      .map((s) => s.revision)
      .filter((r) => r !== shortName(service.latestReadyRevision))
      .slice(0, MAX_REVISIONS);
    const ready = new Map<string, RunCondition | undefined>();
    for (const revision of others) {
      try {
        const [r] = await gcpCall({ name: 'Cloud Run revisions.get', attempt: (o) => revisions.getRevision({ name: `${name}/revisions/${revision}` }, o), deadline, notify, retryAfter });
        ready.set(revision, ((r.conditions ?? []) as RunCondition[]).find((c) => c.type === 'Ready'));
      } catch (error) {
        if (codeOf(error) !== GRPC_CODE.NOT_FOUND) return gcpFailure('Cloud Run revisions.get', 'run.revisions.get', error, 'api-endpoint');
        ready.set(revision, undefined);
      }
    }
    return cloudRunVerdict(service, ready);
  } finally {
    await Promise.all([services.close(), revisions.close()]).catch(() => undefined);
  }
}

const METRICS: { metric: CloudRunMetric; target: string }[] = [
  { metric: 'cpu', target: 'cpu' },
  { metric: 'memory', target: 'memory' },
  { metric: '5xx', target: '5xx' },
  { metric: 'p95', target: 'p95' },
];

/** Every Cloud Run service's platform status, error logs and metrics, each result handed to `onResult` as it comes. */
export async function checkCloudRunStatus(targets: readonly CloudRunStatusTarget[], onResult: (r: CheckResult) => void, notify: (m: string) => void, clock: Clock = systemClock): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const emit = (t: CloudRunStatusTarget, check: CloudRunCheck, what: string, target: string, verdict: Verdict, started: number): void => {
    const result = toResult(
      {
        id: `${cloudRunStatusId(t)}${what ? `/${what}` : ''}`,
        subject: t.key,
        target,
        ...(t.severity ? { severity: t.severity } : {}),
        runbook: t.runbook ?? cloudRunSteps(t, check, t.locale, verdict.outcome !== 'undecided'),
      },
      { ...verdict, evidence: { project: t.project, region: t.region, service: t.service, ...verdict.evidence } },
      new Date(Date.now() - Math.round(performance.now() - started)),
      Math.round(performance.now() - started),
    );
    results.push(result);
    onResult(result);
  };
  const failed = (error: unknown) => undecided(`the check failed unexpectedly: ${errorMessage(error)}`);
  for (const t of targets) {
    const deadline = clock.now() + CALLS_DEADLINE_MS;
    if (t.status) {
      const started = performance.now();
      emit(t, 'status', '', `cloud-run ${t.project}/${t.region}/${t.service}`, await platformVerdict(t, deadline, notify).catch(failed), started);
    }
    if (t.logs) {
      const started = performance.now();
      const verdict = await checkCloudLogging({ project: t.project, service: t.service, filter: t.logs.filter, windowMs: t.windowMs, maxErrors: t.logs.maxErrors, endpoint: t.endpoints.logging, deadline }, Date.now(), notify).catch(failed);
      emit(t, 'logs', 'logs', `logs ${t.service}`, verdict, started);
    }
    if (t.metrics) {
      const started = performance.now();
      const verdicts = await checkCloudRunMetrics({ project: t.project, service: t.service, windowMs: t.windowMs, ...t.metrics, endpoint: t.endpoints.monitoring, deadline }, Date.now(), notify).catch((error: unknown) => {
        const v = failed(error);
        return { cpu: v, memory: v, '5xx': v, p95: v };
      });
      for (const m of METRICS) emit(t, 'metrics', `metrics:${m.metric}`, `${m.target} ${t.service}`, verdicts[m.metric], started);
    }
  }
  return results;
}
