import { ExecutionsClient, JobsClient, RevisionsClient, ServicesClient, type protos } from '@google-cloud/run';
import { errorMessage, poll, systemClock, UsageError, type Clock } from '@runbook/core';
import { CallLog, CallTimeoutError, type Backoff, type CallPolicy } from '../calls.ts';
import { codeOf, googleCall, googleClientOptions, GRPC_CODE, isMissingCredentials, isRefusedForNow, isTransient, missingCredentials, RetryAfter, type GoogleCallOptions } from '../google-api.ts';

export type Service = protos.google.cloud.run.v2.IService;
export type Revision = protos.google.cloud.run.v2.IRevision;
export type Job = protos.google.cloud.run.v2.IJob;
export type Execution = protos.google.cloud.run.v2.IExecution;

/** Google's default Admin API endpoint. */
export const DEFAULT_ENDPOINT = 'https://run.googleapis.com';

/** A Cloud Run Admin API error, with the call it came from and its gRPC code. */
export class CloudRunError extends Error {
  constructor(
    readonly operation: string,
    readonly code: number | undefined,
    message: string,
    /** Throttled, unavailable or no answer: another attempt may help. */
    readonly transient = false,
  ) {
    super(`Cloud Run ${operation}: ${message}`);
    this.name = 'CloudRunError';
  }
}

function cloudRunError(operation: string, error: unknown): CloudRunError {
  if (error instanceof CloudRunError) return error;
  const message = (error instanceof CallTimeoutError ? error.message.replace(/^Cloud Run [^:]+: /, '') : errorMessage(error)).replace(/^\d+ [A-Z_]+: /, '');
  return new CloudRunError(operation, codeOf(error), message, isTransient(error));
}

interface Clients {
  services: ServicesClient;
  revisions: RevisionsClient;
  jobs: JobsClient;
  executions: ExecutionsClient;
  retryAfter: RetryAfter;
}

export function makeClients(endpoint: string | undefined): Clients {
  const retryAfter = new RetryAfter();
  const options = googleClientOptions(endpoint, retryAfter);
  return { services: new ServicesClient(options), revisions: new RevisionsClient(options), jobs: new JobsClient(options), executions: new ExecutionsClient(options), retryAfter };
}

/** The gax long-running operation, as far as we use it: one poll at a time. */
interface Operation {
  name?: string;
  done?: boolean;
  latestResponse?: { name?: string; done?: boolean };
  getOperation(): Promise<unknown>;
  /** What gax polls with: set per poll, for that poll's timeout. */
  _callOptions?: unknown;
  /** The poll in flight. */
  currentCallPromise_?: { cancel?: () => void };
}

/** A long-running operation that was started. */
export interface PendingOperation {
  operation: string;
  /** `projects/p/locations/l/operations/o` */
  name: string;
  op: Operation;
}

/** How many revisions ListRevisions reads at most (100 a page). */
const MAX_PAGES = 20;

/**
 * The Cloud Run Admin API v2 calls deploy and rollback make, over REST. Every call has a timeout
 * and goes through `call`: reads are retried on 429, 503 and lost answers; writes only on 429 and
 * 503 (a refusal, nothing carried out), and never past the policy's deadline. Long-running
 * operations are polled here, on the policy's clock, until done or the deadline.
 */
export class CloudRun {
  constructor(
    readonly log: CallLog,
    private readonly policy: CallPolicy = { clock: systemClock },
    readonly clients: Clients = makeClients(undefined),
    /** Between two polls of an operation. */
    private readonly pollIntervalMs = 1_000,
  ) {}

  /** The same clients, calls retried until `deadline` and no longer; retries are told to `notify`. */
  within(deadline: number, notify?: (message: string) => void): CloudRun {
    return new CloudRun(this.log, { ...this.policy, deadline, ...(notify ? { notify } : {}) }, this.clients, this.pollIntervalMs);
  }

  get clock(): Clock {
    return this.policy.clock;
  }

  private async send<T>(operation: string, attempt: (options: GoogleCallOptions) => Promise<T> & { cancel?: () => void }, transient = isTransient): Promise<T> {
    try {
      const { value, attempts } = await googleCall(
        { name: `Cloud Run ${operation}`, attempt, transient, retryAfter: this.clients.retryAfter, describe: (e) => cloudRunError(operation, e).message },
        this.policy,
      );
      this.log.count(operation, attempts);
      return value;
    } catch (error) {
      this.log.count(operation, (error as { attempts?: number }).attempts);
      if (isMissingCredentials(error)) throw new UsageError('Google credentials', `${missingCredentials('api-endpoint')} (${errorMessage(error)})`);
      throw cloudRunError(operation, error);
    }
  }

  /** A service; NOT_FOUND is a CloudRunError with code 5. */
  async getService(name: string): Promise<Service> {
    const [service] = await this.send('GetService', (o) => this.clients.services.getService({ name }, o));
    return service;
  }

