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
import { errorMessage } from '@runbook/core';

/** Every call gets this long per attempt (connection included); the SDK's standard retry handles throttling and 5xx. */
export const REQUEST_TIMEOUT_MS = 20_000;
export const CONNECT_TIMEOUT_MS = 5_000;
export const MAX_ATTEMPTS = 6;

/** Calls made per operation, and the retries the SDK needed, for the summary. */
export class CallLog {
  readonly calls = new Map<string, number>();
  retries = 0;

  count(operation: string, attempts: number | undefined): void {
    this.calls.set(operation, (this.calls.get(operation) ?? 0) + 1);
    this.retries += Math.max(0, (attempts ?? 1) - 1);
  }

  get total(): number {
    return [...this.calls.values()].reduce((a, b) => a + b, 0);
  }

  /** `DescribeServices 12, UpdateService 2 (3 retried after throttling or errors)` */
  describe(): string {
    const ops = [...this.calls].map(([op, n]) => `${op} ${n}`).join(', ') || 'none';
    return `${ops}${this.retries ? ` (${this.retries} attempts retried)` : ''}`;
  }
}

/** An ECS API error, with the operation it came from. */
export class EcsError extends Error {
  constructor(
    readonly operation: string,
    readonly code: string,
    message: string,
  ) {
    super(`ECS ${operation}: ${code === 'Error' ? '' : `${code}: `}${message}`);
    this.name = 'EcsError';
  }
}

/** Thrown when a service named in the inputs does not exist. */
export class NotFoundError extends Error {}

/**
 * The ECS calls deploy and rollback make, in one region. The endpoint comes from the SDK's own
 * configuration (AWS_ENDPOINT_URL_ECS works), credentials from its default chain (OIDC in a job).
 */
export class Ecs {
  private readonly client: ECSClient;

  constructor(
    readonly region: string,
    readonly log: CallLog,
  ) {
    this.client = new ECSClient({
      region,
      maxAttempts: MAX_ATTEMPTS,
      retryMode: 'standard',
      requestHandler: { requestTimeout: REQUEST_TIMEOUT_MS, connectionTimeout: CONNECT_TIMEOUT_MS, throwOnRequestTimeout: true },
    });
  }

  private async send<T>(operation: string, call: () => Promise<T & { $metadata: { attempts?: number } }>): Promise<T> {
    try {
      const output = await call();
      this.log.count(operation, output.$metadata.attempts);
      return output;
    } catch (error) {
      const e = error as { name?: string; $metadata?: { attempts?: number } };
      this.log.count(operation, e.$metadata?.attempts);
      throw new EcsError(operation, e.name ?? 'Error', errorMessage(error));
    }
  }

  /** Services by name in one cluster (10 per call); a missing one throws NotFoundError. */
  async describeServices(cluster: string, names: readonly string[]): Promise<Service[]> {
    const services: Service[] = [];
    for (let i = 0; i < names.length; i += 10) {
      const batch = names.slice(i, i + 10);
      const out = await this.send('DescribeServices', () => this.client.send(new DescribeServicesCommand({ cluster, services: batch })));
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
    const out = await this.send('DescribeTaskDefinition', () => this.client.send(new DescribeTaskDefinitionCommand({ taskDefinition, include: ['TAGS'] })));
    if (!out.taskDefinition) throw new EcsError('DescribeTaskDefinition', 'Error', `no task definition ${taskDefinition}`);
    return { taskDefinition: out.taskDefinition, tags: out.tags ?? [] };
  }

  async registerTaskDefinition(input: RegisterTaskDefinitionCommandInput): Promise<TaskDefinition> {
    const out = await this.send('RegisterTaskDefinition', () => this.client.send(new RegisterTaskDefinitionCommand(input)));
    if (!out.taskDefinition?.taskDefinitionArn) throw new EcsError('RegisterTaskDefinition', 'Error', 'no task definition in the answer');
    return out.taskDefinition;
  }

  async updateService(input: UpdateServiceCommandInput): Promise<Service> {
    const out = await this.send('UpdateService', () => this.client.send(new UpdateServiceCommand(input)));
    if (!out.service) throw new EcsError('UpdateService', 'Error', 'no service in the answer');
    return out.service;
  }

  /** ACTIVE revisions of a family, newest first, every page. */
  async listActiveRevisions(family: string): Promise<string[]> {
    const arns: string[] = [];
    let nextToken: string | undefined;
    do {
      const token = nextToken;
      const out = await this.send('ListTaskDefinitions', () =>
        this.client.send(new ListTaskDefinitionsCommand({ familyPrefix: family, status: 'ACTIVE', sort: 'DESC', maxResults: 100, ...(token ? { nextToken: token } : {}) })),
      );
      arns.push(...(out.taskDefinitionArns ?? []));
      nextToken = out.nextToken;
    } while (nextToken);
    return arns;
  }

  async deregisterTaskDefinition(arn: string): Promise<void> {
    await this.send('DeregisterTaskDefinition', () => this.client.send(new DeregisterTaskDefinitionCommand({ taskDefinition: arn })));
  }

  async runTask(input: RunTaskCommandInput): Promise<Task> {
    const out = await this.send('RunTask', () => this.client.send(new RunTaskCommand(input)));
    const failure = out.failures?.[0];
    const task = out.tasks?.[0];
    if (failure || !task?.taskArn) throw new EcsError('RunTask', 'Failure', `${failure?.reason ?? 'no task started'}${failure?.detail ? ` (${failure.detail})` : ''}`);
    return task;
  }

  async stopTask(cluster: string, task: string, reason: string): Promise<void> {
    await this.send('StopTask', () => this.client.send(new StopTaskCommand({ cluster, task, reason })));
  }

  async describeTasks(cluster: string, arns: readonly string[]): Promise<Task[]> {
    const tasks: Task[] = [];
    for (let i = 0; i < arns.length; i += 100) {
      const batch = arns.slice(i, i + 100);
      const out = await this.send('DescribeTasks', () => this.client.send(new DescribeTasksCommand({ cluster, tasks: batch })));
      tasks.push(...(out.tasks ?? []));
    }
    return tasks;
  }

  /** Task ARNs by filter, every page (`limit` caps how many are gathered). */
  async listTasks(filter: { cluster: string; serviceName?: string; family?: string; desiredStatus: 'RUNNING' | 'STOPPED' }, limit = 1_000): Promise<string[]> {
    const arns: string[] = [];
    let nextToken: string | undefined;
    do {
      const token = nextToken;
      const out = await this.send('ListTasks', () => this.client.send(new ListTasksCommand({ ...filter, maxResults: 100, ...(token ? { nextToken: token } : {}) })));
      arns.push(...(out.taskArns ?? []));
      nextToken = out.nextToken;
    } while (nextToken && arns.length < limit);
    return arns;
  }
}

/** One client per region, sharing one call log. */
export class EcsClients {
  readonly log = new CallLog();
  private readonly clients = new Map<string, Ecs>();

  for(region: string): Ecs {
    let client = this.clients.get(region);
    if (!client) this.clients.set(region, (client = new Ecs(region, this.log)));
    return client;
  }
}
