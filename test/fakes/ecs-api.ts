// An ECS API double on 127.0.0.1 that speaks AWS JSON 1.1 the way ECS does (see
// /work/shared/reference/ecs.md), so the real @aws-sdk/client-ecs reaches it unchanged through
// AWS_ENDPOINT_URL_ECS. Rollouts are scripted per test: they complete, trip the circuit breaker
// (ECS rolls back when the service's circuit breaker has rollback on), or stay stuck; the first K
// calls can be throttled, and scripted faults (`faults`) give brownouts of 503s or throttling,
// connection resets, hung requests, endless pagination and malformed answers. It also answers CloudWatch Logs' GetLogEvents (JSON 1.1, target
// Logs_20140328) for the awslogs streams of migration tasks, reached through
// AWS_ENDPOINT_URL_CLOUDWATCH_LOGS.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

type Json = Record<string, unknown>;

/** How one deployment of a service ends. Each new deployment takes the next script. */
export interface RolloutScript {
  outcome: 'complete' | 'fail' | 'stuck';
  /** DescribeServices calls that see the deployment before it ends (default 1). */
  afterPolls?: number;
  /** Or the time since the deployment was created. */
  afterMs?: number;
  /**
   * With `fail` on a service whose circuit breaker has rollback on: DescribeServices calls that see
   * the FAILED deployment before ECS's rollback deployment appears (default 0: in the same answer).
   */
  ecsRollbackAfterPolls?: number;
  /** When ECS rolls back: the failed deployment stays as INACTIVE or disappears from the list. */
  failedDeployment?: 'inactive' | 'gone';
  /** The failing tasks' stoppedReason, container exit code and reason. */
  stoppedReason?: string;
  exitCode?: number;
  containerReason?: string;
  /** A service event ECS adds when the deployment fails (e.g. one quoting a container's message). */
  failureEvent?: string;
}

export interface MigrationScript {
  exitCode: number;
  /** DescribeTasks calls before the task is STOPPED (default 2). */
  afterPolls?: number;
  containerReason?: string;
  /** What the container printed, for GetLogEvents on its awslogs stream. */
  output?: string[];
}

export interface ServiceSeed {
  cluster: string;
  name: string;
  /** `family:revision` of a seeded task definition. */
  taskDefinition: string;
  desiredCount?: number;
  /** Default both on; with rollback on, ECS rolls a failed deployment back by itself. */
  circuitBreaker?: { enable: boolean; rollback: boolean };
  /** false: no rolloutState fields (a service behind a Classic Load Balancer). */
  rolloutState?: boolean;
  rollouts?: RolloutScript[];
  /** The state status-check reads, as it is when the test starts. */
  state?: ServiceStateSeed;
  /** The ALB target group the service registers its tasks with. */
  targetGroupArn?: string;
}

/** A service as the morning inspection finds it (all optional: by default ACTIVE, every task running, steady). */
export interface ServiceStateSeed {
  status?: 'ACTIVE' | 'DRAINING' | 'INACTIVE';
  runningCount?: number;
  /** Its only deployment has been IN_PROGRESS for this many seconds. */
  inProgressForSeconds?: number;
  /** Service events, oldest first, each this many seconds ago. */
  events?: { agoSeconds: number; message: string }[];
}

export interface FakeEcsOptions {
  region?: string;
  clusters: string[];
  /** RegisterTaskDefinition bodies, registered in order (revisions 1, 2, … per family). */
  taskDefinitions: Json[];
  /** `family:revision`s deregistered before the test starts. */
  inactive?: string[];
  services: ServiceSeed[];
  /** RUNNING tasks of other services or standalone tasks: `{cluster, taskDefinition: 'family:rev'}`. */
  runningTasks?: { cluster: string; taskDefinition: string }[];
  throttle?: { first: number; ops?: string[] };
  migrations?: MigrationScript[];
  faults?: Fault[];
  /** CloudWatch Logs events by log group, for FilterLogEvents: each this many seconds ago. */
  logGroups?: Record<string, { agoSeconds: number; message: string; stream?: string }[]>;
  /** Events per FilterLogEvents page (the real API gives up to 10,000, or 1 MB). */
  logsPageSize?: number;
}

/**
 * A scripted fault on some requests, as ECS gives them during a brownout:
 * - `unavailable`: HTTP 503 ServiceUnavailableException (with `Retry-After` when given);
 * - `throttle`: 400 ThrottlingException "Rate exceeded";
 * - `reset`: the connection is closed without an answer;
 * - `hang`: the request is read and never answered (the socket is closed after `hangMs`, 60 s by
 *   default, or when the double closes: the fault is bounded);
 * - `endless-pages`: List* answers carry a `nextToken` forever;
 * - `malformed-events`: DescribeServices gives service events whose `message` is a number;
 * - `access-denied`: 400 AccessDeniedException, as IAM words it for a role without the action.
 */
export interface Fault {
  kind: 'unavailable' | 'throttle' | 'reset' | 'hang' | 'endless-pages' | 'malformed-events' | 'access-denied';
  /** Operations it hits (all when absent). */
  ops?: string[];
  /** It starts once this operation has been answered (e.g. `UpdateService`); at once when absent. */
  after?: string;
  /** How many requests it hits (all when absent)… */
  calls?: number;
  /** …or for how long once it starts. */
  ms?: number;
  retryAfterSeconds?: number;
  hangMs?: number;
  /** The error text of an `unavailable` answer (default "Service Unavailable"). */
  message?: string;
}

export interface LoggedRequest {
  op: string;
  body: Json;
  /** The region of the SigV4 credential scope. */
  region: string;
  throttled: boolean;
  /** The scripted fault that answered it, if one did. */
  fault?: Fault['kind'];
}

interface FaultState {
  fault: Fault;
  hits: number;
  startedAt?: number;
}

