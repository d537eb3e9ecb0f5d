// Services and revisions in the Cloud Run double, with the rules the Admin API v2 applies to an
// UpdateService: updateMask, etag, validateOnly, a new revision only when the template changed,
// traffic validation, and reconciliation over a few polls that keeps the last serving state on failure.
import type { OperationError, Operations, Progress, Reconciled } from './operations.ts';
import { settle, tick } from './operations.ts';
import { ApiError, condition, etag, invalid, isoTime, notFound, reasonField, sameJson, suffix, uid, type Json } from './wire.ts';

/** How a new revision running this image ends its start-up. */
export interface ImageScript {
  /** Default true. */
  ready?: boolean;
  /** A Condition.RevisionReason or CommonReason, as `HEALTH_CHECK_CONTAINER_ERROR` or `HealthCheckContainerError`. */
  reason?: string;
  message?: string;
  /** Polls before the revision is Ready or failed (default: the double's `operationPolls`). */
  afterPolls?: number;
}

export interface RevisionSeed {
  /** Short name, `<service>-…` (e.g. `sagebase-00041-xyz`). */
  name: string;
  image: string;
  env?: Record<string, string>;
  /** Default: the seeds are an hour apart, the last one an hour ago. */
  createdAgoSeconds?: number;
  /** Default true; false with the failure's reason and message. */
  ready?: boolean;
  reason?: string;
  message?: string;
}

export interface TrafficSeed {
  /** A revision's short name; absent: LATEST. */
  revision?: string;
  percent: number;
  tag?: string;
}

export interface ServiceSeed {
  name: string;
  /** Oldest first; the service's template is the last one's. */
  revisions: RevisionSeed[];
  /** Default LATEST 100 %. Not validated, so a seed can serve from a revision that is not Ready. */
  traffic?: TrafficSeed[];
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  /** The service's terminalCondition as found (default from its newest revision). */
  terminalCondition?: { state: 'CONDITION_FAILED' | 'CONDITION_SUCCEEDED' | 'CONDITION_RECONCILING'; reason?: string; message?: string };
}

export interface Revision {
  name: string;
  short: string;
  service: string;
  template: Json;
  createTime: string;
  updateTime: string;
  uid: string;
  etag: string;
  state: 'CONDITION_RECONCILING' | 'CONDITION_SUCCEEDED' | 'CONDITION_FAILED';
  reason?: Json;
  message?: string;
}

export interface TrafficStatus {
  type: string;
  revision?: string;
  percent: number;
  tag?: string;
}

export interface Service extends Reconciled {
  conditions: Json[];
  latestReadyRevision: string;
  latestCreatedRevision: string;
  trafficStatuses: TrafficStatus[];
  uri: string;
}

/** What the stores share: where they live, operations, scripts, and the listeners' URLs. */
export interface Context {
  project: string;
  region: string;
  operations: Operations;
  operationPolls: number;
  imageScript(image: string): ImageScript;
  tagUri(service: string, tag: string): string | undefined;
}

const LATEST = 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST';
const REVISION = 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION';
const WRITABLE = new Set([
  'description', 'labels', 'annotations', 'client', 'clientVersion', 'ingress', 'launchStage', 'binaryAuthorization', 'template', 'traffic', 'scaling',
  'invokerIamDisabled', 'defaultUriDisabled', 'customAudiences', 'iapEnabled', 'multiRegionSettings', 'buildConfig',
]);
const TAG = /^[a-z]([-a-z0-9]{0,44}[a-z0-9])?$/;
const HOUR = 3_600_000;
/** The code Cloud Run's UpdateService operation ends with when the revision cannot serve. */
const RECONCILE_FAILED_CODE = 13;

export const camel = (path: string): string => path.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
const imageOf = (template: Json): string => String(((template.containers as Json[] | undefined)?.[0] ?? {}).image ?? '');

function getPath(obj: Json, path: string[]): unknown {
  let at: unknown = obj;
  for (const key of path) at = at && typeof at === 'object' ? (at as Json)[key] : undefined;
  return at;
}

function setPath(obj: Json, path: string[], value: unknown): void {
  let at = obj;
  for (const key of path.slice(0, -1)) {
    if (!at[key] || typeof at[key] !== 'object') at[key] = {};
    at = at[key] as Json;
  }
  const last = path[path.length - 1] as string;
  if (value === undefined) delete at[last];
  else at[last] = structuredClone(value);
}

