import { createHash } from 'node:crypto';
import { renderCodeSpan, UsageError, type Evidence } from '@runbook/core';
import type { ProbeSpec } from '@runbook/http-probe';
import { backoffFor, CallLog } from '../calls.ts';
import type { DeployDriver, DriverContext, FollowOutcome, RestoreMove, ServiceDeploy } from '../driver.ts';
import { perService } from '../outputs.ts';
import { GRPC_CODE } from '../google-api.ts';
import { CloudRun, CloudRunError, makeClients, type PendingOperation, type Revision, type Service } from './client.ts';
import { followUpdate } from './follow.ts';
import { runMigration, type MigrationOutcome } from './migrate.ts';
import { servicePath, type CloudRunDeployPlan, type CloudRunServiceTarget, type EnvVar } from './plan.ts';
import { apiCallsSection, cloudRunWords, PINNED_NOTE } from './report.ts';
import { moveTraffic } from './restore.ts';
import { shortName } from './service-state.ts';
import { describeTraffic, pinned, restoreTraffic, routeTraffic, servingSnapshot, tagUri, taggedAtZero, toTargets, trafficJson, type Route, type TrafficShare } from './traffic.ts';

export const PREVIOUS_TRAFFIC_ANNOTATION = 'runbook-actions/previous-traffic';
/** The revision the deploy that recorded the previous traffic put out: a recorded split is only current while it serves. */
export const DEPLOYED_REVISION_ANNOTATION = 'runbook-actions/deployed-revision';

/** The reads for the report and the diagnosis: short, so a slow API cannot hold the outputs (or the way back) up. */
const REPORT_READ_MS = 10_000;

/** What the Cloud Run driver reads and writes for one service. */
export interface CloudRunDeployState {
  api: CloudRun;
  /** The service as it was before anything changed (its etag guards the PATCH). */
  before: Service;
  /** What served before: where a failure goes back to. */
  snapshot: TrafficShare[];
  tagged: TrafficShare[];
  /** The template to send; absent when image and env are unchanged (no new revision, only traffic moves). */
  template?: NonNullable<Service['template']>;
  image: string;
  /** `image: …/app:v1 → v2`, `env: A, B` (names only: values may be secret). */
  changes: string[];
  route: Route;
  wasPinned: boolean;
  pending?: PendingOperation;
  migration?: MigrationOutcome;
  /** The service after its rollout, or after the promotion. */
  after?: Service;
  revisionDetail?: Revision;
}

export type CloudRunDeploy = ServiceDeploy<CloudRunDeployState, CloudRunServiceTarget>;

/**
 * `mkwz3x9-1a2b3` from the time (seconds, base 36) and the image: lowercase, unique per deploy,
 * 13 characters, so that it fits any service name (49 at most) in a revision name's 63.
 */
export function derivedSuffix(now: Date, image: string): string {
  return `${Math.floor(now.getTime() / 1_000).toString(36)}-${createHash('sha256').update(image).digest('hex').slice(0, 5)}`;
}

/** `<service>-<suffix>`; the planner keeps it to the 63 characters Cloud Run allows. */
export function revisionName(service: string, suffix: string): string {
  return `${service}-${suffix}`;
}

function mergeEnv(current: readonly { name?: string | null; value?: string | null }[], given: readonly EnvVar[]) {
  const merged = current.map((e) => ({ ...e }));
  const changed: string[] = [];
  for (const { name, value } of given) {
    const at = merged.find((e) => e.name === name);
    if (at && 'valueSource' in at && at.valueSource) throw new UsageError('env', `${name} is a secret reference on the service; set it with the service's secrets, not env`);
    if (at?.value === value) continue;
    changed.push(name);
    if (at) at.value = value;
    else merged.push({ name, value });
  }
  return { merged, changed };
}

/** The new revision's traffic for the update: none yet when it is promoted later. */
const routeOf = (plan: CloudRunDeployPlan, revision: string): Route => ({
  revision,
  ...(plan.noTraffic ? { percent: 0 } : plan.trafficPercent === undefined ? {} : { percent: plan.trafficPercent }),
  ...(plan.tag ? { tag: plan.tag } : {}),
});