interface TaskDef {
  def: Json;
  family: string;
  revision: number;
  arn: string;
  status: 'ACTIVE' | 'INACTIVE';
  registeredAt: number;
  deregisteredAt?: number;
  tags: Json[];
}

interface Deployment {
  id: string;
  status: 'PRIMARY' | 'ACTIVE' | 'INACTIVE';
  taskDefinition: string;
  desiredCount: number;
  pendingCount: number;
  runningCount: number;
  failedTasks: number;
  createdAt: number;
  updatedAt: number;
  rolloutState?: 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';
  rolloutStateReason?: string;
  inProgress: boolean;
  polls: number;
  script: RolloutScript;
}

interface Svc {
  name: string;
  cluster: string;
  desiredCount: number;
  taskDefinition: string;
  deployments: Deployment[];
  events: { id: string; createdAt: number; message: string }[];
  scripts: RolloutScript[];
  lastCompleted: string;
  circuitBreaker: { enable: boolean; rollback: boolean };
  /** ECS's rollback of a FAILED deployment, due after this many more DescribeServices calls. */
  pendingRollback?: { failed: Deployment; polls: number };
  rolloutState: boolean;
  createdAt: number;
  status: 'ACTIVE' | 'DRAINING' | 'INACTIVE';
  targetGroupArn?: string;
}

interface TaskRec {
  arn: string;
  cluster: string;
  taskDefinitionArn: string;
  group: string;
  startedBy?: string;
  lastStatus: string;
  desiredStatus: string;
  stopCode?: string;
  stoppedReason?: string;
  containers: { name: string; lastStatus: string; exitCode?: number; reason?: string }[];
  createdAt: number;
  stoppedAt?: number;
  overrides?: unknown;
  polls: number;
  migration?: MigrationScript;
}

const ACCOUNT = '123456789012';
const TARGET_PREFIX = 'AmazonEC2ContainerServiceV20141113.';
const LOGS_PREFIX = 'Logs_20140328.';
export const WRITE_OPS = ['RegisterTaskDefinition', 'DeregisterTaskDefinition', 'UpdateService', 'RunTask', 'StopTask', 'CreateService', 'DeleteService'];
const REGISTRABLE = new Set([
  'family', 'taskRoleArn', 'executionRoleArn', 'networkMode', 'containerDefinitions', 'volumes', 'placementConstraints', 'requiresCompatibilities', 'cpu', 'memory',
  'tags', 'pidMode', 'ipcMode', 'proxyConfiguration', 'inferenceAccelerators', 'ephemeralStorage', 'runtimePlatform', 'enableFaultInjection',
]);

// No parameter properties here or below: the benchmark imports this file with node's type stripping.
class ApiError extends Error {
  readonly type: string;
  readonly status: number;

  constructor(type: string, message: string, status = 400) {
    super(message);
    this.type = type;
    this.status = status;
  }
}

const now = (): number => Date.now() / 1000;
const str = (body: Json, key: string): string | undefined => (typeof body[key] === 'string' ? (body[key] as string) : undefined);
const nameOf = (ref: string): string => ref.split('/').pop() as string;

export class FakeEcs {
  readonly requests: LoggedRequest[] = [];
  /** When each scripted rollout completed (ms since epoch, the scripted moment for `afterMs`). */
  readonly completions: { service: string; deploymentId: string; at: number }[] = [];
  url = '';
  private readonly server: http.Server;
  private readonly region: string;
  private readonly clusters: Set<string>;
  private readonly defs: TaskDef[] = [];
  private readonly services: Svc[] = [];
  private readonly tasks: TaskRec[] = [];
  private readonly migrations: MigrationScript[];
  private throttled = 0;
  private nextId = 0;
  private readonly faults: FaultState[];
  private readonly answered = new Set<string>();
  private readonly hung = new Set<NodeJS.Timeout>();
  private readonly options: FakeEcsOptions;

  constructor(options: FakeEcsOptions) {
    this.options = options;
    this.region = options.region ?? 'ap-northeast-1';
    this.clusters = new Set(options.clusters);
    this.migrations = [...(options.migrations ?? [])];
    this.faults = (options.faults ?? []).map((fault) => ({ fault, hits: 0 }));
    for (const def of options.taskDefinitions) this.register(def);
    for (const ref of options.inactive ?? []) this.deregister(ref);
    for (const seed of options.services) this.seed(seed);
    for (const t of options.runningTasks ?? []) this.startTask(t.cluster, this.mustFind(t.taskDefinition).arn, `family:${t.taskDefinition.split(':')[0]}`);
    this.server = http.createServer((req, res) => void this.handle(req, res));
  }

  static async start(options: FakeEcsOptions): Promise<FakeEcs> {
    const fake = new FakeEcs(options);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    return fake;
  }

  /** What the SDK needs to reach this double unchanged. */
  env(): Record<string, string> {
    return { AWS_ENDPOINT_URL_ECS: this.url, AWS_ENDPOINT_URL_CLOUDWATCH_LOGS: this.url, AWS_REGION: this.region, AWS_ACCESS_KEY_ID: 'AKIDTEST', AWS_SECRET_ACCESS_KEY: 'test-secret', AWS_EC2_METADATA_DISABLED: 'true' };
  }