export class ServiceStore {
  readonly services = new Map<string, Service>();
  readonly revisions = new Map<string, Revision>();
  private readonly ctx: Context;

  constructor(ctx: Context) {
    this.ctx = ctx;
  }

  private get parent(): string {
    return `projects/${this.ctx.project}/locations/${this.ctx.region}`;
  }

  fullName(short: string): string {
    return `${this.parent}/services/${short}`;
  }

  seed(seed: ServiceSeed, uri: string): Service {
    if (seed.revisions.length === 0) throw new Error(`the Cloud Run double: service ${seed.name} needs at least one revision`);
    const now = Date.now();
    const name = this.fullName(seed.name);
    let newest: Revision | undefined;
    let newestReady: Revision | undefined;
    seed.revisions.forEach((r, i) => {
      const created = isoTime(now - (r.createdAgoSeconds !== undefined ? r.createdAgoSeconds * 1000 : (seed.revisions.length - i) * HOUR));
      const template = { containers: [{ image: r.image, ...(r.env ? { env: Object.entries(r.env).map(([k, value]) => ({ name: k, value })) } : {}) }] };
      const failed = r.ready === false;
      const rev = this.addRevision(seed.name, r.name, template, created);
      rev.state = failed ? 'CONDITION_FAILED' : 'CONDITION_SUCCEEDED';
      if (failed) Object.assign(rev, { ...(r.reason ? { reason: reasonField(r.reason) } : {}), message: r.message ?? 'The user-provided container failed to start and listen on the port defined provided by the PORT=8080 environment variable.' });
      newest = rev;
      if (!failed) newestReady = rev;
    });
    const last = newest as Revision;
    const traffic = (seed.traffic ?? [{ percent: 100 }]).map((t) => ({ type: t.revision ? REVISION : LATEST, percent: t.percent, ...(t.revision ? { revision: t.revision } : {}), ...(t.tag ? { tag: t.tag } : {}) }));
    const generation = seed.revisions.length;
    const svc: Service = {
      name, short: seed.name, uid: uid(),
      spec: { labels: seed.labels ?? {}, annotations: seed.annotations ?? {}, ingress: 'INGRESS_TRAFFIC_ALL', launchStage: 'GA', template: structuredClone(last.template), traffic },
      generation,
      observedGeneration: last.state === 'CONDITION_FAILED' ? generation - 1 : generation,
      createTime: isoTime(now - (seed.revisions.length + 1) * HOUR),
      updateTime: last.createTime,
      terminalCondition: {},
      conditions: [],
      latestReadyRevision: newestReady?.short ?? '',
      latestCreatedRevision: last.short,
      trafficStatuses: traffic.map((t) => ({ ...t })),
      reconciling: false,
      etag: etag(),
      uri,
    };
    const t = seed.terminalCondition;
    if (t) this.setConditions(svc, t.state, { ...(t.reason ? reasonField(t.reason) : {}), ...(t.message ? { message: t.message } : {}) });
    else if (last.state === 'CONDITION_FAILED') this.setConditions(svc, 'CONDITION_FAILED', this.revisionFailure(last));
    else this.setConditions(svc, 'CONDITION_SUCCEEDED');
    this.services.set(name, svc);
    return svc;
  }

  mustService(name: string): Service {
    const svc = this.services.get(name);
    if (!svc) throw notFound('SERVICE', name.split('/').pop() as string, this.ctx.project, this.ctx.region);
    return svc;
  }

  /** GetService: one poll of a change in progress. */
  get(name: string): Json {
    const svc = this.mustService(name);
    tick(svc.pending);
    return this.view(svc);
  }

  list(): Json[] {
    return [...this.services.values()].map((s) => this.view(s));
  }

  /** A revision of this service, by full name; 404 for one of another service. */
  revision(service: string, name: string): Json {
    this.mustService(service);
    const rev = this.revisions.get(name);
    if (!rev || this.fullName(rev.service) !== service) throw notFound('REVISION', name.split('/').pop() as string, this.ctx.project, this.ctx.region);
    return this.viewRevision(rev);
  }

