import {
  DeregisterTaskDefinitionCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ECSClient,
  ListTaskDefinitionsCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  RunTaskCommand,
  StopTaskCommand,
  UpdateServiceCommand,
  type RegisterTaskDefinitionCommandInput,
  type RunTaskCommandInput,
  type Service,
  type Tag,
  type Task,
  type TaskDefinition,
  type UpdateServiceCommandInput,
} from '@aws-sdk/client-ecs';
import { errorMessage, parseRetryAfter, systemClock, UsageError, type Clock } from '@runbook/core';
import { isThrottlingError, isTransientError } from '@smithy/core/retry';
import { call, CallLog, CallTimeoutError, type Backoff, type CallPolicy } from '../calls.ts';

export { CallLog };

export const CONNECT_TIMEOUT_MS = 5_000;
/** The SDK's own retries are off: `call` retries, so that the run's deadline, not the SDK, bounds time. */
export const SDK_MAX_ATTEMPTS = 1;
/** ListTaskDefinitions / ListTasks pages read at most (100 items each). */
const MAX_PAGES = 100;

/** An ECS API error, with the operation it came from. */
export class EcsError extends Error {
  constructor(
    readonly operation: string,
    readonly code: string,
    message: string,
    /** Throttling, 5xx, a reset or a timeout: the call may or may not have been carried out. */
    readonly transient = false,
  ) {
    super(`ECS ${operation}: ${code === 'Error' ? '' : `${code}: `}${message}`);
    this.name = 'EcsError';
  }
}

/** Thrown when a service named in the inputs does not exist. */
export class NotFoundError extends Error {}

type SdkError = Parameters<typeof isTransientError>[0];

/** 5xx, throttling, resets, timeouts: another attempt can help. */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return isThrottlingError(error as SdkError) || isTransientError(error as SdkError) || (error as { $retryable?: unknown }).$retryable !== undefined;
}

/** Refused for the rate: nothing was carried out. */
const isThrottled = (error: unknown): boolean => error instanceof Error && isThrottlingError(error as SdkError);

/** A Retry-After header on the error's HTTP response. */
function retryAfterOf(error: unknown): number | undefined {
  const headers = (error as { $response?: { headers?: Record<string, string | undefined> } }).$response?.headers ?? {};
  return parseRetryAfter(headers['retry-after'] ?? headers['Retry-After']);
}

/** An SDK error (or our attempt's timeout) as an EcsError naming the operation. */
function ecsError(operation: string, error: unknown): EcsError {
  if (error instanceof CallTimeoutError) return new EcsError(operation, 'TimeoutError', error.message.replace(/^ECS \w+: /, ''), true);
  return new EcsError(operation, (error as { name?: string }).name ?? 'Error', errorMessage(error), isTransient(error));
}

const MISSING_CREDENTIALS =
  'no AWS credentials were found (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, a web identity token, a profile or an instance role); add an aws-actions/configure-aws-credentials step with role-to-assume before this one (OIDC: the job needs permissions: id-token: write)';

/**
 * The ECS calls deploy and rollback make, in one region. The endpoint comes from the SDK's own
 * configuration (AWS_ENDPOINT_URL_ECS works), credentials from its default chain (OIDC in a job).
 * Every call goes through `call`: a per-attempt timeout and retries of transient errors, bounded
 * by the policy's deadline (see `within`).
 */
export class Ecs {
  constructor(
    readonly region: string,
    readonly log: CallLog,
    private readonly policy: CallPolicy = { clock: systemClock },
    private readonly client = new ECSClient({ region, maxAttempts: SDK_MAX_ATTEMPTS, requestHandler: { connectionTimeout: CONNECT_TIMEOUT_MS } }),
  ) {}

  /** The same client, its calls retried until `deadline` (on the policy's clock) and no longer; retries are told to `notify`. */
  within(deadline: number, notify?: (message: string) => void): Ecs {
    return new Ecs(this.region, this.log, { ...this.policy, deadline, ...(notify ? { notify } : {}) }, this.client);
  }

  /**
   * One call through `call`. `transient` decides what is retried: by default whatever another
   * attempt can help; a call that must not be carried out twice passes `isThrottled`.
   */
  private async send<T>(operation: string, attempt: (abortSignal: AbortSignal) => Promise<T>, transient = isTransient): Promise<T> {
    try {
      const { value, attempts } = await call({ name: `ECS ${operation}`, attempt, transient, retryAfterMs: retryAfterOf, describe: (e) => ecsError(operation, e).message }, this.policy);
      this.log.count(operation, attempts);
      return value;
    } catch (error) {
      this.log.count(operation, (error as { attempts?: number }).attempts);
      if ((error as { name?: string }).name === 'CredentialsProviderError') throw new UsageError('AWS credentials', MISSING_CREDENTIALS);
      throw ecsError(operation, error);
    }
  }

  /** Every page of a listing, at most MAX_PAGES of them; more is an error naming the call and the bound. */
  private async pages(operation: string, fetch: (nextToken: string | undefined) => Promise<{ items?: string[]; nextToken?: string | undefined }>, limit = Number.POSITIVE_INFINITY): Promise<string[]> {
    const items: string[] = [];
    let nextToken: string | undefined;
    for (let page = 1; ; page++) {
      const out = await fetch(nextToken);
      items.push(...(out.items ?? []));
      nextToken = out.nextToken;
      if (!nextToken || items.length >= limit) return items;
      if (page >= MAX_PAGES) throw new EcsError(operation, 'Error', `still a nextToken after ${MAX_PAGES} pages (${items.length} items): stopped at the bound of ${MAX_PAGES} pages`);
    }
  }