  /**
   * PATCH with `updateMask` (and the service's `etag`, so that a concurrent change is ABORTED rather
   * than overwritten). Returns the long-running operation, to be followed with `wait`.
   */
  async updateService(service: Service, paths: readonly string[]): Promise<PendingOperation> {
    const [op] = await this.send(
      'UpdateService',
      (o) => this.clients.services.updateService({ service, updateMask: { paths: [...paths] } }, { ...o, longrunning: this.longrunning() }),
      isRefusedForNow,
    );
    return { operation: 'UpdateService', name: op.name ?? '', op };
  }

  /** Follows an operation to its end (GetOperation polled through `call`, until the deadline); an operation error throws with its code. */
  async wait(pending: PendingOperation): Promise<void> {
    await this.waitFor(pending.operation, pending.op);
  }

  async getRevision(name: string): Promise<Revision> {
    const [revision] = await this.send('GetRevision', (o) => this.clients.revisions.getRevision({ name }, o));
    return revision;
  }

  /** A service's revisions, every page up to MAX_PAGES. */
  async listRevisions(parent: string): Promise<Revision[]> {
    const revisions: Revision[] = [];
    let pageToken: string | undefined;
    for (let page = 1; page <= MAX_PAGES; page++) {
      const [items, , response]: [Revision[], unknown, { nextPageToken?: string | null } | null | undefined] = await this.send(
        'ListRevisions',
        (o) =>
          this.clients.revisions.listRevisions({ parent, pageSize: 100, ...(pageToken ? { pageToken } : {}) }, { ...o, autoPaginate: false }),
      );
      revisions.push(...items);
      pageToken = response?.nextPageToken ?? undefined;
      if (!pageToken) return revisions;
    }
    throw new CloudRunError('ListRevisions', undefined, `still a nextPageToken after ${MAX_PAGES} pages (${revisions.length} revisions): stopped at the bound`);
  }

  /** A job, or undefined when there is none by that name. */
  async getJob(name: string): Promise<Job | undefined> {
    try {
      const [job] = await this.send('GetJob', (o) => this.clients.jobs.getJob({ name }, o));
      return job;
    } catch (error) {
      if (error instanceof CloudRunError && error.code === GRPC_CODE.NOT_FOUND) return undefined;
      throw error;
    }
  }

  async createJob(parent: string, jobId: string, job: Job): Promise<void> {
    const [op] = await this.send('CreateJob', (o) => this.clients.jobs.createJob({ parent, jobId, job }, { ...o, longrunning: this.longrunning() }), isRefusedForNow);
    await this.waitFor('CreateJob', op);
  }

  async updateJob(job: Job): Promise<void> {
    const [op] = await this.send('UpdateJob', (o) => this.clients.jobs.updateJob({ job }, { ...o, longrunning: this.longrunning() }), isRefusedForNow);
    await this.waitFor('UpdateJob', op);
  }

  /** Starts an execution of the job (only a refusal is retried: a migration never runs twice) and waits for it to end. */
  async runJob(name: string): Promise<Execution> {
    const [op] = await this.send('RunJob', (o) => this.clients.jobs.runJob({ name }, { ...o, longrunning: this.longrunning() }), isRefusedForNow);
    const [execution] = await this.waitFor('RunJob', op);
    return (execution ?? {}) as Execution;
  }

  async getExecution(name: string): Promise<Execution> {
    const [execution] = await this.send('GetExecution', (o) => this.clients.executions.getExecution({ name }, o));
    return execution;
  }

  /** gax's own poller settings, bounded by our deadline, for any code path that still polls with it. */
  private longrunning() {
    const left = this.policy.deadline === undefined ? 10 * 60_000 : Math.max(1_000, this.policy.deadline - this.clock.now());
    return { initialRetryDelayMillis: 500, retryDelayMultiplier: 1.5, maxRetryDelayMillis: 5_000, totalTimeoutMillis: left };
  }

  /** Polls an operation (GetOperation through `call`) until done or the deadline; an operation error throws with its code. */
  private async waitFor(operation: string, op: Operation): Promise<[unknown, unknown]> {
    const name = op.name ?? op.latestResponse?.name ?? '';
    const timeoutMs = this.policy.deadline === undefined ? 10 * 60_000 : Math.max(0, this.policy.deadline - this.clock.now());
    const outcome = await poll(
      async () => {
        const [result, metadata, raw] = (await this.send(`${operation} operation`, (options) => {
          op._callOptions = options;
          return Object.assign(op.getOperation(), { cancel: () => op.currentCallPromise_?.cancel?.() });
        })) as [unknown, unknown, { done?: boolean } | undefined];
        return raw?.done ? { done: true, value: [result, metadata] as [unknown, unknown] } : { done: false };
      },
      { intervalMs: this.pollIntervalMs, timeoutMs, clock: this.clock },
    );
    if (!outcome.done) throw new CloudRunError(operation, GRPC_CODE.DEADLINE_EXCEEDED, `operation ${name} not done by the deadline`, true);
    return outcome.value;
  }
}

export { CallLog, type Backoff };
