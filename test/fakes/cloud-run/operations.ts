// google.longrunning.Operation in the double: a change finishes after a number of polls (GetOperation
// of its operation, or a GET of the resource it changes), then the operation is done with the
// resource as its response, or with an error.
import { anyOf, type Json } from './wire.ts';

export interface OperationError {
  code: number;
  message: string;
}

/** A change in progress: what it does once its polls are used up (an error fails its operation). */
export interface Progress {
  pollsLeft: number;
  done: boolean;
  finish(): OperationError | undefined;
}

/** What a service and a job share: a spec, its generations, and the change being reconciled. */
export interface Reconciled {
  name: string;
  short: string;
  uid: string;
  spec: Json;
  generation: number;
  observedGeneration: number;
  createTime: string;
  updateTime: string;
  terminalCondition: Json;
  reconciling: boolean;
  etag: string;
  pending?: Progress | undefined;
}

interface OperationRec {
  name: string;
  kind: 'Service' | 'Job' | 'Execution';
  view(): Json;
  progress: Progress;
  error?: OperationError | undefined;
}

/** Moves a change one poll on; finishes it when its polls are used up. */
export function tick(progress: Progress | undefined): OperationError | undefined {
  if (!progress || progress.done) return undefined;
  progress.pollsLeft--;
  return progress.pollsLeft <= 0 ? settle(progress) : undefined;
}

/** Finishes a change now (a later change supersedes it). */
export function settle(progress: Progress): OperationError | undefined {
  if (progress.done) return undefined;
  progress.done = true;
  progress.pollsLeft = 0;
  return progress.finish();
}

export class Operations {
  private readonly ops = new Map<string, OperationRec>();
  private readonly location: string;
  private next = 0;

  constructor(project: string, region: string) {
    this.location = `projects/${project}/locations/${region}`;
  }

  /** Starts an operation; with no polls left its change is finished before the first answer. */
  start(kind: OperationRec['kind'], view: () => Json, progress: Progress): Json {
    this.next++;
    const name = `${this.location}/operations/${this.next.toString(16).padStart(8, '0')}-op-${Date.now().toString(36)}`;
    const op: OperationRec = { name, kind, view, progress };
    // The finish's error is kept on the operation whichever poll (operation or resource) ends it.
    const finish = progress.finish;
    progress.finish = () => {
      op.error = finish();
      return op.error;
    };
    this.ops.set(name, op);
    if (progress.pollsLeft <= 0) settle(progress);
    return this.render(op);
  }

  /** GetOperation: one poll. */
  poll(name: string): Json | undefined {
    const op = this.ops.get(name);
    if (!op) return undefined;
    tick(op.progress);
    return this.render(op);
  }

  private render(op: OperationRec): Json {
    const metadata = anyOf(op.kind, op.view());
    if (!op.progress.done) return { name: op.name, metadata, done: false };
    if (op.error) return { name: op.name, metadata, done: true, error: { code: op.error.code, message: op.error.message, details: [] } };
    return { name: op.name, metadata, done: true, response: anyOf(op.kind, op.view()) };
  }
}
