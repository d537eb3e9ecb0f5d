// Jobs and executions in the Cloud Run double: CreateJob, GetJob, UpdateJob (a full replace: the
// v2 UpdateJobRequest has no update mask), RunJob (an operation whose metadata and response are the
// Execution) and GetExecution, with executions that succeed or fail per the image they run.
import { settle, tick, type OperationError, type Progress, type Reconciled } from './operations.ts';
import type { Context } from './services.ts';
import { ApiError, condition, enumName, etag, invalid, isoTime, notFound, sameJson, suffix, uid, type Json } from './wire.ts';

/** How an execution of a job running this image ends. */
export interface ExecutionScript {
  /** Default true. */
  succeed?: boolean;
  /** A Condition.ExecutionReason (default NON_ZERO_EXIT_CODE when it fails). */
  reason?: string;
  message?: string;
  /** Polls (GetExecution or its RunJob operation) before it ends (default: the double's `operationPolls`). */
  afterPolls?: number;
}

export interface JobSeed {
  name: string;
  image: string;
  command?: string[];
  args?: string[];
  env?: Record<string, string>;
}

interface Job extends Reconciled {
  executionCount: number;
  latestCreatedExecution?: Json;
}

interface Execution {
  name: string;
  short: string;
  job: Job;
  view: Json;
  pending?: Progress | undefined;
}

const WRITABLE = ['labels', 'annotations', 'client', 'clientVersion', 'launchStage', 'binaryAuthorization', 'template'];
/** The code a RunJob operation ends with when its execution fails. */
const EXECUTION_FAILED_CODE = 13;

const containersOf = (spec: Json): Json[] => ((((spec.template as Json | undefined)?.template as Json | undefined)?.containers as Json[] | undefined) ?? []);

export class JobStore {
  private readonly jobs = new Map<string, Job>();
  private readonly executions = new Map<string, Execution>();
  private readonly ctx: Context;
  private readonly script: (image: string) => ExecutionScript;

  constructor(ctx: Context, script: (image: string) => ExecutionScript) {
    this.ctx = ctx;
    this.script = script;
  }

  private get parent(): string {
    return `projects/${this.ctx.project}/locations/${this.ctx.region}`;
  }

  seed(seed: JobSeed): void {
    const container: Json = { image: seed.image, ...(seed.command ? { command: seed.command } : {}), ...(seed.args ? { args: seed.args } : {}) };
    if (seed.env) container.env = Object.entries(seed.env).map(([name, value]) => ({ name, value }));
    const job = this.newJob(`${this.parent}/jobs/${seed.name}`, { labels: {}, annotations: {}, launchStage: 'GA', template: { taskCount: 1, template: { containers: [container], maxRetries: 0, timeout: '600s' } } });
    this.ready(job);
  }

  private mustJob(name: string): Job {
    const job = this.jobs.get(name);
    if (!job) throw notFound('JOB', name.split('/').pop() as string, this.ctx.project, this.ctx.region);
    return job;
  }

  get(name: string): Json {
    const job = this.mustJob(name);
    tick(job.pending);
    return this.view(job);
  }

  peek(short: string): Json | undefined {
    const job = this.jobs.get(`${this.parent}/jobs/${short}`);
    return job ? this.view(job) : undefined;
  }

  executionsOf(short: string): Json[] {
    return [...this.executions.values()].filter((e) => e.job.short === short).map((e) => structuredClone(e.view)).sort((a, b) => String(a.createTime).localeCompare(String(b.createTime)));
  }

  create(parent: string, body: Json, query: URLSearchParams): Json {
    const id = query.get('jobId') ?? '';
    if (!/^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/.test(id)) throw invalid(`job_id '${id}' is not a valid job name: lowercase letters, digits and hyphens, at most 63 characters`);
    const name = `${parent}/jobs/${id}`;
    if (this.jobs.has(name)) throw new ApiError(409, 'ALREADY_EXISTS', `Resource '${id}' already exists.`);
    const spec = this.specOf(body);
    if (query.get('validateOnly') === 'true') return this.ctx.operations.start('Job', () => ({ name, ...spec }), this.instant());
    const job = this.newJob(name, spec);
    return this.startChange(job);
  }

