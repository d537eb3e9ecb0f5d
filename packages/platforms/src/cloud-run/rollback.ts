import { errorMessage, UsageError, type Evidence } from '@runbook/core';
import { backoffFor } from '../calls.ts';
import type { DriverContext, PlatformWords, RestoreMove, RollbackDriver, ServiceRollback } from '../driver.ts';
import { GRPC_CODE } from '../google-api.ts';
import { CallLog, CloudRun, CloudRunError, makeClients, type Service } from './client.ts';
import { DEPLOYED_REVISION_ANNOTATION, PREVIOUS_TRAFFIC_ANNOTATION } from './deploy.ts';
import { servicePath, type CloudRunRollbackPlan, type CloudRunServiceTarget } from './plan.ts';
import { apiCallsSection, cloudRunWords, PINNED_NOTE } from './report.ts';
import { writeTargets, type Waits } from './restore.ts';
import { currentTags, newestReadyBefore, recordedTraffic, splitRevisions, unusableRevision, withTags } from './rollback-target.ts';
import { shortName } from './service-state.ts';
import { describeTraffic, servesSplit, servingSnapshot, splitName, type TrafficShare } from './traffic.ts';

/** What the Cloud Run driver reads and writes for one service's rollback. */
interface CloudRunRollbackState {
  before: Service;
  /** Where the target split came from, for the evidence. */
  source: string;
  split: TrafficShare[];
  /** The traffic written: the split with every tag kept. */
  written?: TrafficShare[];
}

type CloudRunRollback = ServiceRollback<CloudRunRollbackState, CloudRunServiceTarget>;

const where = (t: CloudRunServiceTarget): string => `--project ${t.project} --region ${t.region}`;
const toRevisions = (split: string): string => (split.includes('=') ? split : `${split}=100`);

/**
 * The deploy's words, but a rollback's target may be a split (`a=90,b=10`), which `to` does not
 * take: the advice is gcloud's, whose --to-revisions takes the split as it is.
 * No defaultRunbook: a failed rollback points to the incidents' own steps, in en or ja.
 */
const words: PlatformWords<CloudRunServiceTarget> = {
  ...cloudRunWords,
  unverifiedAdvice: (t, to) =>
    `check the traffic with gcloud run services describe ${t.service} ${where(t)}, and set it by hand if needed: gcloud run services update-traffic ${t.service} ${where(t)} --to-revisions ${toRevisions(to)}`,
};

/** The split `to` names, checked with reads only: every revision of this service and Ready. */
async function resolveSplit(plan: CloudRunRollbackPlan, target: CloudRunServiceTarget, api: CloudRun, before: Service, timeline: DriverContext['timeline']): Promise<Pick<CloudRunRollbackState, 'split' | 'source'>> {
  const label = plan.inputLabel('to');
  const path = servicePath(target);
  const check = async (revision: string): Promise<void> => {
    try {
      const problem = unusableRevision(await api.getRevision(`${path}/revisions/${revision}`), target.service);
      if (problem) throw new UsageError(label, problem);
    } catch (error) {
      if (error instanceof CloudRunError && error.code === GRPC_CODE.NOT_FOUND) throw new UsageError(label, `${revision}: no such revision of service ${target.service}`);
      throw error;
    }
  };
  if (plan.to.kind === 'revision') {
    const { revision } = plan.to;
    await check(revision);
    return { split: [{ revision, percent: 100 }], source: 'named by to' };
  }
  const recorded = recordedTraffic(before);
  const servingNow = servingSnapshot(before).flatMap((s) => (s.revision ? [s.revision] : []));
  const deployed = before.annotations?.[DEPLOYED_REVISION_ANNOTATION];
  // After a rollback or a restored deploy the recorded split is what serves: going "back" to it would change nothing.
  if (recorded?.ok && servesSplit(before, recorded.shares)) timeline.add(target.key, `ignoring the recorded split: it is what serves now (${splitName(recorded.shares)})`);
  // A change made around this tool since (gcloud, the console) leaves the annotation behind: what it recorded is no longer "previous".
  else if (recorded?.ok && deployed && !servingNow.includes(deployed)) {
    timeline.add(target.key, `ignoring the recorded split: it was recorded when ${deployed} was deployed, and ${deployed} serves no traffic now (the service was changed since, not by this tool)`);
  } else if (recorded?.ok) {
    for (const s of recorded.shares) await check(s.revision as string);
    return { split: recorded.shares, source: `recorded by the last deploy (${PREVIOUS_TRAFFIC_ANNOTATION})` };
  } else if (recorded) timeline.add(target.key, `ignoring the recorded split: ${recorded.reason}`);
  const previous = newestReadyBefore(await api.listRevisions(path), servingNow, target.service);
  if (!previous) throw new UsageError(label, `${target.key}: no Ready revision older than ${servingNow.join(', ') || 'the serving one'} to roll back to`);
  return { split: [{ revision: shortName(previous.name), percent: 100 }], source: 'the newest Ready revision before the serving one' };
}