/** Reads the service, plans the template and the traffic; writes nothing. */
async function prepare(plan: CloudRunDeployPlan, target: CloudRunServiceTarget, api: CloudRun, context: DriverContext) {
  let before: Service;
  try {
    before = await api.getService(servicePath(target));
  } catch (error) {
    if (error instanceof CloudRunError && error.code === GRPC_CODE.NOT_FOUND) throw new UsageError(target.origin.service, `service ${target.service} not found in project ${target.project}, region ${target.region}`);
    if (error instanceof CloudRunError && error.code === GRPC_CODE.PERMISSION_DENIED) throw new UsageError(target.origin.service, `no permission to read service ${target.service} in project ${target.project}, region ${target.region} (the deploy needs run.services.get and the other permissions of the custom role in docs/gcp-setup.md, or roles/run.developer): ${error.message}`);
    throw error;
  }
  if (plan.noTraffic) refuseUncheckable(plan, target, before);
  const template = before.template ?? {};
  const container = template.containers?.[0];
  if (!container) throw new UsageError(target.origin.service, `service ${target.service} has no container in its template`);
  const image = plan.image ?? container.image ?? '';
  const env = mergeEnv(container.env ?? [], plan.env);
  const changes = [...(image !== container.image ? [`image: ${container.image} → ${image}`] : []), ...(env.changed.length ? [`env: ${env.changed.join(', ')}`] : [])];
  const newRevision = changes.length > 0 || plan.revisionSuffix !== undefined;
  const revision = newRevision ? revisionName(target.service, plan.revisionSuffix ?? derivedSuffix(new Date(), image)) : shortName(before.latestCreatedRevision);
  const snapshot = servingSnapshot(before);
  const previous = [...snapshot].sort((a, b) => b.percent - a.percent)[0]?.revision ?? shortName(before.latestReadyRevision);
  const wasPinned = pinned(before);
  context.timeline.add(target.key, `serving ${describeTraffic(snapshot)}${wasPinned ? ' (pinned to revisions)' : ''}`);
  const state: CloudRunDeployState = {
    api,
    before,
    snapshot,
    tagged: taggedAtZero(before),
    ...(newRevision ? { template: { ...template, revision, containers: [{ ...container, image, env: env.merged }, ...(template.containers ?? []).slice(1)] } } : {}),
    image,
    changes,
    route: routeOf(plan, revision),
    wasPinned,
  };
  return { state, previous, migrates: target.migrate !== undefined, promotes: plan.noTraffic };
}

const ownOrigins = (service: Service): string[] => [service.uri, ...(service.urls ?? [])].flatMap((u) => (u ? [new URL(u).origin] : []));

/** A probe of the service's own URL, sent to the tag's URL instead (same path and query); undefined for another origin (a custom domain), which cannot reach the tag. */
function onTagUrl(probe: ProbeSpec, service: Service, tagUrl: string): ProbeSpec | undefined {
  if (!ownOrigins(service).includes(probe.url.origin)) return undefined;
  return { ...probe, url: new URL(`${probe.url.pathname}${probe.url.search}`, tagUrl) };
}

/** A no-traffic deploy is only as safe as its check on the tag URL: refused when no probe of the service can be sent there. */
function refuseUncheckable(plan: CloudRunDeployPlan, target: CloudRunServiceTarget, before: Service): void {
  const probes = [...target.probes, ...plan.smokeProbes.filter((p) => p.service === target.key || !plan.targets.some((t) => t.key === p.service))];
  if (probes.some((p) => ownOrigins(before).includes(p.url.origin))) return;
  throw new UsageError(
    plan.inputLabel('no-traffic'),
    `none of the health checks or smoke-urls of ${target.key} is on its run.app URL (${before.uri ?? 'none'}), so none can check the new revision on its tag URL before it gets traffic`,
  );
}