  update(name: string, body: Json, query: URLSearchParams): Json {
    const job = this.mustJob(name);
    const spec = this.specOf(body);
    this.checkEtag(job, body);
    if (query.get('validateOnly') === 'true') return this.ctx.operations.start('Job', () => ({ ...this.view(job), ...spec }), this.instant());
    if (job.pending) settle(job.pending);
    if (!sameJson(spec, job.spec)) job.generation++;
    job.spec = spec;
    job.etag = etag();
    job.updateTime = isoTime();
    return this.startChange(job);
  }

  run(name: string, body: Json, fault: OperationError | undefined): Json {
    const job = this.mustJob(name);
    this.checkEtag(job, body);
    if (job.pending) settle(job.pending);
    const template = structuredClone((job.spec.template ?? {}) as Json);
    const task = structuredClone((template.template ?? {}) as Json);
    const containers = (task.containers as Json[] | undefined) ?? [];
    const overrides = (body.overrides ?? {}) as Json;
    for (const o of (overrides.containerOverrides as Json[] | undefined) ?? []) {
      const target = containers.find((c) => o.name && c.name === o.name) ?? containers[0];
      if (!target) throw invalid('overrides.containerOverrides: the job has no container');
      if (o.clearArgs === true) delete target.args;
      if (Array.isArray(o.args) && o.args.length > 0) target.args = o.args;
      if (Array.isArray(o.env) && o.env.length > 0) {
        const env = ((target.env as Json[] | undefined) ?? []).filter((e) => !(o.env as Json[]).some((x) => x.name === e.name));
        target.env = [...env, ...(o.env as Json[])];
      }
    }
    const taskCount = typeof overrides.taskCount === 'number' && overrides.taskCount > 0 ? overrides.taskCount : ((template.taskCount as number | undefined) ?? 1);
    const short = `${job.short}-${suffix(5)}`;
    const now = isoTime();
    const exec: Execution = {
      name: `${job.name}/executions/${short}`,
      short,
      job,
      view: {
        name: `${job.name}/executions/${short}`, uid: uid(), generation: '1', labels: template.labels ?? {}, annotations: template.annotations ?? {},
        createTime: now, startTime: now, updateTime: now, launchStage: 'GA', job: job.short, parallelism: template.parallelism ?? 0, taskCount, template: task,
        reconciling: true, conditions: [condition('ResourcesAvailable', 'CONDITION_SUCCEEDED'), condition('Started', 'CONDITION_SUCCEEDED'), condition('Completed', 'CONDITION_RECONCILING')],
        observedGeneration: '1', runningCount: taskCount, succeededCount: 0, failedCount: 0, cancelledCount: 0, retriedCount: 0,
        logUri: `https://console.cloud.google.com/logs/viewer?project=${this.ctx.project}&resource=cloud_run_job/job_name/${job.short}`, etag: etag(),
      },
    };
    this.executions.set(exec.name, exec);
    job.executionCount++;
    job.latestCreatedExecution = { name: exec.name, createTime: now, completionStatus: 'EXECUTION_RUNNING' };
    const script = this.script(String(containers[0]?.image ?? ''));
    const progress: Progress = { pollsLeft: script.afterPolls ?? this.ctx.operationPolls, done: false, finish: () => this.end(exec, script, fault) };
    exec.pending = progress;
    return this.ctx.operations.start('Execution', () => structuredClone(exec.view), progress);
  }

  getExecution(name: string): Json {
    const exec = this.executions.get(name);
    if (!exec) throw notFound('EXECUTION', name.split('/').pop() as string, this.ctx.project, this.ctx.region);
    tick(exec.pending);
    return structuredClone(exec.view);
  }