  revisionsOf(service: string): Revision[] {
    this.mustService(service);
    return [...this.revisions.values()].filter((r) => this.fullName(r.service) === service);
  }

  /** The tags the traffic of this body names (their listeners must exist before the change is applied). */
  static tagsIn(body: Json): string[] {
    const traffic = Array.isArray(body.traffic) ? (body.traffic as Json[]) : [];
    return traffic.flatMap((t) => (typeof t.tag === 'string' && t.tag ? [t.tag] : []));
  }

  /** UpdateService: PATCH with updateMask, etag and validateOnly. `body` has enum names. */
  update(name: string, body: Json, query: URLSearchParams, fault?: OperationError): Json {
    const svc = this.mustService(name);
    if (body.name !== undefined && body.name !== name) throw invalid(`service.name '${String(body.name)}' does not match the URL's '${name}'`);
    const spec = this.merged(svc, body, query.getAll('updateMask').flatMap((m) => m.split(',')).map((p) => camel(p.trim())).filter(Boolean));
    const oldTemplate = svc.spec.template as Json;
    const newTemplate = (spec.template ?? {}) as Json;
    const templateChanged = !sameJson(oldTemplate, newTemplate);
    const revisionName = templateChanged ? this.newRevisionName(svc, newTemplate) : undefined;
    this.validateTraffic(svc, spec.traffic as Json[], revisionName);
    if (typeof body.etag === 'string' && body.etag && body.etag !== svc.etag) {
      throw new ApiError(409, 'ABORTED', `Conflict for resource '${svc.short}': version '${body.etag}' was specified but current version is '${svc.etag}'.`);
    }
    if (query.get('validateOnly') === 'true') {
      const preview = { ...this.view(svc), ...spec };
      return this.ctx.operations.start('Service', () => preview, { pollsLeft: 0, done: false, finish: () => undefined });
    }
    if (svc.pending) settle(svc.pending);
    const now = isoTime();
    svc.spec = spec;
    svc.generation++;
    svc.etag = etag();
    svc.updateTime = now;
    svc.reconciling = true;
    let created: Revision | undefined;
    if (revisionName) {
      const template = structuredClone(newTemplate);
      delete template.revision;
      created = this.addRevision(svc.short, revisionName, template, now);
      svc.latestCreatedRevision = revisionName;
    }
    this.setConditions(svc, 'CONDITION_RECONCILING');
    const script = created ? this.ctx.imageScript(imageOf(created.template)) : {};
    const progress: Progress = {
      pollsLeft: script.afterPolls ?? this.ctx.operationPolls,
      done: false,
      finish: () => this.finish(svc, created, script, fault),
    };
    svc.pending = progress;
    return this.ctx.operations.start('Service', () => this.view(svc), progress);
  }

  /** Someone else changed the service (a console edit): its etag and generation move on. */
  changeOutOfBand(name: string): void {
    const svc = this.mustService(name);
    if (svc.pending) settle(svc.pending);
    svc.generation++;
    svc.observedGeneration = svc.generation;
    svc.etag = etag();
    svc.updateTime = isoTime();
  }

  /** The spec after the PATCH: the masked paths from the body, or every writable field without a mask. */
  private merged(svc: Service, body: Json, mask: string[]): Json {
    const spec = structuredClone(svc.spec);
    const paths = mask.length > 0 ? mask : [...WRITABLE];
    for (const path of paths) {
      const segments = path.split('.');
      if (!WRITABLE.has(segments[0] as string)) throw invalid(`Invalid field mask path '${path}': not a field of Service that can be updated`);
      setPath(spec, segments, getPath(body, segments));
    }
    const traffic = Array.isArray(spec.traffic) ? (spec.traffic as Json[]) : [];
    // As the API does: no traffic means all of it to the latest ready revision.
    spec.traffic = traffic.length > 0 ? traffic : [{ type: LATEST, percent: 100 }];
    if (!spec.template || typeof spec.template !== 'object' || !imageOf(spec.template as Json)) throw invalid('service.template.containers[0].image is required');
    return spec;
  }