  close(): Promise<void> {
    for (const timer of this.hung) clearTimeout(timer);
    this.hung.clear();
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  /** Operation names in order, throttled attempts included. */
  ops(): string[] {
    return this.requests.map((r) => r.op);
  }

  writes(): string[] {
    return this.ops().filter((op) => WRITE_OPS.includes(op));
  }

  bodies(op: string): Json[] {
    return this.requests.filter((r) => r.op === op && !r.throttled && !r.fault).map((r) => r.body);
  }

  /** The requests a scripted fault answered (or left unanswered), in order. */
  faulted(): { op: string; fault: Fault['kind'] }[] {
    return this.requests.flatMap((r) => (r.fault ? [{ op: r.op, fault: r.fault }] : []));
  }

  /** The service's current task definition as `family:revision` (no polling side effects). */
  serviceRevision(cluster: string, name: string): string {
    return this.label(this.mustService(cluster, name).taskDefinition);
  }

  /** The revision whose tasks serve traffic: the last one whose rollout completed. */
  servingRevision(cluster: string, name: string): string {
    return this.label(this.mustService(cluster, name).lastCompleted);
  }

  taskDefinition(ref: string): Json | undefined {
    const td = this.find(ref);
    return td ? this.viewDef(td) : undefined;
  }

  /** `family:revision` of every task definition with that status. */
  revisions(status: 'ACTIVE' | 'INACTIVE'): string[] {
    return this.defs.filter((d) => d.status === status).map((d) => `${d.family}:${d.revision}`);
  }

  // --- the wire protocol ---

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const target = String(req.headers['x-amz-target'] ?? '');
    const logsOp = [`${LOGS_PREFIX}GetLogEvents`, `${LOGS_PREFIX}FilterLogEvents`].includes(target) ? target.slice(LOGS_PREFIX.length) : '';
    const op = target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : logsOp;
    const region = /Credential=[^/]+\/\d{8}\/([^/]+)\/(?:ecs|logs)\//.exec(String(req.headers.authorization ?? ''))?.[1] ?? '';
    let body: Json = {};
    const entry: LoggedRequest = { op, body, region, throttled: false };
    this.requests.push(entry);
    try {
      if (req.method !== 'POST' || !op) throw new ApiError('UnknownOperationException', `expected POST / with X-Amz-Target ${TARGET_PREFIX}<Operation>`);
      if (!String(req.headers['content-type'] ?? '').startsWith('application/x-amz-json-1.1')) throw new ApiError('SerializationException', 'expected Content-Type application/x-amz-json-1.1');
      if (!String(req.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256 ')) throw new ApiError('MissingAuthenticationTokenException', 'Missing Authentication Token');
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Json;
        entry.body = body;
      } catch {
        throw new ApiError('SerializationException', 'Start of structure or map found where not expected.');
      }
      const throttle = this.options.throttle;
      if (throttle && this.throttled < throttle.first && (!throttle.ops || throttle.ops.includes(op))) {
        this.throttled++;
        entry.throttled = true;
        throw new ApiError('ThrottlingException', 'Rate exceeded');
      }
      const fault = this.faultFor(op);
      if (fault) entry.fault = fault.kind;
      if (fault?.kind === 'unavailable') {
        if (fault.retryAfterSeconds !== undefined) res.setHeader('retry-after', String(fault.retryAfterSeconds));
        throw new ApiError('ServiceUnavailableException', fault.message ?? 'Service Unavailable', 503);
      }
      if (fault?.kind === 'throttle') throw new ApiError('ThrottlingException', 'Rate exceeded');
      if (fault?.kind === 'access-denied') {
        const action = `${op === 'FilterLogEvents' || op === 'GetLogEvents' ? 'logs' : 'ecs'}:${op}`;
        throw new ApiError('AccessDeniedException', `User: arn:aws:sts::${ACCOUNT}:assumed-role/runbook-ci/GitHubActions is not authorized to perform: ${action} because no identity-based policy allows the ${action} action`);
      }
      if (fault?.kind === 'reset') {
        req.socket.destroy();
        return;
      }
      if (fault?.kind === 'hang') {
        const timer = setTimeout(() => {
          this.hung.delete(timer);
          req.socket.destroy();
        }, fault.hangMs ?? 60_000);
        this.hung.add(timer);
        return;
      }
      const answer = this.dispatch(op, body);
      if (fault?.kind === 'endless-pages') answer.nextToken = Buffer.from('0').toString('base64');
      if (fault?.kind === 'malformed-events') for (const svc of (answer.services as Json[] | undefined) ?? []) svc.events = (svc.events as Json[]).map((e) => ({ ...e, message: 42 }));
      this.answered.add(op);
      this.send(res, 200, answer);
    } catch (error) {
      const e = error instanceof ApiError ? error : new ApiError('ServerException', String(error), 500);
      res.setHeader('x-amzn-ErrorType', e.type);
      this.send(res, e.status, { __type: e.type, message: e.message });
    }
  }

  /** The fault that hits this request, counted; none once its calls or time are used up. */
  private faultFor(op: string): Fault | undefined {
    for (const state of this.faults) {
      const { fault } = state;
      if (fault.ops && !fault.ops.includes(op)) continue;
      if (fault.after && !this.answered.has(fault.after)) continue;
      state.startedAt ??= Date.now();
      if (fault.calls !== undefined && state.hits >= fault.calls) continue;
      if (fault.ms !== undefined && Date.now() - state.startedAt >= fault.ms) continue;
      state.hits++;
      return fault;
    }
    return undefined;
  }

  private send(res: http.ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-RequestId': randomBytes(16).toString('hex') }).end(JSON.stringify(body));
  }

  private dispatch(op: string, body: Json): Json {
    switch (op) {
      case 'DescribeServices':
        return this.describeServices(body);
      case 'UpdateService':
        return this.updateService(body);
      case 'RegisterTaskDefinition':
        return this.registerTaskDefinition(body);
      case 'DescribeTaskDefinition':
        return this.describeTaskDefinition(body);
      case 'ListTaskDefinitions':
        return this.listTaskDefinitions(body);
      case 'DeregisterTaskDefinition':
        return { taskDefinition: this.viewDef(this.deregister(str(body, 'taskDefinition') ?? '')) };
      case 'RunTask':
        return this.runTask(body);
      case 'StopTask':
        return this.stopTask(body);
      case 'DescribeTasks':
        return this.describeTasks(body);
      case 'ListTasks':
        return this.listTasks(body);
      case 'GetLogEvents':
        return this.getLogEvents(body);
      case 'FilterLogEvents':
        return this.filterLogEvents(body);
      default:
        throw new ApiError('UnknownOperationException', `the ECS double does not implement ${op}`);
    }
  }

  // --- clusters and services ---

  private clusterOf(body: Json): string {
    const cluster = nameOf(str(body, 'cluster') ?? 'default');
    if (!this.clusters.has(cluster)) throw new ApiError('ClusterNotFoundException', 'Cluster not found.');
    return cluster;
  }

  private mustService(cluster: string, name: string): Svc {
    const svc = this.services.find((s) => s.cluster === cluster && s.name === nameOf(name));
    if (!svc) throw new Error(`no service ${cluster}/${name} in the double`);
    return svc;
  }

  private seed(seed: ServiceSeed): void {
    const td = this.mustFind(seed.taskDefinition);
    const desiredCount = seed.desiredCount ?? 2;
    const created = now() - 86_400;
    const svc: Svc = {
      name: seed.name,
      cluster: seed.cluster,
      desiredCount,
      taskDefinition: td.arn,
      deployments: [],
      events: [],
      scripts: [...(seed.rollouts ?? [])],
      lastCompleted: td.arn,
      circuitBreaker: seed.circuitBreaker ?? { enable: true, rollback: true },
      rolloutState: seed.rolloutState ?? true,
      createdAt: created,
      status: seed.state?.status ?? 'ACTIVE',
      ...(seed.targetGroupArn ? { targetGroupArn: seed.targetGroupArn } : {}),
    };
    const id = this.deploymentId();
    svc.deployments.push({
      id, status: 'PRIMARY', taskDefinition: td.arn, desiredCount, pendingCount: 0, runningCount: desiredCount, failedTasks: 0, createdAt: created, updatedAt: created,
      ...(svc.rolloutState ? { rolloutState: 'COMPLETED' as const, rolloutStateReason: `ECS deployment ${id} completed.` } : {}),
      inProgress: false, polls: 0, script: { outcome: 'complete' },
    });
    this.event(svc, `(service ${svc.name}) has reached a steady state.`, created);
    this.services.push(svc);
    const running = seed.state?.runningCount ?? desiredCount;
    for (let i = 0; i < running; i++) this.startTask(svc.cluster, td.arn, `service:${svc.name}`);
    if (seed.state) this.seedState(svc, seed.state);
  }

  private seedState(svc: Svc, state: ServiceStateSeed): void {
    const [d] = svc.deployments as [Deployment];
    if (state.runningCount !== undefined) d.runningCount = state.runningCount;
    if (state.inProgressForSeconds !== undefined) {
      Object.assign(d, { createdAt: now() - state.inProgressForSeconds, updatedAt: now() - state.inProgressForSeconds });
      if (svc.rolloutState) Object.assign(d, { rolloutState: 'IN_PROGRESS', rolloutStateReason: 'ECS deployment in progress.' });
    }
    for (const e of state.events ?? []) this.event(svc, e.message, now() - e.agoSeconds);
  }

  private describeServices(body: Json): Json {
    const cluster = this.clusterOf(body);
    const names = Array.isArray(body.services) ? (body.services as string[]) : [];
    if (names.length === 0 || names.length > 10) throw new ApiError('InvalidParameterException', 'services must contain from 1 to 10 names.');
    const services: Json[] = [];
    const failures: Json[] = [];
    for (const ref of names) {
      const svc = this.services.find((s) => s.cluster === cluster && s.name === nameOf(ref));
      if (!svc) {
        failures.push({ arn: `arn:aws:ecs:${this.region}:${ACCOUNT}:service/${cluster}/${nameOf(ref)}`, reason: 'MISSING' });
        continue;
      }
      this.advancePendingRollback(svc);
      this.advance(svc);
      services.push(this.viewService(svc));
    }
    return { services, failures };
  }

  private updateService(body: Json): Json {
    const cluster = this.clusterOf(body);
    const svc = this.services.find((s) => s.cluster === cluster && s.name === nameOf(str(body, 'service') ?? ''));
    if (!svc) throw new ApiError('ServiceNotFoundException', 'Service not found.');
    const ref = str(body, 'taskDefinition');
    let arn: string | undefined;
    if (ref) {
      const td = this.find(ref);
      if (!td) throw new ApiError('ClientException', 'Unable to describe task definition.');
      if (td.status !== 'ACTIVE') throw new ApiError('ClientException', `TaskDefinition is inactive`);
      arn = td.arn;
    }
    if (typeof body.desiredCount === 'number') svc.desiredCount = body.desiredCount;
    const primary = svc.deployments.find((d) => d.status === 'PRIMARY');
    if ((arn && arn !== primary?.taskDefinition) || body.forceNewDeployment === true) this.startDeployment(svc, arn ?? (primary?.taskDefinition as string), svc.scripts.shift() ?? { outcome: 'complete' });
    return { service: this.viewService(svc) };
  }

  private startDeployment(svc: Svc, taskDefinition: string, script: RolloutScript): Deployment {
    for (const d of svc.deployments) if (d.status === 'PRIMARY') d.status = 'ACTIVE';
    const t = now();
    const deployment: Deployment = {
      id: this.deploymentId(), status: 'PRIMARY', taskDefinition, desiredCount: svc.desiredCount, pendingCount: 0, runningCount: 0, failedTasks: 0, createdAt: t, updatedAt: t,
      ...(svc.rolloutState ? { rolloutState: 'IN_PROGRESS' as const, rolloutStateReason: 'ECS deployment in progress.' } : {}),
      inProgress: true, polls: 0, script,
    };
    svc.deployments.unshift(deployment);
    svc.taskDefinition = taskDefinition;
    return deployment;
  }

  /** Moves the in-progress deployment along its script; called when a poll sees the service. */
  private advance(svc: Svc): void {
    const d = svc.deployments.find((x) => x.inProgress);
    if (!d) return;
    d.polls++;
    const { script } = d;
    if (d.polls === 1) {
      d.pendingCount = d.desiredCount;
      this.event(svc, `(service ${svc.name}) has started ${d.desiredCount} tasks: ${this.taskIds(d.desiredCount)}.`);
    }
    if (script.outcome === 'stuck') {
      if (d.failedTasks < 6) {
        this.stopFailedTask(svc, d);
        d.failedTasks++;
        this.event(svc, `(service ${svc.name}) has started 1 tasks: ${this.taskIds(1)}.`);
      }
      return;
    }
    const dueAt = script.afterMs === undefined ? undefined : d.createdAt * 1000 + script.afterMs;
    const due = dueAt === undefined ? d.polls >= (script.afterPolls ?? 1) : Date.now() >= dueAt;
    if (!due) return;
    if (script.outcome === 'complete') this.complete(svc, d, dueAt ?? Date.now());
    else this.failDeployment(svc, d);
  }

  private complete(svc: Svc, d: Deployment, at: number): void {
    d.inProgress = false;
    d.runningCount = d.desiredCount;
    d.pendingCount = 0;
    d.updatedAt = at / 1000;
    if (svc.rolloutState) Object.assign(d, { rolloutState: 'COMPLETED', rolloutStateReason: `ECS deployment ${d.id} completed.` });
    svc.deployments = [d];
    svc.taskDefinition = d.taskDefinition;
    svc.lastCompleted = d.taskDefinition;
    for (const t of this.tasks.filter((x) => x.cluster === svc.cluster && x.group === `service:${svc.name}` && x.lastStatus === 'RUNNING')) {
      this.stop(t, 'ServiceSchedulerInitiated', `Scaling activity initiated by (deployment ${d.id})`, { exitCode: 0 });
    }
    for (let i = 0; i < d.desiredCount; i++) this.startTask(svc.cluster, d.taskDefinition, `service:${svc.name}`);
    this.event(svc, `(service ${svc.name}) (deployment ${d.id}) deployment completed.`);
    this.event(svc, `(service ${svc.name}) has reached a steady state.`);
    this.completions.push({ service: svc.name, deploymentId: d.id, at });
  }

  private failDeployment(svc: Svc, d: Deployment): void {
    const { script } = d;
    d.inProgress = false;
    for (let i = 0; i < 3; i++) this.stopFailedTask(svc, d);
    d.failedTasks = 3;
    d.pendingCount = 0;
    d.updatedAt = now();
    Object.assign(d, { rolloutState: 'FAILED', rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.' });
    this.event(svc, `(service ${svc.name}) (deployment ${d.id}) deployment failed: tasks failed to start.`);
    if (script.failureEvent) this.event(svc, `(service ${svc.name}) ${script.failureEvent}`);
    if (!svc.circuitBreaker.enable || !svc.circuitBreaker.rollback) return;
    const polls = script.ecsRollbackAfterPolls ?? 0;
    if (polls > 0) svc.pendingRollback = { failed: d, polls };
    else this.ecsRollback(svc, d);
  }

  /** A delayed rollback by ECS comes even when the client started its own rollback meanwhile. */
  private advancePendingRollback(svc: Svc): void {
    const pending = svc.pendingRollback;
    if (!pending || --pending.polls > 0) return;
    delete svc.pendingRollback;
    this.ecsRollback(svc, pending.failed);
  }

  /** ECS's circuit breaker starts a new PRIMARY deployment on the last completed revision. */
  private ecsRollback(svc: Svc, failed: Deployment): void {
    const rollback = this.startDeployment(svc, svc.lastCompleted, { outcome: 'complete', afterPolls: 1 });
    if (failed.script.failedDeployment === 'gone') svc.deployments = svc.deployments.filter((x) => x !== failed);
    else failed.status = 'INACTIVE';
    this.event(svc, `(service ${svc.name}) rolling back to deployment ${rollback.id}.`);
  }

  private stopFailedTask(svc: Svc, d: Deployment): void {
    const script = d.script;
    const task = this.startTask(svc.cluster, d.taskDefinition, `service:${svc.name}`);
    this.stop(task, 'EssentialContainerExited', script.stoppedReason ?? 'Essential container in task exited', { exitCode: script.exitCode ?? 1, ...(script.containerReason ? { reason: script.containerReason } : {}) });
  }

  private event(svc: Svc, message: string, at = now()): void {
    svc.events.unshift({ id: randomBytes(16).toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-'), createdAt: at, message });
    svc.events.length = Math.min(svc.events.length, 100);
  }

  private viewService(svc: Svc): Json {
    const primary = svc.deployments.find((d) => d.status === 'PRIMARY');
    return {
      serviceArn: `arn:aws:ecs:${this.region}:${ACCOUNT}:service/${svc.cluster}/${svc.name}`,
      serviceName: svc.name,
      clusterArn: this.clusterArn(svc.cluster),
      status: svc.status,
      desiredCount: svc.desiredCount,
      runningCount: svc.deployments.reduce((n, d) => n + d.runningCount, 0),
      pendingCount: svc.deployments.reduce((n, d) => n + d.pendingCount, 0),
      launchType: 'FARGATE',
      platformVersion: 'LATEST',
      loadBalancers: svc.targetGroupArn ? [{ targetGroupArn: svc.targetGroupArn, containerName: 'app', containerPort: 8000 }] : [],
      taskDefinition: primary?.taskDefinition ?? svc.taskDefinition,
      deploymentConfiguration: { maximumPercent: 200, minimumHealthyPercent: 100, deploymentCircuitBreaker: svc.circuitBreaker },
      deployments: svc.deployments.map((d) => ({
        id: d.id, status: d.status, taskDefinition: d.taskDefinition, desiredCount: d.desiredCount, pendingCount: d.pendingCount, runningCount: d.runningCount,
        failedTasks: d.failedTasks, createdAt: d.createdAt, updatedAt: d.updatedAt, launchType: 'FARGATE', platformVersion: '1.4.0',
        ...(svc.rolloutState && d.rolloutState ? { rolloutState: d.rolloutState, rolloutStateReason: d.rolloutStateReason } : {}),
      })),
      events: svc.events.map((e) => ({ ...e })),
      createdAt: svc.createdAt,
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d'], securityGroups: ['sg-0a1b2c3d'], assignPublicIp: 'DISABLED' } },
      schedulingStrategy: 'REPLICA',
      deploymentController: { type: 'ECS' },
    };
  }

  // --- task definitions ---

  private find(ref: string): TaskDef | undefined {
    const name = ref.startsWith('arn:') ? ref.slice(ref.indexOf('task-definition/') + 'task-definition/'.length) : ref;
    const [family, revision] = name.split(':');
    const ofFamily = this.defs.filter((d) => d.family === family);
    if (revision === undefined) return ofFamily.filter((d) => d.status === 'ACTIVE').at(-1);
    return ofFamily.find((d) => d.revision === Number(revision));
  }

  private mustFind(ref: string): TaskDef {
    const td = this.find(ref);
    if (!td) throw new Error(`no task definition ${ref} in the double`);
    return td;
  }

  private label(arn: string): string {
    const td = this.mustFind(arn);
    return `${td.family}:${td.revision}`;
  }

  private register(body: Json): TaskDef {
    const unknown = Object.keys(body).find((k) => !REGISTRABLE.has(k));
    if (unknown) throw new ApiError('ClientException', `Unexpected key '${unknown}' found in params.`);
    const family = str(body, 'family');
    const containers = body.containerDefinitions;
    if (!family || !/^[A-Za-z0-9_-]{1,255}$/.test(family)) throw new ApiError('ClientException', 'Family contains invalid characters.');
    if (!Array.isArray(containers) || containers.length === 0 || !containers.every((c: Json) => typeof c.name === 'string' && typeof c.image === 'string')) {
      throw new ApiError('ClientException', 'Container definitions must have a name and an image.');
    }
    const revision = Math.max(0, ...this.defs.filter((d) => d.family === family).map((d) => d.revision)) + 1;
    const { tags, ...def } = body;
    const td: TaskDef = {
      def: structuredClone(def), family, revision, arn: `arn:aws:ecs:${this.region}:${ACCOUNT}:task-definition/${family}:${revision}`, status: 'ACTIVE', registeredAt: now(),
      tags: Array.isArray(tags) ? (tags as Json[]) : [],
    };
    this.defs.push(td);
    return td;
  }

  private viewDef(td: TaskDef): Json {
    const fargate = Array.isArray(td.def.requiresCompatibilities) && td.def.requiresCompatibilities.includes('FARGATE');
    return {
      ...structuredClone(td.def), taskDefinitionArn: td.arn, family: td.family, revision: td.revision, status: td.status,
      requiresAttributes: [{ name: 'com.amazonaws.ecs.capability.task-iam-role' }], compatibilities: fargate ? ['EC2', 'FARGATE'] : ['EC2'],
      registeredAt: td.registeredAt, registeredBy: `arn:aws:sts::${ACCOUNT}:assumed-role/github-deploy/runbook`,
      ...(td.deregisteredAt ? { deregisteredAt: td.deregisteredAt } : {}),
    };
  }

  private registerTaskDefinition(body: Json): Json {
    const td = this.register(body);
    return { taskDefinition: this.viewDef(td), tags: td.tags };
  }

  private describeTaskDefinition(body: Json): Json {
    const td = this.find(str(body, 'taskDefinition') ?? '');
    if (!td) throw new ApiError('ClientException', 'Unable to describe task definition.');
    const include = Array.isArray(body.include) ? body.include : [];
    return { taskDefinition: this.viewDef(td), ...(include.includes('TAGS') ? { tags: td.tags } : {}) };
  }

  private listTaskDefinitions(body: Json): Json {
    const family = str(body, 'familyPrefix');
    const status = str(body, 'status') ?? 'ACTIVE';
    const sorted = this.defs
      .filter((d) => (!family || d.family === family) && d.status === status)
      .sort((a, b) => a.family.localeCompare(b.family) || a.revision - b.revision);
    if (str(body, 'sort') === 'DESC') sorted.reverse();
    return this.page(sorted.map((d) => d.arn), body, 'taskDefinitionArns');
  }

  private deregister(ref: string): TaskDef {
    const name = ref.startsWith('arn:') ? nameOf(ref) : ref;
    if (!/:\d+$/.test(name)) throw new ApiError('ClientException', 'Invalid revision number. Number: ');
    const td = this.find(ref);
    if (!td) throw new ApiError('ClientException', 'The specified task definition does not exist.');
    td.status = 'INACTIVE';
    td.deregisteredAt = now();
    return td;
  }

  private page(items: string[], body: Json, key: string): Json {
    const max = typeof body.maxResults === 'number' ? body.maxResults : 100;
    if (max < 1 || max > 100) throw new ApiError('InvalidParameterException', 'maxResults must be between 1 and 100.');
    const start = body.nextToken ? Number(Buffer.from(String(body.nextToken), 'base64').toString()) : 0;
    const slice = items.slice(start, start + max);
    const more = start + max < items.length;
    return { [key]: slice, ...(more ? { nextToken: Buffer.from(String(start + max)).toString('base64') } : {}) };
  }

  // --- tasks ---

  private startTask(cluster: string, taskDefinitionArn: string, group: string): TaskRec {
    const td = this.mustFind(taskDefinitionArn);
    const task: TaskRec = {
      arn: `arn:aws:ecs:${this.region}:${ACCOUNT}:task/${cluster}/${randomBytes(16).toString('hex')}`,
      cluster, taskDefinitionArn: td.arn, group, lastStatus: 'RUNNING', desiredStatus: 'RUNNING', createdAt: now(), polls: 0,
      containers: (td.def.containerDefinitions as Json[]).map((c) => ({ name: String(c.name), lastStatus: 'RUNNING' })),
    };
    this.tasks.push(task);
    return task;
  }

  /** Stops a task; `exit` is what its main container ended with (the others exit 0). */
  private stop(task: TaskRec, stopCode: string, stoppedReason: string, exit: { container?: string; exitCode: number; reason?: string }): void {
    Object.assign(task, { lastStatus: 'STOPPED', desiredStatus: 'STOPPED', stopCode, stoppedReason, stoppedAt: now() });
    const main = exit.container ?? task.containers[0]?.name;
    for (const c of task.containers) {
      Object.assign(c, { lastStatus: 'STOPPED', exitCode: c.name === main ? exit.exitCode : 0, ...(c.name === main && exit.reason ? { reason: exit.reason } : {}) });
    }
  }

  private runTask(body: Json): Json {
    const cluster = this.clusterOf(body);
    const td = this.find(str(body, 'taskDefinition') ?? '');
    if (!td) throw new ApiError('ClientException', 'Unable to describe task definition.');
    if (td.status !== 'ACTIVE') throw new ApiError('ClientException', 'TaskDefinition is inactive');
    const task = this.startTask(cluster, td.arn, `family:${td.family}`);
    Object.assign(task, { lastStatus: 'PROVISIONING', overrides: body.overrides, migration: this.migrations.shift() ?? { exitCode: 0 } });
    const startedBy = str(body, 'startedBy');
    if (startedBy) task.startedBy = startedBy;
    return { tasks: [this.viewTask(task)], failures: [] };
  }

  private stopTask(body: Json): Json {
    const cluster = this.clusterOf(body);
    const ref = str(body, 'task') ?? '';
    const task = this.tasks.find((t) => t.cluster === cluster && (t.arn === ref || nameOf(t.arn) === ref));
    if (!task) throw new ApiError('InvalidParameterException', 'The referenced task was not found.');
    if (task.lastStatus !== 'STOPPED') this.stop(task, 'UserInitiated', str(body, 'reason') ?? 'Task stopped by user', { exitCode: 143 });
    return { task: this.viewTask(task) };
  }

  private describeTasks(body: Json): Json {
    const cluster = this.clusterOf(body);
    const arns = Array.isArray(body.tasks) ? (body.tasks as string[]) : [];
    if (arns.length === 0 || arns.length > 100) throw new ApiError('InvalidParameterException', 'tasks must contain from 1 to 100 ids.');
    const tasks: Json[] = [];
    const failures: Json[] = [];
    for (const arn of arns) {
      const task = this.tasks.find((t) => t.cluster === cluster && (t.arn === arn || nameOf(t.arn) === arn));
      if (!task) {
        failures.push({ arn, reason: 'MISSING' });
        continue;
      }
      this.advanceMigration(task);
      tasks.push(this.viewTask(task));
    }
    return { tasks, failures };
  }

  private advanceMigration(task: TaskRec): void {
    const script = task.migration;
    if (!script || task.lastStatus === 'STOPPED') return;
    task.polls++;
    if (task.polls >= (script.afterPolls ?? 2)) {
      const container = (task.overrides as { containerOverrides?: { name?: string }[] } | undefined)?.containerOverrides?.[0]?.name;
      this.stop(task, 'EssentialContainerExited', 'Essential container in task exited', { exitCode: script.exitCode, ...(container ? { container } : {}), ...(script.containerReason ? { reason: script.containerReason } : {}) });
    } else {
      task.lastStatus = task.polls === 1 ? 'PENDING' : 'RUNNING';
    }
  }

  /** The newest `limit` lines of a migration task's awslogs stream (`prefix/container/task id`). */
  private getLogEvents(body: Json): Json {
    const group = str(body, 'logGroupName');
    const stream = str(body, 'logStreamName') ?? '';
    const task = this.tasks.find((t) => {
      const container = (t.overrides as { containerOverrides?: { name?: string }[] } | undefined)?.containerOverrides?.[0]?.name;
      const options = ((this.mustFind(t.taskDefinitionArn).def.containerDefinitions as Json[]).find((c) => c.name === container)?.logConfiguration as { options?: Record<string, string> } | undefined)?.options;
      return t.migration && options?.['awslogs-group'] === group && stream === `${options?.['awslogs-stream-prefix']}/${container}/${t.arn.split('/').pop()}`;
    });
    if (!task) throw new ApiError('ResourceNotFoundException', 'The specified log stream does not exist.');
    const limit = Number(body.limit ?? 10_000);
    const lines = task.migration?.output ?? [];
    const events = (body.startFromHead === true ? lines.slice(0, limit) : lines.slice(-limit)).map((message, i) => ({ timestamp: Math.round(task.createdAt * 1000) + i, message, ingestionTime: Math.round(task.createdAt * 1000) + i + 5 }));
    return { events, nextForwardToken: `f/${lines.length}`, nextBackwardToken: 'b/0' };
  }

  /**
   * FilterLogEvents over the seeded groups: startTime/endTime in epoch milliseconds, and the
   * filter pattern's term forms (`ERROR` all terms, `?ERROR ?FATAL` any, `"a phrase"`), case-sensitive.
   */
  private filterLogEvents(body: Json): Json {
    const group = str(body, 'logGroupName') ?? '';
    const seeded = this.options.logGroups?.[group];
    if (!seeded) throw new ApiError('ResourceNotFoundException', 'The specified log group does not exist.');
    const terms = [...(str(body, 'filterPattern') ?? '').matchAll(/(\?)?(?:"([^"]*)"|(\S+))/g)].map((m) => ({ any: m[1] === '?', text: m[2] ?? m[3] ?? '' }));
    const matches = (message: string): boolean => {
      const any = terms.filter((t) => t.any);
      const all = terms.filter((t) => !t.any);
      return all.every((t) => message.includes(t.text)) && (any.length === 0 || any.some((t) => message.includes(t.text)));
    };
    const startTime = Number(body.startTime ?? 0);
    const endTime = Number(body.endTime ?? Number.MAX_SAFE_INTEGER);
    const nowMs = Date.now();
    const events = seeded
      .map((e, i) => ({ timestamp: Math.round(nowMs - e.agoSeconds * 1000), message: e.message, logStreamName: e.stream ?? 'ecs/app/0123456789abcdef', eventId: String(i), ingestionTime: Math.round(nowMs - e.agoSeconds * 1000) + 5 }))
      .filter((e) => e.timestamp >= startTime && e.timestamp <= endTime && matches(e.message))
      .sort((a, b) => a.timestamp - b.timestamp);
    const size = Math.min(Number(body.limit ?? 10_000), this.options.logsPageSize ?? 10_000);
    const offset = Number(Buffer.from(str(body, 'nextToken') ?? 'MA==', 'base64').toString('utf8')) || 0;
    const page = events.slice(offset, offset + size);
    const next = offset + size < events.length ? { nextToken: Buffer.from(String(offset + size)).toString('base64') } : {};
    return { events: page, searchedLogStreams: [], ...next };
  }

  private listTasks(body: Json): Json {
    const cluster = this.clusterOf(body);
    const service = str(body, 'serviceName');
    const family = str(body, 'family');
    const startedBy = str(body, 'startedBy');
    const desired = str(body, 'desiredStatus') ?? 'RUNNING';
    if (service && !this.services.some((s) => s.cluster === cluster && s.name === nameOf(service))) throw new ApiError('ServiceNotFoundException', 'Service not found.');
    const arns = this.tasks
      .filter((t) => t.cluster === cluster && t.desiredStatus === desired)
      .filter((t) => (!service || t.group === `service:${nameOf(service)}`) && (!family || this.mustFind(t.taskDefinitionArn).family === family) && (!startedBy || t.startedBy === startedBy))
      .map((t) => t.arn);
    return this.page(arns, body, 'taskArns');
  }

  private viewTask(task: TaskRec): Json {
    return {
      taskArn: task.arn, clusterArn: this.clusterArn(task.cluster), taskDefinitionArn: task.taskDefinitionArn, group: task.group, lastStatus: task.lastStatus,
      desiredStatus: task.desiredStatus, launchType: 'FARGATE', createdAt: task.createdAt,
      ...(task.startedBy ? { startedBy: task.startedBy } : {}),
      ...(task.stoppedAt ? { stoppedAt: task.stoppedAt, stopCode: task.stopCode, stoppedReason: task.stoppedReason } : {}),
      ...(task.overrides ? { overrides: task.overrides } : {}),
      containers: task.containers.map((c) => ({ containerArn: `${task.arn.replace(':task/', ':container/')}/${c.name}`, taskArn: task.arn, ...c })),
    };
  }

  private clusterArn(cluster: string): string {
    return `arn:aws:ecs:${this.region}:${ACCOUNT}:cluster/${cluster}`;
  }

  private deploymentId(): string {
    return `ecs-svc/${(4_000_000_000_000_000_000n + BigInt(++this.nextId) * 7_919n).toString()}`;
  }

  private taskIds(n: number): string {
    return Array.from({ length: n }, () => `(task ${randomBytes(16).toString('hex')})`).join(' ');
  }
}

// --- seed data shaped like runbook 000's services (keiba backend with a log router sidecar, frontend) ---

export const REGISTRY = '123456789012.dkr.ecr.ap-northeast-1.amazonaws.com';
export const CLUSTER = 'production-keiba-cluster';

/** A Fargate task definition with the fields a careless deploy drops (runtimePlatform, secrets, sidecar, …). */
export function backendTaskDefinition(tag: string): Json {
  return {
    family: 'keiba-backend',
    taskRoleArn: `arn:aws:iam::${ACCOUNT}:role/keiba-backend-task`,
    executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/ecsTaskExecutionRole`,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '512',
    memory: '1024',
    runtimePlatform: { cpuArchitecture: 'ARM64', operatingSystemFamily: 'LINUX' },
    ephemeralStorage: { sizeInGiB: 30 },
    enableFaultInjection: false,
    containerDefinitions: [
      {
        name: 'app',
        image: `${REGISTRY}/keiba-backend:${tag}`,
        essential: true,
        portMappings: [{ containerPort: 8000, protocol: 'tcp' }],
        environment: [{ name: 'LOG_LEVEL', value: 'INFO' }],
        secrets: [{ name: 'DATABASE_URL', valueFrom: `arn:aws:ssm:ap-northeast-1:${ACCOUNT}:parameter/keiba/database-url` }],
        healthCheck: { command: ['CMD-SHELL', 'curl -f http://localhost:8000/api/health || exit 1'], interval: 30, retries: 3 },
        restartPolicy: { enabled: true, restartAttemptPeriod: 300 },
        logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/keiba-backend', 'awslogs-region': 'ap-northeast-1', 'awslogs-stream-prefix': 'ecs' } },
      },
      { name: 'log-router', image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.0', essential: false, firelensConfiguration: { type: 'fluentbit' } },
    ],
    tags: [{ key: 'team', value: 'keiba' }],
  };
}

export function frontendTaskDefinition(tag: string): Json {
  return {
    family: 'keiba-frontend',
    executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/ecsTaskExecutionRole`,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    containerDefinitions: [{ name: 'web', image: `${REGISTRY}/keiba-frontend:${tag}`, essential: true, portMappings: [{ containerPort: 3000 }] }],
  };
}