  /** Services by name in one cluster (10 per call); a missing one throws NotFoundError. */
  async describeServices(cluster: string, names: readonly string[]): Promise<Service[]> {
    const services: Service[] = [];
    for (let i = 0; i < names.length; i += 10) {
      const batch = names.slice(i, i + 10);
      const out = await this.send('DescribeServices', (abortSignal) => this.client.send(new DescribeServicesCommand({ cluster, services: batch }), { abortSignal }));
      const missing = out.failures?.[0];
      if (missing) throw new NotFoundError(`service ${missing.arn?.split('/').pop() ?? '?'} ${missing.reason === 'MISSING' ? 'not found' : missing.reason} in cluster ${cluster} (${this.region})`);
      services.push(...(out.services ?? []));
    }
    return services;
  }

  async describeService(cluster: string, name: string): Promise<Service> {
    const [service] = await this.describeServices(cluster, [name]);
    if (!service) throw new NotFoundError(`service ${name} not found in cluster ${cluster} (${this.region})`);
    return service;
  }

  async describeTaskDefinition(taskDefinition: string): Promise<{ taskDefinition: TaskDefinition; tags: Tag[] }> {
    const out = await this.send('DescribeTaskDefinition', (abortSignal) => this.client.send(new DescribeTaskDefinitionCommand({ taskDefinition, include: ['TAGS'] }), { abortSignal }));
    if (!out.taskDefinition) throw new EcsError('DescribeTaskDefinition', 'Error', `no task definition ${taskDefinition}`);
    return { taskDefinition: out.taskDefinition, tags: out.tags ?? [] };
  }

  async registerTaskDefinition(input: RegisterTaskDefinitionCommandInput): Promise<TaskDefinition> {
    const out = await this.send('RegisterTaskDefinition', (abortSignal) => this.client.send(new RegisterTaskDefinitionCommand(input), { abortSignal }));
    if (!out.taskDefinition?.taskDefinitionArn) throw new EcsError('RegisterTaskDefinition', 'Error', 'no task definition in the answer');
    return out.taskDefinition;
  }

  async updateService(input: UpdateServiceCommandInput): Promise<Service> {
    const out = await this.send('UpdateService', (abortSignal) => this.client.send(new UpdateServiceCommand(input), { abortSignal }));
    if (!out.service) throw new EcsError('UpdateService', 'Error', 'no service in the answer');
    return out.service;
  }

  /** ACTIVE revisions of a family, newest first, every page. */
  listActiveRevisions(family: string): Promise<string[]> {
    return this.pages('ListTaskDefinitions', async (nextToken) => {
      const out = await this.send('ListTaskDefinitions', (abortSignal) =>
        this.client.send(new ListTaskDefinitionsCommand({ familyPrefix: family, status: 'ACTIVE', sort: 'DESC', maxResults: 100, ...(nextToken ? { nextToken } : {}) }), { abortSignal }),
      );
      return { items: out.taskDefinitionArns ?? [], nextToken: out.nextToken };
    });
  }

  async deregisterTaskDefinition(arn: string): Promise<void> {
    await this.send('DeregisterTaskDefinition', (abortSignal) => this.client.send(new DeregisterTaskDefinitionCommand({ taskDefinition: arn }), { abortSignal }));
  }

  async runTask(input: RunTaskCommandInput): Promise<Task> {
    // A lost answer may mean a started task: only a refusal (throttling) is retried, so a migration never runs twice.
    const out = await this.send('RunTask', (abortSignal) => this.client.send(new RunTaskCommand(input), { abortSignal }), isThrottled);
    const failure = out.failures?.[0];
    const task = out.tasks?.[0];
    if (failure || !task?.taskArn) throw new EcsError('RunTask', 'Failure', `${failure?.reason ?? 'no task started'}${failure?.detail ? ` (${failure.detail})` : ''}`);
    return task;
  }

  async stopTask(cluster: string, task: string, reason: string): Promise<void> {
    await this.send('StopTask', (abortSignal) => this.client.send(new StopTaskCommand({ cluster, task, reason }), { abortSignal }));
  }

  async describeTasks(cluster: string, arns: readonly string[]): Promise<Task[]> {
    const tasks: Task[] = [];
    for (let i = 0; i < arns.length; i += 100) {
      const batch = arns.slice(i, i + 100);
      const out = await this.send('DescribeTasks', (abortSignal) => this.client.send(new DescribeTasksCommand({ cluster, tasks: batch }), { abortSignal }));
      tasks.push(...(out.tasks ?? []));
    }
    return tasks;
  }

  /** Task ARNs by filter, every page (`limit` caps how many are gathered). */
  listTasks(filter: { cluster: string; serviceName?: string; family?: string; desiredStatus: 'RUNNING' | 'STOPPED' }, limit = 1_000): Promise<string[]> {
    return this.pages(
      'ListTasks',
      async (nextToken) => {
        const out = await this.send('ListTasks', (abortSignal) => this.client.send(new ListTasksCommand({ ...filter, maxResults: 100, ...(nextToken ? { nextToken } : {}) }), { abortSignal }));
        return { items: out.taskArns ?? [], nextToken: out.nextToken };
      },
      limit,
    );
  }
}

/** One client per region, sharing one call log and clock. */
export class EcsClients {
  readonly log = new CallLog();
  private readonly clients = new Map<string, Ecs>();

  constructor(
    private readonly clock: Clock = systemClock,
    private readonly backoff?: Backoff,
  ) {}

  for(region: string): Ecs {
    let client = this.clients.get(region);
    if (!client) this.clients.set(region, (client = new Ecs(region, this.log, { clock: this.clock, ...(this.backoff ? { backoff: this.backoff } : {}) })));
    return client;
  }
}
