// A Cloud Run Admin API v2 double on 127.0.0.1 that the real @google-cloud/run client (REST
// fallback, `protocol: 'http'`, PassThroughClient auth) talks to unchanged; see
// /work/shared/reference/cloud-run.md, section 4. It serves services get/list/patch
// (updateMask, etag, validateOnly), revisions list/get, operations get, jobs get/create/patch/:run
// and executions get, in proto3 JSON (int64 as strings; enums as numbers when the request asks
// `enum-encoding=int`, as Google does, names otherwise; both accepted in requests), errors as
// `{error:{code,message,status}}`. Changes reconcile over a few polls, scripted per image; every
// service URI and tag URI is a listener of its own that routes by the traffic split. Faults are
// scripted per request kind: 429 with Retry-After, 503, hangs, lost answers, operations ending in error.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { JobStore, type ExecutionScript, type JobSeed } from './cloud-run/jobs.ts';
import { Operations, type OperationError } from './cloud-run/operations.ts';
import { answerFrom, Listener, NOT_ROUTED, WeightedRoundRobin, type ImageBehaviour, type ServedRequest } from './cloud-run/serving.ts';
import { ServiceStore, type Context, type ImageScript, type ServiceSeed } from './cloud-run/services.ts';
import { ApiError, enumsToInts, enumsToNames, invalid, pageOf, type Json } from './cloud-run/wire.ts';

export type { ExecutionScript, ImageBehaviour, ImageScript, JobSeed, ServedRequest, ServiceSeed };
export type { RevisionSeed, TrafficSeed } from './cloud-run/services.ts';

export type RequestKind =
  | 'ListServices' | 'GetService' | 'UpdateService' | 'ListRevisions' | 'GetRevision' | 'GetOperation'
  | 'GetJob' | 'CreateJob' | 'UpdateJob' | 'RunJob' | 'GetExecution' | 'Unknown';

export const WRITE_KINDS: RequestKind[] = ['UpdateService', 'CreateJob', 'UpdateJob', 'RunJob'];

/**
 * A scripted fault on requests of some kinds:
 * - `throttle`: 429 RESOURCE_EXHAUSTED with `Retry-After` (default 1 s);
 * - `unavailable`: 503 UNAVAILABLE (with `Retry-After` when given);
 * - `hang`: never answered (the socket is closed after `hangMs`, default 60 s, or at close());
 * - `lost-answer`: the request takes effect, then the connection is destroyed before the answer;
 * - `operation-error`: the write is accepted, and its operation ends with `error{code,message}`
 *   (the change does not take effect: the service keeps its last serving state, the execution fails).
 */
export interface Fault {
  kind: 'throttle' | 'unavailable' | 'hang' | 'lost-answer' | 'operation-error';
  /** Request kinds it hits (all when absent). */
  on?: RequestKind[];
  /** It starts once a request of this kind has been answered. */
  after?: RequestKind;
  /** How many requests it hits (all when absent). */
  calls?: number;
  retryAfterSeconds?: number;
  hangMs?: number;
  message?: string;
  /** The gRPC code an `operation-error` ends with (default 13 INTERNAL). */
  code?: number;
}

export interface LoggedRequest {
  kind: RequestKind;
  method: string;
  path: string;
  query: Record<string, string>;
  body: Json;
  /** The scripted fault that answered it, if one did. */
  fault?: Fault['kind'];
}

export interface FakeCloudRunOptions {
  project?: string;
  region?: string;
  services?: ServiceSeed[];
  jobs?: JobSeed[];
  faults?: Fault[];
  /** Polls before a change or an execution finishes (default 2; 0: done in the write's own answer). */
  operationPolls?: number;
  /** Answer enums as names even when the request asks for numbers (both are valid proto3 JSON). */
  enumNames?: boolean;
}

interface FaultState {
  fault: Fault;
  hits: number;
}

const PREFIX = /^\/v2\/projects\/([^/]+)\/locations\/([^/]+)\/(.+)$/;

