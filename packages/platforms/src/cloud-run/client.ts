import { ExecutionsClient, JobsClient, protos, RevisionsClient, ServicesClient } from '@google-cloud/run';
import { errorMessage, poll, systemClock, UsageError, type Clock } from '@runbook/core';
import { CallLog, CallTimeoutError, type Backoff, type CallPolicy } from '../calls.ts';
import { codeOf, googleCall, googleClientOptions, GRPC_CODE, isMissingCredentials, isRefusedForNow, isTransient, missingCredentials, RetryAfter, type GoogleCallOptions } from '../google-api.ts';

export type Service = protos.google.cloud.run.v2.IService;
export type Revision = protos.google.cloud.run.v2.IRevision;
export type Job = protos.google.cloud.run.v2.IJob;
export type Execution = protos.google.cloud.run.v2.IExecution;

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

/** The one call of gax's operations client we make: one GetOperation, with our call options. */
interface Operations {
  getOperation(request: { name: string }, options?: GoogleCallOptions): Promise<[RawOperation]> & { cancel?: () => void };
}

/** A `google.longrunning.Operation` as GetOperation returns it; `response` an Any of the method's result. */
interface RawOperation {
  done?: boolean | null;
  error?: { code?: number | null; message?: string | null } | null;
  response?: { value?: Uint8Array | null } | null;
}

/** A long-running operation that was started. */
export interface PendingOperation {
  operation: string;
  /** `projects/p/locations/l/operations/o` */
  name: string;
  operations: Operations;
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
      (o) => this.clients.services.updateService({ service, updateMask: { paths: [...paths] } }, o),
      isRefusedForNow,
    );
    return { operation: 'UpdateService', name: op.name ?? '', operations: this.clients.services.operationsClient };
  }

  /** Follows an operation to its end (GetOperation polled through `call`, until the deadline); an operation error throws with its code. */
  async wait(pending: PendingOperation): Promise<void> {
    await this.waitFor(pending);
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
    const [op] = await this.send('CreateJob', (o) => this.clients.jobs.createJob({ parent, jobId, job }, o), isRefusedForNow);
    await this.waitFor(this.jobOperation('CreateJob', op));
  }

  async updateJob(job: Job): Promise<void> {
    const [op] = await this.send('UpdateJob', (o) => this.clients.jobs.updateJob({ job }, o), isRefusedForNow);
    await this.waitFor(this.jobOperation('UpdateJob', op));
  }

  /** Starts an execution of the job (only a refusal is retried: a migration never runs twice) and waits for it to end. */
  async runJob(name: string): Promise<Execution> {
    const [op] = await this.send('RunJob', (o) => this.clients.jobs.runJob({ name }, o), isRefusedForNow);
    const done = await this.waitFor(this.jobOperation('RunJob', op));
    const value = done.response?.value;
    if (!value) return {};
    return protos.google.cloud.run.v2.Execution.toObject(protos.google.cloud.run.v2.Execution.decode(value), { enums: String, longs: String, defaults: false }) as Execution;
  }

  async getExecution(name: string): Promise<Execution> {
    const [execution] = await this.send('GetExecution', (o) => this.clients.executions.getExecution({ name }, o));
    return execution;
  }

  private jobOperation(operation: string, op: { name?: string | null }): PendingOperation {
    return { operation, name: op.name ?? '', operations: this.clients.jobs.operationsClient };
  }

  /**
   * Polls an operation by name (GetOperation through `call`, each poll with its own timeout) until
   * done or the deadline. gax's own poller is never used: it has no overall deadline of ours. An
   * operation that ended in error throws with its code, and is not polled again.
   */
  private async waitFor({ operation, name, operations }: PendingOperation): Promise<RawOperation> {
    const timeoutMs = this.policy.deadline === undefined ? 10 * 60_000 : Math.max(0, this.policy.deadline - this.clock.now());
    const outcome = await poll(
      async () => {
        const [raw] = await this.send(`${operation} operation`, (options) => operations.getOperation({ name }, options));
        return raw.done ? { done: true, value: raw } : { done: false };
      },
      { intervalMs: this.pollIntervalMs, timeoutMs, clock: this.clock },
    );
    if (!outcome.done) throw new CloudRunError(operation, GRPC_CODE.DEADLINE_EXCEEDED, `operation ${name} not done by the deadline`, true);
    const { error } = outcome.value;
    if (error) throw new CloudRunError(operation, error.code ?? undefined, error.message ?? 'the operation ended in error');
    return outcome.value;
  }
}

export { CallLog, type Backoff };
