import type { protos } from '@google-cloud/run';
import { z } from 'zod';
import { PREVIOUS_TRAFFIC_ANNOTATION } from './deploy.ts';
import { revisionReadiness, shortName, timestampMs } from './service-state.ts';
import { serving, servingSnapshot, taggedAtZero, type TrafficShare } from './traffic.ts';

// Pure parts of a Cloud Run rollback: where `to: previous` goes, how a split is named, the
// traffic written (tags kept where they are) and whether the service serves it.

type Service = protos.google.cloud.run.v2.IService;
type Revision = protos.google.cloud.run.v2.IRevision;

const REVISION_NAME = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;

const previousTraffic = z
  .array(z.object({ revision: z.string().regex(REVISION_NAME), percent: z.number().int().min(0).max(100), tag: z.string().optional() }))
  .refine((shares) => shares.reduce((sum, s) => sum + s.percent, 0) === 100, 'percents must sum to 100');

export type Recorded = { ok: true; shares: TrafficShare[] } | { ok: false; reason: string } | undefined;

/** The split recorded in the annotation (undefined when there is none), or why it cannot be used. */
export function recordedTraffic(svc: Service): Recorded {
  const text = svc.annotations?.[PREVIOUS_TRAFFIC_ANNOTATION];
  if (text === undefined || text === null || text === '') return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: `${PREVIOUS_TRAFFIC_ANNOTATION} is not JSON` };
  }
  const parsed = previousTraffic.safeParse(json);
  if (!parsed.success) return { ok: false, reason: `${PREVIOUS_TRAFFIC_ANNOTATION} is not a traffic split: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  return { ok: true, shares: serving(parsed.data.map(({ revision, percent }) => ({ revision, percent }))) };
}

/** The revisions a split name names. */
export const splitRevisions = (name: string): string[] => name.split(',').map((part) => part.replace(/=\d+$/, ''));

/** A revision that can take traffic: of this service and Ready; else why not. */
export function unusableRevision(rev: Revision, service: string): string | undefined {
  const name = shortName(rev.name);
  const owner = shortName(rev.service);
  if (owner && owner !== service) return `${name} is a revision of service ${owner}, not of ${service}`;
  const readiness = revisionReadiness(rev);
  if (readiness.state === 'failed') return `${name} is not Ready (${readiness.reason}): it cannot serve`;
  if (readiness.state === 'pending') return `${name} is not Ready yet (${readiness.why}): it cannot serve`;
  return undefined;
}

/**
 * Without a recorded split: the newest Ready revision created before the newest one serving now.
 * Never simply "the second newest": a no-traffic preview or a failed revision is no release.
 */
export function newestReadyBefore(revisions: readonly Revision[], servingNow: readonly string[], service: string): Revision | undefined {
  const created = new Map(revisions.map((r) => [shortName(r.name), timestampMs(r.createTime)]));
  const newestServing = Math.max(0, ...servingNow.map((name) => created.get(name) ?? 0));
  return revisions
    .filter((r) => !servingNow.includes(shortName(r.name)) && !r.deleteTime && unusableRevision(r, service) === undefined)
    .filter((r) => newestServing === 0 || timestampMs(r.createTime) < newestServing)
    .sort((a, b) => timestampMs(b.createTime) - timestampMs(a.createTime))[0];
}

/** Every tag the service has, on the revision it is on now. */
export function currentTags(svc: Service): { revision: string; tag: string }[] {
  return [...servingSnapshot(svc), ...taggedAtZero(svc)].flatMap((s) => (s.tag && s.revision ? [{ revision: s.revision, tag: s.tag }] : []));
}

/** The traffic to write: the split as explicit revisions, each existing tag on the revision it is on now (never moved). */
export function withTags(split: readonly TrafficShare[], tags: readonly { revision: string; tag: string }[]): TrafficShare[] {
  const shares: TrafficShare[] = serving(split);
  for (const { revision, tag } of tags) {
    const untagged = shares.find((s) => s.revision === revision && !s.tag);
    if (untagged) untagged.tag = tag;
    else shares.push({ revision, percent: 0, tag });
  }
  return shares;
}
