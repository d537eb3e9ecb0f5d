import type { protos } from '@google-cloud/run';
import { shortName } from './service-state.ts';

type Service = protos.google.cloud.run.v2.IService;
type TrafficTarget = protos.google.cloud.run.v2.ITrafficTarget;

/** One traffic target: a revision by short name, or LATEST when `revision` is absent. */
export interface TrafficShare {
  revision?: string;
  percent: number;
  tag?: string;
}

const LATEST = 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST';
const REVISION = 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION';
const isLatest = (type: unknown): boolean => type === LATEST || type === 1;

/** Every traffic status as explicit revisions: LATEST is the latest ready revision's short name. */
function statuses(svc: Service): (TrafficShare & { revision: string })[] {
  const latest = shortName(svc.latestReadyRevision);
  return (svc.trafficStatuses ?? []).map((s) => ({
    revision: isLatest(s.type) ? latest : shortName(s.revision),
    percent: Number(s.percent ?? 0),
    ...(s.tag ? { tag: s.tag } : {}),
  }));
}

/** What serves now (percent > 0), by explicit revision, tags kept: what a failed deploy goes back to. */
export function servingSnapshot(svc: Service): TrafficShare[] {
  return statuses(svc).filter((s) => s.percent > 0);
}

/** Tagged revisions that get no traffic: their tags are kept by every traffic change. */
export function taggedAtZero(svc: Service): TrafficShare[] {
  return statuses(svc).filter((s) => s.percent === 0 && s.tag);
}

/** Whether traffic is pinned to revisions: new revisions would not get any. */
export function pinned(svc: Service): boolean {
  return !(svc.traffic ?? []).some((t) => isLatest(t.type) && Number(t.percent ?? 0) > 0);
}

/**
 * `percent` % for `revision`, the rest shared by the revisions serving before in their old
 * proportions: integers summing to 100 (largest remainder). Tags stay on their revisions.
 */
export function canarySplit(serving: readonly TrafficShare[], revision: string, percent: number): TrafficShare[] {
  const others = serving.filter((s) => s.revision !== revision && s.percent > 0);
  const rest = 100 - percent;
  const total = others.reduce((sum, s) => sum + s.percent, 0);
  if (others.length === 0 || total === 0 || rest === 0) return [{ revision, percent: 100 }];
  const exact = others.map((s) => (s.percent * rest) / total);
  const shares = exact.map(Math.floor);
  // The points lost to rounding go to the largest remainders, earlier revisions first on a tie.
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  const lost = rest - shares.reduce((a, b) => a + b, 0);
  for (const { i } of byRemainder.slice(0, lost)) shares[i] = (shares[i] as number) + 1;
  const split = others.map((s, i) => ({ ...s, percent: shares[i] as number })).filter((s) => s.percent > 0 || s.tag);
  return [{ revision, percent }, ...split];
}

/** Adds the tags at 0 % that `shares` do not carry, never a tag given twice (`newTag` names the new revision). */
export function keepTags(shares: readonly TrafficShare[], tagged: readonly TrafficShare[], newTag?: string): TrafficShare[] {
  const carried = new Set(shares.flatMap((s) => (s.tag ? [s.tag] : [])));
  const kept = tagged.filter((t) => t.tag && t.tag !== newTag && !carried.has(t.tag)).map((t) => ({ revision: t.revision as string, percent: 0, tag: t.tag as string }));
  return [...shares.map((s) => (s.tag && s.tag === newTag && s.revision !== undefined ? { revision: s.revision, percent: s.percent } : s)), ...kept];
}

export interface Route {
  /** The new revision's short name. */
  revision: string;
  /** 0: no traffic (the serving split kept); 1–99: a canary; absent or 100: LATEST 100 %. */
  percent?: number;
  tag?: string;
}

/**
 * The traffic of a deploy: LATEST 100 % (following the latest again after a pinned rollback), a
 * canary split, or the serving split kept with the new revision at 0 %. The new revision carries
 * `tag`; every other tag stays where it is.
 */
export function routeTraffic(svc: Service, route: Route): TrafficShare[] {
  const serving = servingSnapshot(svc);
  const everyTag = statuses(svc).filter((s) => s.tag);
  let shares: TrafficShare[];
  if (route.percent === 0) shares = serving.map((s) => ({ ...s }));
  else if (route.percent === undefined || route.percent === 100) shares = [{ percent: 100 }];
  else shares = canarySplit(serving, route.revision, route.percent);
  // Serving shares keep their tags; a tag on a share that moved to LATEST stays on its revision at 0 %.
  shares = keepTags(shares, everyTag, route.tag);
  if (route.tag) {
    const own = shares.find((s) => s.revision === route.revision && !s.tag);
    if (own) own.tag = route.tag;
    else shares.push({ revision: route.revision, percent: 0, tag: route.tag });
  }
  return shares;
}

/** The traffic a failed deploy writes back: the snapshot as explicit revisions, every tag kept. */
export function restoreTraffic(snapshot: readonly TrafficShare[], tagged: readonly TrafficShare[]): TrafficShare[] {
  return keepTags(
    snapshot.map((s) => ({ ...s })),
    tagged,
  );
}

/** Shares as the API's traffic targets. */
export function toTargets(shares: readonly TrafficShare[]): TrafficTarget[] {
  return shares.map((s) =>
    s.revision === undefined ? { type: LATEST, percent: s.percent, ...(s.tag ? { tag: s.tag } : {}) } : { type: REVISION, revision: s.revision, percent: s.percent, ...(s.tag ? { tag: s.tag } : {}) },
  );
}

/** `svc-00002-new 10 %, svc-00001-old 90 % (tag stable)` / `LATEST 100 %`. */
export function describeTraffic(shares: readonly TrafficShare[]): string {
  return shares.map((s) => `${s.revision ?? 'LATEST'} ${s.percent} %${s.tag ? ` (tag ${s.tag})` : ''}`).join(', ') || 'none';
}

/** The final split as the `traffic` output's JSON. */
export function trafficJson(svc: Service): string {
  return JSON.stringify(statuses(svc).map((s) => ({ revision: s.revision, percent: s.percent, ...(s.tag ? { tag: s.tag } : {}) })));
}

/** The URI a tag is served on. */
export function tagUri(svc: Service, tag: string): string | undefined {
  return (svc.trafficStatuses ?? []).find((s) => s.tag === tag)?.uri ?? undefined;
}

/** The shares that take traffic, one per revision (LATEST has been mapped to a name before), biggest first. */
export function serving(shares: readonly TrafficShare[]): TrafficShare[] {
  const byRevision = new Map<string, number>();
  for (const s of shares) if (s.revision && s.percent > 0) byRevision.set(s.revision, (byRevision.get(s.revision) ?? 0) + s.percent);
  return [...byRevision].map(([revision, percent]) => ({ revision, percent })).sort((a, b) => b.percent - a.percent || (a.revision < b.revision ? -1 : 1));
}

/** `svc-00041-xyz` alone at 100 %, else gcloud's `--to-revisions` form `svc-00042-abc=90,svc-00041-xyz=10`. */
export function splitName(shares: readonly TrafficShare[]): string {
  const [only, ...rest] = serving(shares);
  if (only && rest.length === 0 && only.percent === 100) return only.revision as string;
  return serving(shares).map((s) => `${s.revision}=${s.percent}`).join(',');
}

/** Whether the service serves the split written (revisions and percents, tags and 0 % shares aside). */
export const servesSplit = (svc: Service, split: readonly TrafficShare[]): boolean => splitName(servingSnapshot(svc)) === splitName(split);