async function resolve(plan: CloudRunRollbackPlan, target: CloudRunServiceTarget, api: CloudRun, timeline: DriverContext['timeline']): Promise<Omit<CloudRunRollback, 'target'>> {
  let before: Service;
  try {
    before = await api.getService(servicePath(target));
  } catch (error) {
    if (error instanceof CloudRunError && error.code === GRPC_CODE.NOT_FOUND) throw new UsageError(target.origin.service, `no Cloud Run service ${servicePath(target)}`);
    throw error;
  }
  const { split, source } = await resolveSplit(plan, target, api, before, timeline);
  return { from: splitName(servingSnapshot(before)), to: splitName(split), changes: '', state: { before, split, source } };
}

/** Writes the split as explicit revisions (every tag kept) with the etag read first, and verifies it by the deadline. */
async function moveTraffic(r: CloudRunRollback, api: CloudRun, waits: Waits, timeline: DriverContext['timeline']): Promise<RestoreMove> {
  const written = withTags(r.state.split, currentTags(r.state.before));
  r.state.written = written;
  timeline.add(r.target.key, `setting traffic: ${describeTraffic(written)}`);
  const advice = words.unverifiedAdvice(r.target, r.to as string, r.from);
  let outcome;
  try {
    outcome = await writeTargets(api, r.target, r.state.before, written, waits);
  } catch (error) {
    if (error instanceof CloudRunError && error.code === GRPC_CODE.ABORTED) {
      return { back: false, summary: `the service changed after it was read (its etag no longer matches), so nothing was written: run the rollback again (${error.message})` };
    }
    const unsure = !(error instanceof CloudRunError) || error.transient;
    return { back: false, summary: `could not set the traffic: ${errorMessage(error)}${unsure ? `; it may have been carried out: ${advice}` : ''}` };
  }
  if (outcome.state === 'failed') return { back: false, summary: `the traffic change ended in error: ${outcome.reason}; ${advice}` };
  if (outcome.state === 'unverified') return { back: false, summary: `the traffic was written but not verified by the deadline (${outcome.reason}); ${advice}` };
  timeline.add(r.target.key, `serving ${describeTraffic(servingSnapshot(outcome.service))}`);
  return { back: true, summary: `rolled back to ${r.to} (traffic pinned)` };
}

const toLatest = (t: CloudRunServiceTarget): string => `gcloud run services update-traffic ${t.service} ${where(t)} --to-latest`;

/** The Cloud Run rollback: traffic back to revisions that served before (or one named), as explicit targets. */
export function cloudRunRollbackDriver(plan: CloudRunRollbackPlan, { clock, timeline }: DriverContext): RollbackDriver<CloudRunRollbackState, CloudRunServiceTarget> {
  const log = new CallLog();
  const notify = (message: string): void => timeline.add('api', message);
  const api = new CloudRun(log, { clock, backoff: backoffFor(plan.pollIntervalMs), notify }, makeClients(plan.apiEndpoint));
  const moved: CloudRunRollback[] = [];
  return {
    words,
    titles: { resolve: 'resolve: read the services and the revisions to go back to', rollback: 'rollback: set traffic, wait, smoke-check' },
    resolve: (target) => resolve(plan, target, api.within(clock.now() + plan.waitTimeoutMs, notify), timeline),
    async restore(rollbacks) {
      const deadline = clock.now() + plan.waitTimeoutMs;
      const within = api.within(deadline, notify);
      const moves = await Promise.all(rollbacks.map(async (r) => [r, await moveTraffic(r, within, { deadline, pollIntervalMs: plan.pollIntervalMs, clock }, timeline)] as const));
      moved.push(...moves.filter(([, m]) => m.back).map(([r]) => r));
      return new Map(moves);
    },
    evidence: (r) => ({
      project: r.target.project,
      region: r.target.region,
      service: r.target.service,
      from: r.from,
      to: r.to ?? null,
      source: r.state.source,
      'traffic before': describeTraffic(servingSnapshot(r.state.before)),
      'traffic written': r.state.written ? describeTraffic(r.state.written) : null,
      revisions: splitRevisions(r.to ?? '').join(', '),
      'smoke checks': r.restore?.smoke?.summary ?? null,
    }) satisfies Evidence,
    sections: () => [
      ...(moved.length
        ? [
            {
              heading: 'Traffic is pinned',
              body: `${moved.map((r) => `- ${r.target.key}: ${describeTraffic(r.state.written ?? [])}; to follow the latest revision again by hand: \`${toLatest(r.target)}\``).join('\n')}\n\n${PINNED_NOTE}.`,
            },
          ]
        : []),
      apiCallsSection(log),
    ],
  };
}