  private end(exec: Execution, script: ExecutionScript, fault: OperationError | undefined): OperationError | undefined {
    exec.pending = undefined;
    const now = isoTime();
    const view = exec.view;
    const taskCount = view.taskCount as number;
    const failed = fault !== undefined || script.succeed === false;
    const message = fault?.message ?? (failed ? (script.message ?? `Task ${exec.short}-task0 failed with message: The container exited with an error.`) : `Execution completed successfully in ${Math.max(1, Math.round((Date.parse(now) - Date.parse(String(view.createTime))) / 1000))}s.`);
    Object.assign(view, {
      reconciling: false, completionTime: now, updateTime: now, runningCount: 0,
      succeededCount: failed ? 0 : taskCount, failedCount: failed ? taskCount : 0,
      conditions: [
        condition('ResourcesAvailable', 'CONDITION_SUCCEEDED'),
        condition('Started', 'CONDITION_SUCCEEDED'),
        condition('Completed', failed ? 'CONDITION_FAILED' : 'CONDITION_SUCCEEDED', { message, ...(failed ? { executionReason: enumName(script.reason ?? 'NON_ZERO_EXIT_CODE') } : {}) }),
      ],
    });
    exec.job.latestCreatedExecution = { name: exec.name, createTime: view.createTime, completionTime: now, completionStatus: failed ? 'EXECUTION_FAILED' : 'EXECUTION_SUCCEEDED' };
    if (fault) return fault;
    return failed ? { code: EXECUTION_FAILED_CODE, message: `Execution ${exec.short} has failed: ${message}` } : undefined;
  }

  private specOf(body: Json): Json {
    const spec: Json = {};
    for (const key of WRITABLE) if (body[key] !== undefined) spec[key] = structuredClone(body[key]);
    const containers = containersOf(spec);
    if (containers.length === 0 || !containers.every((c) => typeof c.image === 'string' && c.image)) throw invalid('job.template.template.containers[].image is required');
    return spec;
  }

  private checkEtag(job: Job, body: Json): void {
    if (typeof body.etag === 'string' && body.etag && body.etag !== job.etag) {
      throw new ApiError(409, 'ABORTED', `Conflict for resource '${job.short}': version '${body.etag}' was specified but current version is '${job.etag}'.`);
    }
  }

  private newJob(name: string, spec: Json): Job {
    const now = isoTime();
    const job: Job = {
      name, short: name.split('/').pop() as string, uid: uid(), spec, generation: 1, observedGeneration: 0, createTime: now, updateTime: now,
      terminalCondition: condition('Ready', 'CONDITION_RECONCILING'), executionCount: 0, reconciling: true, etag: etag(),
    };
    this.jobs.set(name, job);
    return job;
  }

  private startChange(job: Job): Json {
    job.reconciling = true;
    job.terminalCondition = condition('Ready', 'CONDITION_RECONCILING');
    const progress: Progress = { pollsLeft: this.ctx.operationPolls, done: false, finish: () => this.ready(job) };
    job.pending = progress;
    return this.ctx.operations.start('Job', () => this.view(job), progress);
  }

  private ready(job: Job): undefined {
    job.pending = undefined;
    job.reconciling = false;
    job.observedGeneration = job.generation;
    job.terminalCondition = condition('Ready', 'CONDITION_SUCCEEDED');
    return undefined;
  }

  private instant(): Progress {
    return { pollsLeft: 0, done: false, finish: () => undefined };
  }

  private view(job: Job): Json {
    return {
      name: job.name, uid: job.uid, generation: String(job.generation), createTime: job.createTime, updateTime: job.updateTime,
      creator: 'deployer@example.iam.gserviceaccount.com', lastModifier: 'deployer@example.iam.gserviceaccount.com',
      ...structuredClone(job.spec),
      observedGeneration: String(job.observedGeneration), terminalCondition: job.terminalCondition,
      conditions: [], executionCount: job.executionCount,
      ...(job.latestCreatedExecution ? { latestCreatedExecution: job.latestCreatedExecution } : {}),
      reconciling: job.reconciling, etag: job.etag,
    };
  }
}