/** The Cloud Run deploy: PATCH template + traffic with the etag, follow the operation and the revision, then promote. */
export function cloudRunDeployDriver(plan: CloudRunDeployPlan, context: DriverContext): DeployDriver<CloudRunDeployState, CloudRunServiceTarget> {
  const { clock, timeline } = context;
  const log = new CallLog();
  const clients = makeClients(plan.apiEndpoint);
  const base = new CloudRun(log, { clock, backoff: backoffFor(plan.pollIntervalMs), notify: (m) => timeline.add('api', m) }, clients, plan.pollIntervalMs);
  // One budget for the whole change: migrate, update, rollout and promote share wait-timeout from
  // the first write on; the restore gets a wait-timeout of its own, so a slow rollout never eats
  // into the way back (docs/deploy.md has the job-timeout arithmetic).
  let budget: number | undefined;
  const deadline = (): number => (budget ??= clock.now() + plan.waitTimeoutMs);
  const waits = (by = deadline()) => ({ deadline: by, pollIntervalMs: plan.pollIntervalMs, clock, timeline });
  const shortRead = () => clock.now() + Math.min(REPORT_READ_MS, plan.waitTimeoutMs);
  /** The services this deploy wrote to, for the traffic section. */
  const updated: CloudRunDeploy[] = [];
  const tagUrlOf = (d: CloudRunDeploy) => (plan.tag && d.state.after ? tagUri(d.state.after, plan.tag) : undefined);

  /** PATCH the traffic of an update or a promotion (with the service's etag), and follow it. */
  async function writeTraffic(d: CloudRunDeploy, service: Service, shares: TrafficShare[], template: boolean): Promise<void> {
    const { state, target } = d;
    const annotations = { ...(service.annotations ?? {}), [PREVIOUS_TRAFFIC_ANNOTATION]: JSON.stringify(state.snapshot), ...(d.revision ? { [DEPLOYED_REVISION_ANNOTATION]: d.revision } : {}) };
    const body: Service = { name: service.name ?? servicePath(target), etag: service.etag ?? null, annotations, traffic: toTargets(shares), ...(template && state.template ? { template: state.template } : {}) };
    state.pending = await base.within(deadline()).updateService(body, [...(template && state.template ? ['template'] : []), 'traffic', 'annotations']);
    timeline.add(target.key, `update: ${template && state.template ? `new revision ${d.revision}, ` : ''}traffic → ${describeTraffic(shares)}`);
  }

  return {
    words: { ...cloudRunWords, defaultRunbook: '' },
    prepareTitle: 'prepare: read the services and plan the change',
    stages: {
      ...(plan.targets.some((t) => t.migrate) ? { migrate: { title: 'migrate: Cloud Run job', failure: 'the migration could not be run' } } : {}),
      update: { title: 'update: UpdateService (template, traffic)', failure: 'could not update the service' },
      rollout: { title: 'rollout: wait for the revision', failure: 'could not follow the rollout' },
      smoke: { title: plan.noTraffic ? 'smoke: check the new revision on its tag URL' : 'smoke: check the service', failure: 'the smoke checks could not run' },
      ...(plan.noTraffic ? { promote: { title: 'promote: give the new revision its traffic, smoke-check again', failure: 'could not promote the revision' } } : {}),
    },
    prepare: (target) => prepare(plan, target, base, context),
    async migrate(d) {
      d.state.migration = await runMigration({ api: base, target: d.target, template: d.state.template ?? d.state.before.template, image: d.state.image, deadline: deadline(), clock, timeline });
      return d.state.migration;
    },
    async update(d) {
      d.revision = d.state.route.revision;
      updated.push(d);
      try {
        await writeTraffic(d, d.state.before, routeTraffic(d.state.before, d.state.route), true);
      } catch (error) {
        if (error instanceof CloudRunError && error.code === GRPC_CODE.ABORTED) {
          throw new CloudRunError('UpdateService', GRPC_CODE.ABORTED, `${d.target.service} changed since it was read (its etag moved on: someone else deployed or changed it); nothing was overwritten, deploy again (${error.message})`);
        }
        throw error;
      }
    },
    // An etag conflict, a bad request, a refusal: nothing was written.
    refused: (error) => error instanceof CloudRunError && !error.transient && error.code !== undefined,
    async follow(deploys) {
      const outcomes = new Map<CloudRunDeploy, FollowOutcome>();
      await Promise.all(
        deploys.map(async (d) => {
          const result = await followUpdate({ target: d.target, api: base, pending: d.state.pending as PendingOperation, revision: d.revision as string }, waits());
          if (result.service) d.state.after = result.service;
          if (result.revision) d.state.revisionDetail = result.revision;
          outcomes.set(d, result.outcome);
        }),
      );
      return outcomes;
    },
    // A probe that cannot be sent to the tag URL would check the old revision: it waits for the promotion.
    smokeProbes(deploys, probes) {
      return probes.flatMap((p) => {
        const d = deploys.find((x) => x.target.key === p.service && x.promotes) ?? (deploys.length === 1 && deploys[0]?.promotes ? deploys[0] : undefined);
        const tagUrl = d && tagUrlOf(d);
        if (!d || !tagUrl || !d.state.after) return [p];
        const moved = onTagUrl(p, d.state.after, tagUrl);
        if (moved) return [moved];
        const note = `the check on ${p.url.origin} is not on the service's run.app URL and cannot reach the tag URL: it is checked after the traffic moves only`;
        timeline.add(d.target.key, note);
        d.notes.push(note);
        return [];
      });
    },
    async promote(d) {
      const current = await base.within(deadline()).getService(servicePath(d.target));
      const route: Route = { revision: d.revision as string, ...(plan.trafficPercent === undefined ? {} : { percent: plan.trafficPercent }), ...(plan.tag ? { tag: plan.tag } : {}) };
      await writeTraffic(d, current, routeTraffic(current, route), false);
      const result = await followUpdate({ target: d.target, api: base, pending: d.state.pending as PendingOperation, revision: d.revision as string }, waits());
      if (result.outcome.state !== 'completed') throw new Error('reason' in result.outcome ? result.outcome.reason : 'interrupted');
      if (result.service) d.state.after = result.service;
    },
    async diagnose(d) {
      if (d.state.revisionDetail || !d.revision) return;
      d.state.revisionDetail = await base.within(shortRead()).getRevision(`${servicePath(d.target)}/revisions/${d.revision}`);
    },
    async restore(deploys) {
      const own = waits(clock.now() + plan.waitTimeoutMs);
      const moves = new Map<CloudRunDeploy, RestoreMove>();
      await Promise.all(
        deploys.map(async (d) => {
          const to = restoreTraffic(d.state.snapshot, d.state.tagged);
          moves.set(d, await moveTraffic({ target: d.target, api: base, to, label: describeTraffic(d.state.snapshot), ...(d.revision ? { from: d.revision } : {}) }, own));
        }),
      );
      return moves;
    },
    // The final split for the outputs, after a recovery as after a success.
    async recovered(deploys) {
      const by = shortRead();
      for (const d of deploys) d.state.after = await base.within(by).getService(servicePath(d.target));
    },
    cleanup: {
      title: 'report: read the final traffic',
      async run(deploys) {
        const by = shortRead();
        for (const d of deploys) {
          d.state.after = await base.within(by).getService(servicePath(d.target));
          if (pinned(d.state.after)) d.notes.push(`${PINNED_NOTE}: ${describeTraffic(servingSnapshot(d.state.after))}`);
          else if (d.state.wasPinned) d.notes.push('traffic was pinned to revisions before; this deploy routes to latest again');
        }
      },
    },
    planned: (d) => `${d.state.route.revision}${d.state.template ? ' (a new revision)' : ' (no new revision: image and env unchanged)'}, traffic ${describeTraffic(routeTraffic(d.state.before, d.state.route))}`,
    evidence: (d) => deployEvidence(d),
    table: {
      change: 'changes',
      to: (d) => d.revision ?? (d.state.template ? `new ${d.state.route.revision}` : '–'),
      changes: (d) => d.state.changes.join('\n') || 'traffic only',
    },
    planBlock: (d) =>
      [
        `**${d.target.key}** (${servicePath(d.target)})`,
        `- serving: ${describeTraffic(d.state.snapshot)}`,
        ...d.state.changes.map((c) => `- ${c}`),
        `- revision: ${d.state.route.revision}${d.state.template ? '' : ' (no new revision)'}`,
        `- traffic: ${describeTraffic(routeTraffic(d.state.before, d.state.route))}${plan.noTraffic ? `, then after the tag URL's smoke checks: ${plan.trafficPercent ?? 100} %` : ''}`,
        ...(d.target.migrate ? [`- migration: job ${d.target.migrate.job ?? `${d.target.service}-migrate`}: ${d.target.migrate.command.join(' ')}`] : []),
      ].join('\n'),
    failureLines: (d) => [...(d.state.revisionDetail?.conditions ?? []).filter((c) => c.message).map((c) => `- ${c.type}: ${renderCodeSpan(c.message as string)}`), ...(d.state.migration?.logUri ? [`- migration logs: ${d.state.migration.logUri}`] : [])],
    sections: () => [...(updated.length ? [trafficSection(updated)] : []), apiCallsSection(log)],
    outputs: (deploys) => ({
      url: perService(deploys, (d) => d.state.after?.uri ?? d.state.before.uri ?? ''),
      'tag-url': perService(deploys, (d) => tagUrlOf(d) ?? ''),
      traffic: deploys.length === 1 ? trafficJson(deploys[0]?.state.after ?? (deploys[0] as CloudRunDeploy).state.before) : JSON.stringify(Object.fromEntries(deploys.map((d) => [d.target.key, JSON.parse(trafficJson(d.state.after ?? d.state.before))]))),
    }),
  };
}