  private newRevisionName(svc: Service, template: Json): string {
    const wanted = typeof template.revision === 'string' ? template.revision : '';
    if (wanted) {
      if (!wanted.startsWith(`${svc.short}-`)) throw invalid(`Revision name must be prefixed by the name of the enclosing Service or Configuration with a trailing -: '${wanted}'`);
      if (!/^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/.test(wanted)) throw invalid(`Invalid revision name '${wanted}': lowercase letters, digits and hyphens, at most 63 characters`);
      if (this.revisionByShort(wanted)) {
        throw new ApiError(409, 'ALREADY_EXISTS', `Revision named '${wanted}' with different configuration already exists.`);
      }
      return wanted;
    }
    const numbers = this.revisionsOf(svc.name).map((r) => Number(/-(\d{5})-[a-z]{3}$/.exec(r.short)?.[1] ?? 0));
    const next = Math.max(this.revisionsOf(svc.name).length, ...numbers) + 1;
    return `${svc.short}-${String(next).padStart(5, '0')}-${suffix(3)}`;
  }

  private validateTraffic(svc: Service, traffic: Json[], creating: string | undefined): void {
    const own = new Set(this.revisionsOf(svc.name).map((r) => r.short));
    if (creating) own.add(creating);
    const tags = new Set<string>();
    let sum = 0;
    traffic.forEach((t, i) => {
      const at = `traffic[${i}]`;
      if (t.type !== LATEST && t.type !== REVISION) throw invalid(`${at}.type must be ${LATEST} or ${REVISION}`);
      const percent = t.percent ?? 0;
      if (typeof percent !== 'number' || !Number.isInteger(percent) || percent < 0 || percent > 100) throw invalid(`${at}.percent must be an integer from 0 to 100`);
      sum += percent;
      if (t.type === REVISION) {
        if (typeof t.revision !== 'string' || !t.revision) throw invalid(`${at}.revision is required for ${REVISION}`);
        if (!own.has(t.revision)) throw invalid(`Revision '${t.revision}' referenced in traffic not found: it is not a revision of service '${svc.short}'.`);
      } else if (t.revision) throw invalid(`${at}.revision must be empty for ${LATEST}`);
      if (t.tag !== undefined && t.tag !== '') {
        if (typeof t.tag !== 'string' || !TAG.test(t.tag)) throw invalid(`${at}.tag '${String(t.tag)}' is not a valid tag: lowercase letters, digits and hyphens`);
        if (tags.has(t.tag)) throw invalid(`Tag '${t.tag}' is used more than once in traffic.`);
        tags.add(t.tag);
      }
    });
    if (sum !== 100) throw invalid(`Traffic targets sum to ${sum}, want 100.`);
  }

  /** The end of a reconcile: success follows the traffic; failure keeps the last serving state. */
  private finish(svc: Service, created: Revision | undefined, script: ImageScript, fault: OperationError | undefined): OperationError | undefined {
    svc.pending = undefined;
    svc.reconciling = false;
    const now = isoTime();
    if (created) created.updateTime = now;
    if (fault) {
      if (created) Object.assign(created, { state: 'CONDITION_FAILED', reason: { reason: 'INTERNAL' }, message: fault.message });
      this.setConditions(svc, 'CONDITION_FAILED', { reason: 'INTERNAL', message: fault.message });
      return fault;
    }
    if (created && script.ready === false) {
      Object.assign(created, {
        state: 'CONDITION_FAILED',
        ...(script.reason ? { reason: reasonField(script.reason) } : {}),
        message: script.message ?? 'The user-provided container failed to start and listen on the port defined provided by the PORT=8080 environment variable.',
      });
      const failure = this.revisionFailure(created);
      this.setConditions(svc, 'CONDITION_FAILED', failure);
      return { code: RECONCILE_FAILED_CODE, message: String(failure.message) };
    }
    if (created) created.state = 'CONDITION_SUCCEEDED';
    const latestReady = created?.short ?? svc.latestReadyRevision;
    const traffic = svc.spec.traffic as Json[];
    const unready = traffic.find((t) => (t.percent as number) > 0 && t.type === REVISION && this.revisionByShort(String(t.revision))?.state !== 'CONDITION_SUCCEEDED');
    if (unready) {
      const failure = this.revisionFailure(this.revisionByShort(String(unready.revision)) as Revision);
      this.setConditions(svc, 'CONDITION_FAILED', failure);
      return { code: RECONCILE_FAILED_CODE, message: String(failure.message) };
    }
    svc.latestReadyRevision = latestReady;
    svc.trafficStatuses = traffic.map((t) => ({ type: String(t.type), percent: (t.percent as number | undefined) ?? 0, ...(t.revision ? { revision: String(t.revision) } : {}), ...(t.tag ? { tag: String(t.tag) } : {}) }));
    svc.observedGeneration = svc.generation;
    this.setConditions(svc, 'CONDITION_SUCCEEDED');
    return undefined;
  }