export class FakeCloudRun {
  readonly requests: LoggedRequest[] = [];
  /** What the service and tag URIs answered, in order. */
  readonly served: ServedRequest[] = [];
  private readonly servedListeners: ((served: ServedRequest) => void)[] = [];
  endpoint = '';
  readonly project: string;
  readonly region: string;
  private readonly server: http.Server;
  private readonly store: ServiceStore;
  private readonly jobStore: JobStore;
  private readonly operations: Operations;
  private readonly images = new Map<string, ImageScript>();
  private readonly executionScripts = new Map<string, ExecutionScript>();
  private readonly behaviours = new Map<string, ImageBehaviour>();
  private readonly listeners = new Map<string, Listener>();
  private readonly tagListeners = new Map<string, Promise<Listener>>();
  private readonly tagUrls = new Map<string, string>();
  private readonly balancers = new Map<string, WeightedRoundRobin>();
  private readonly faults: FaultState[];
  private readonly answered = new Set<RequestKind>();
  private readonly hung = new Set<NodeJS.Timeout>();
  private readonly options: FakeCloudRunOptions;

  constructor(options: FakeCloudRunOptions) {
    this.options = options;
    this.project = options.project ?? 'sagebase-prod';
    this.region = options.region ?? 'asia-northeast1';
    this.operations = new Operations(this.project, this.region);
    const ctx: Context = {
      project: this.project,
      region: this.region,
      operations: this.operations,
      operationPolls: options.operationPolls ?? 2,
      imageScript: (image) => this.images.get(image) ?? {},
      tagUri: (service, tag) => this.tagUrls.get(`${service}/${tag}`),
    };
    this.store = new ServiceStore(ctx);
    this.jobStore = new JobStore(ctx, (image) => this.executionScripts.get(image) ?? {});
    this.faults = (options.faults ?? []).map((fault) => ({ fault, hits: 0 }));
    this.server = http.createServer((req, res) => void this.handle(req, res));
  }

  static async start(options: FakeCloudRunOptions = {}): Promise<FakeCloudRun> {
    const fake = new FakeCloudRun(options);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.endpoint = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    for (const seed of options.services ?? []) {
      const listener = await new Listener((method, path) => fake.route(seed.name, undefined, method, path)).listen();
      fake.listeners.set(seed.name, listener);
      fake.store.seed(seed, listener.url);
      for (const t of seed.traffic ?? []) if (t.tag) await fake.tagListener(seed.name, t.tag);
    }
    for (const seed of options.jobs ?? []) fake.jobStore.seed(seed);
    return fake;
  }