/** Where traffic ended, and whether it is pinned (new revisions would not take any) or follows the latest again. */
function trafficSection(deploys: readonly CloudRunDeploy[]): { heading: string; body: string } {
  const lines = deploys.map((d) => {
    const now = d.state.after ?? d.state.before;
    const where = `**${d.target.key}**: ${describeTraffic(servingSnapshot(now))}`;
    if (pinned(now)) return `${where}. Traffic is pinned to these revisions: a new revision gets no traffic until a deploy routes to latest again (the next successful deploy without traffic-percent or no-traffic does).`;
    return `${where}${d.state.wasPinned ? '. Traffic was pinned to revisions before; it follows the latest revision again.' : '.'}`;
  });
  return { heading: 'Traffic', body: lines.join('\n') };
}

function deployEvidence(d: CloudRunDeploy): Evidence {
  const { state } = d;
  const evidence: Evidence = {
    project: d.target.project,
    region: d.target.region,
    service: d.target.service,
    from: d.previous,
    to: d.revision ?? null,
    'traffic before': describeTraffic(state.snapshot),
    changes: state.changes.join('; ') || 'traffic only',
  };
  if (state.after) evidence['traffic now'] = describeTraffic(servingSnapshot(state.after));
  if (d.failure) Object.assign(evidence, { stage: d.failure.stage, reason: d.failure.reason });
  if (state.migration) Object.assign(evidence, { migration: state.migration.summary, 'migration logs': state.migration.logUri ?? null });
  if (state.revisionDetail?.conditions?.length) evidence['revision conditions'] = state.revisionDetail.conditions.map((c) => `${c.type}: ${String(c.state)}${c.message ? ` ${c.message}` : ''}`).join('\n');
  if (d.smoke) evidence['smoke checks'] = d.smoke.summary;
  if (d.restore) evidence['rolled back'] = d.restore.summary;
  if (d.notes.length) evidence.notes = d.notes.join('; ');
  return evidence;
}