  private revisionFailure(rev: Revision): Json {
    return { reason: 'REVISION_FAILED', message: `Revision '${rev.short}' is not ready and cannot serve traffic. ${rev.message ?? ''}`.trim() };
  }

  private setConditions(svc: Service, state: string, extra: Json = {}): void {
    svc.terminalCondition = condition('Ready', state, extra);
    svc.conditions = [condition('RoutesReady', state, state === 'CONDITION_FAILED' ? extra : {}), condition('ConfigurationsReady', state, state === 'CONDITION_FAILED' ? extra : {})];
  }

  revisionByShort(short: string): Revision | undefined {
    return [...this.revisions.values()].find((r) => r.short === short);
  }

  private addRevision(service: string, short: string, template: Json, created: string): Revision {
    const rev: Revision = { name: `${this.fullName(service)}/revisions/${short}`, short, service, template: structuredClone(template), createTime: created, updateTime: created, uid: uid(), etag: etag(), state: 'CONDITION_RECONCILING' };
    this.revisions.set(rev.name, rev);
    return rev;
  }

  /** The split the service URI serves: LATEST resolved to the latest ready revision. */
  split(svc: Service): { revision: string; percent: number; tag?: string }[] {
    return svc.trafficStatuses.map((t) => ({ revision: t.type === LATEST ? svc.latestReadyRevision : (t.revision as string), percent: t.percent, ...(t.tag ? { tag: t.tag } : {}) }));
  }

  view(svc: Service): Json {
    return {
      name: svc.name,
      uid: svc.uid,
      generation: String(svc.generation),
      createTime: svc.createTime,
      updateTime: svc.updateTime,
      creator: 'deployer@example.iam.gserviceaccount.com',
      lastModifier: 'deployer@example.iam.gserviceaccount.com',
      ...structuredClone(svc.spec),
      observedGeneration: String(svc.observedGeneration),
      terminalCondition: svc.terminalCondition,
      conditions: svc.conditions,
      ...(svc.latestReadyRevision ? { latestReadyRevision: `${svc.name}/revisions/${svc.latestReadyRevision}` } : {}),
      latestCreatedRevision: `${svc.name}/revisions/${svc.latestCreatedRevision}`,
      trafficStatuses: svc.trafficStatuses.map((t) => {
        const uri = t.tag ? this.ctx.tagUri(svc.short, t.tag) : undefined;
        return { ...t, ...(uri ? { uri } : {}) };
      }),
      uri: svc.uri,
      urls: [svc.uri],
      reconciling: svc.reconciling,
      etag: svc.etag,
    };
  }

  viewRevision(rev: Revision): Json {
    const failed = rev.state === 'CONDITION_FAILED';
    const detail: Json = failed ? { ...rev.reason, message: rev.message } : {};
    return {
      name: rev.name,
      uid: rev.uid,
      generation: '1',
      createTime: rev.createTime,
      updateTime: rev.updateTime,
      launchStage: 'GA',
      service: this.fullName(rev.service),
      ...structuredClone(rev.template),
      reconciling: rev.state === 'CONDITION_RECONCILING',
      conditions: [
        condition('Ready', rev.state, detail),
        condition('ContainerHealthy', rev.state, detail),
        condition('ResourcesAvailable', rev.state === 'CONDITION_RECONCILING' ? 'CONDITION_RECONCILING' : 'CONDITION_SUCCEEDED'),
      ],
      observedGeneration: '1',
      logUri: `https://console.cloud.google.com/logs/viewer?project=${this.ctx.project}&resource=cloud_run_revision/service_name/${rev.service}/revision_name/${rev.short}`,
      etag: rev.etag,
    };
  }
}