  async close(): Promise<void> {
    for (const timer of this.hung) clearTimeout(timer);
    this.hung.clear();
    const tags = await Promise.all(this.tagListeners.values());
    await Promise.all([...this.listeners.values(), ...tags].map((l) => l.close()));
    await new Promise<void>((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  // --- what tests set and read ---

  /** How a new revision running this image ends its start-up (default: Ready after the polls). */
  scriptImage(image: string, script: ImageScript): void {
    this.images.set(image, script);
  }

  /** How an execution of a job whose container runs this image ends (default: succeeds). */
  scriptExecution(image: string, script: ExecutionScript): void {
    this.executionScripts.set(image, script);
  }

  /** What a revision running this image answers on the service and tag URIs. */
  serve(image: string, behaviour: ImageBehaviour): void {
    this.behaviours.set(image, behaviour);
  }

  /** Adds a fault from now on. */
  fault(fault: Fault): void {
    this.faults.push({ fault, hits: 0 });
  }

  /** Calls `listener` with each request the service and tag URIs serve, before it is answered (to script a fault at that point). */
  onServed(listener: (served: ServedRequest) => void): void {
    this.servedListeners.push(listener);
  }

  /** A concurrent change by someone else: the etag (and generation) move on. */
  changeOutOfBand(service: string): void {
    this.store.changeOutOfBand(this.store.fullName(service));
  }

  serviceUrl(service: string): string {
    const listener = this.listeners.get(service);
    if (!listener) throw new Error(`the Cloud Run double has no service ${service}`);
    return listener.url;
  }

  tagUrl(service: string, tag: string): string | undefined {
    return this.tagUrls.get(`${service}/${tag}`);
  }

  /** The service as GetService answers it (enum names), without moving a change along. */
  service(service: string): Json {
    return this.store.view(this.store.mustService(this.store.fullName(service)));
  }

  /** The service's revisions, oldest first, as GetRevision answers them. */
  revisions(service: string): Json[] {
    return this.store
      .revisionsOf(this.store.fullName(service))
      .sort((a, b) => a.createTime.localeCompare(b.createTime))
      .map((r) => this.store.viewRevision(r));
  }

  /** The split the service URI serves now: short revision names (LATEST resolved) and percents. */
  serving(service: string): { revision: string; percent: number; tag?: string }[] {
    return this.store.split(this.store.mustService(this.store.fullName(service)));
  }

  job(job: string): Json | undefined {
    return this.jobStore.peek(job);
  }

  /** A job's executions, oldest first. */
  executions(job: string): Json[] {
    return this.jobStore.executionsOf(job);
  }

  /** Requests that would change something (writes other than validateOnly), in order. */
  writes(): LoggedRequest[] {
    return this.requests.filter((r) => WRITE_KINDS.includes(r.kind) && r.query.validateOnly !== 'true' && r.body.validateOnly !== true);
  }

  kinds(): RequestKind[] {
    return this.requests.map((r) => r.kind);
  }

  // --- the service and tag URIs ---

  private route(service: string, tag: string | undefined, method: string, path: string): ReturnType<typeof answerFrom> {
    const svc = this.store.mustService(this.store.fullName(service));
    const split = this.store.split(svc);
    let revision: string | undefined;
    if (tag) revision = split.find((s) => s.tag === tag)?.revision;
    else {
      const balancer = this.balancers.get(service) ?? new WeightedRoundRobin();
      this.balancers.set(service, balancer);
      revision = balancer.pick(split);
    }
    const rev = revision ? this.store.revisionByShort(revision) : undefined;
    const image = rev ? String(((rev.template.containers as Json[] | undefined)?.[0] ?? {}).image ?? '') : '';
    const answer = rev ? answerFrom(rev.short, image, rev.state === 'CONDITION_SUCCEEDED', this.behaviours.get(image)) : NOT_ROUTED;
    const served: ServedRequest = { service, ...(tag ? { tag } : {}), ...(rev ? { revision: rev.short } : {}), method, path, status: answer.status };
    this.served.push(served);
    for (const listener of this.servedListeners) listener(served);
    return answer;
  }

  private tagListener(service: string, tag: string): Promise<Listener> {
    const key = `${service}/${tag}`;
    let listener = this.tagListeners.get(key);
    if (!listener) {
      listener = new Listener((method, path) => this.route(service, tag, method, path)).listen().then((l) => {
        this.tagUrls.set(key, l.url);
        return l;
      });
      this.tagListeners.set(key, listener);
    }
    return listener;
  }

  // --- the Admin API ---

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://x');
    const method = req.method ?? 'GET';
    const { kind, name } = this.classify(method, url.pathname);
    const entry: LoggedRequest = { kind, method, path: url.pathname, query: Object.fromEntries(url.searchParams), body: {} };
    this.requests.push(entry);
    const ints = !this.options.enumNames && (url.searchParams.get('$alt') ?? '').includes('enum-encoding=int');
    try {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        entry.body = text ? (JSON.parse(text) as Json) : {};
      } catch {
        throw invalid('Invalid JSON payload received.');
      }
      const fault = this.faultFor(kind);
      if (fault) entry.fault = fault.kind;
      if (fault?.kind === 'throttle') {
        throw new ApiError(429, 'RESOURCE_EXHAUSTED', fault.message ?? "Quota exceeded for quota metric 'Requests' and limit 'Requests per minute' of service 'run.googleapis.com'.", { 'retry-after': String(fault.retryAfterSeconds ?? 1) });
      }
      if (fault?.kind === 'unavailable') {
        throw new ApiError(503, 'UNAVAILABLE', fault.message ?? 'The service is currently unavailable.', fault.retryAfterSeconds !== undefined ? { 'retry-after': String(fault.retryAfterSeconds) } : {});
      }
      if (fault?.kind === 'hang') {
        const timer = setTimeout(() => {
          this.hung.delete(timer);
          req.socket.destroy();
        }, fault.hangMs ?? 60_000);
        this.hung.add(timer);
        return;
      }
      const opFault: OperationError | undefined = fault?.kind === 'operation-error' ? { code: fault.code ?? 13, message: fault.message ?? 'Internal error encountered.' } : undefined;
      const answer = await this.dispatch(kind, name, enumsToNames(entry.body) as Json, url.searchParams, opFault);
      this.answered.add(kind);
      if (fault?.kind === 'lost-answer') {
        req.socket.destroy();
        return;
      }
      this.send(res, 200, ints ? enumsToInts(answer) : answer);
    } catch (error) {
      const e = error instanceof ApiError ? error : new ApiError(500, 'INTERNAL', `the Cloud Run double failed: ${String(error)}`);
      for (const [k, v] of Object.entries(e.headers)) res.setHeader(k, v);
      this.send(res, e.httpStatus, e.body());
    }
  }

  private classify(method: string, path: string): { kind: RequestKind; name: string } {
    const m = PREFIX.exec(path);
    if (!m) return { kind: 'Unknown', name: '' };
    const parent = `projects/${m[1]}/locations/${m[2]}`;
    const rest = m[3] as string;
    const table: [RegExp, string, RequestKind][] = [
      [/^services$/, 'GET', 'ListServices'],
      [/^services\/[^/]+$/, 'GET', 'GetService'],
      [/^services\/[^/]+$/, 'PATCH', 'UpdateService'],
      [/^services\/[^/]+\/revisions$/, 'GET', 'ListRevisions'],
      [/^services\/[^/]+\/revisions\/[^/]+$/, 'GET', 'GetRevision'],
      [/^operations\/[^/]+$/, 'GET', 'GetOperation'],
      [/^jobs$/, 'POST', 'CreateJob'],
      [/^jobs\/[^/:]+$/, 'GET', 'GetJob'],
      [/^jobs\/[^/:]+$/, 'PATCH', 'UpdateJob'],
      [/^jobs\/[^/:]+:run$/, 'POST', 'RunJob'],
      [/^jobs\/[^/]+\/executions\/[^/]+$/, 'GET', 'GetExecution'],
    ];
    const hit = table.find(([re, verb]) => verb === method && re.test(rest));
    return hit ? { kind: hit[2], name: `${parent}/${rest.replace(/:run$/, '')}` } : { kind: 'Unknown', name: '' };
  }

  private async dispatch(kind: RequestKind, name: string, body: Json, query: URLSearchParams, opFault: OperationError | undefined): Promise<Json> {
    switch (kind) {
      case 'ListServices': {
        const page = pageOf(this.store.list(), query);
        return { services: page.items, ...(page.nextPageToken ? { nextPageToken: page.nextPageToken } : {}) };
      }
      case 'GetService':
        return this.store.get(name);
      case 'UpdateService': {
        const service = this.store.mustService(name);
        for (const tag of ServiceStore.tagsIn(body)) await this.tagListener(service.short, tag);
        return this.store.update(name, body, query, opFault);
      }
      case 'ListRevisions': {
        const parent = name.replace(/\/revisions$/, '');
        // No documented order: answer in one that is neither creation order nor its reverse.
        const all = this.store.revisionsOf(parent).sort((a, b) => scramble(a.short) - scramble(b.short));
        const page = pageOf(all.map((r) => this.store.viewRevision(r)), query);
        return { revisions: page.items, ...(page.nextPageToken ? { nextPageToken: page.nextPageToken } : {}) };
      }
      case 'GetRevision':
        return this.store.revision(name.replace(/\/revisions\/[^/]+$/, ''), name);
      case 'GetOperation': {
        const op = this.operations.poll(name);
        if (!op) throw new ApiError(404, 'NOT_FOUND', `Operation '${name}' not found.`);
        return op;
      }
      case 'GetJob':
        return this.jobStore.get(name);
      case 'CreateJob':
        return this.jobStore.create(name.replace(/\/jobs$/, ''), body, query);
      case 'UpdateJob':
        return this.jobStore.update(name, body, query);
      case 'RunJob':
        return this.jobStore.run(name, body, opFault);
      case 'GetExecution':
        return this.jobStore.getExecution(name);
      default:
        throw new ApiError(404, 'NOT_FOUND', `The requested URL was not found on this server.`);
    }
  }

  private faultFor(kind: RequestKind): Fault | undefined {
    for (const state of this.faults) {
      const { fault } = state;
      if (fault.on && !fault.on.includes(kind)) continue;
      if (fault.after && !this.answered.has(fault.after)) continue;
      if (fault.calls !== undefined && state.hits >= fault.calls) continue;
      state.hits++;
      return fault;
    }
    return undefined;
  }

  private send(res: http.ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' }).end(JSON.stringify(body));
  }
}

/** A stable pseudo-random rank of a name (FNV-1a). */
function scramble(name: string): number {
  let h = 0x811c9dc5;
  for (const c of name) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}
