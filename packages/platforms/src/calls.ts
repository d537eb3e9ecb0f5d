import { formatDuration, retry, systemClock, type Clock } from '@runbook/core';

/** How long a platform call may take, and how hard it is retried. */
export interface CallPolicy {
  clock: Clock;
  /**
   * Until when (on `clock`) transient errors are retried and no attempt may outlive. Without
   * it a call gets `retries` retries, each attempt `attemptTimeoutMs`.
   */
  deadline?: number;
  /** Told of each retry, for the log: a long brownout is never silent. */
  notify?: (message: string) => void;
  backoff?: Backoff;
}

export interface Backoff {
  baseMs: number;
  maxMs: number;
}

export interface CallSpec<T> {
  /** `ECS DescribeServices`, for messages. */
  name: string;
  attempt: (signal: AbortSignal) => Promise<T>;
  /** Whether another attempt can help (and is safe); a timed-out attempt is a CallTimeoutError, named `TimeoutError`. */
  transient: (error: unknown) => boolean;
  /** The error as one line for the log (`ECS DescribeServices: ThrottlingException: Rate exceeded`). */
  describe: (error: unknown) => string;
  retryAfterMs?: (error: unknown) => number | undefined;
}

export const ATTEMPT_TIMEOUT_MS = 20_000;
const RETRIES_WITHOUT_DEADLINE = 5;

/** Retries keep pace with the polling: the first after at most 250 ms, none later than five poll intervals (1–5 s). */
export function backoffFor(pollIntervalMs: number): Backoff {
  return { baseMs: Math.min(250, pollIntervalMs), maxMs: Math.min(5_000, Math.max(1_000, 5 * pollIntervalMs)) };
}

/** The most a poll's check at its deadline may take. */
const LAST_CHECK_MS = 2_000;

/** Until when a poll's check may call: the poll's deadline, though the check made at it still gets a poll interval (2 s at most) to answer. */
export function checkDeadline(deadline: number, clock: Clock, intervalMs: number): number {
  return Math.max(deadline, clock.now() + Math.min(intervalMs, LAST_CHECK_MS));
}

/** An attempt that got no answer in time. */
export class CallTimeoutError extends Error {
  constructor(name: string, ms: number) {
    super(`${name}: no answer within ${formatDuration(ms)}`);
    this.name = 'TimeoutError';
  }
}

/**
 * One call: each attempt is aborted after ATTEMPT_TIMEOUT_MS or at the deadline, whichever is
 * first; transient errors (and timeouts) are retried with backoff and jitter, honouring a
 * server's Retry-After, until the deadline. Returns the result and how many attempts it took.
 */
export async function call<T>(spec: CallSpec<T>, policy: CallPolicy = { clock: systemClock }): Promise<{ value: T; attempts: number }> {
  const { clock, deadline } = policy;
  let attempts = 0;
  const value = await retry(
    async (attempt) => {
      attempts = attempt;
      const timeoutMs = Math.max(1, Math.min(ATTEMPT_TIMEOUT_MS, deadline === undefined ? ATTEMPT_TIMEOUT_MS : deadline - clock.now()));
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      try {
        return await spec.attempt(controller.signal);
      } catch (error) {
        throw controller.signal.aborted ? new CallTimeoutError(spec.name, timeoutMs) : error;
      } finally {
        clearTimeout(timer);
      }
    },
    {
      ...(policy.backoff ?? backoffFor(2_000)),
      clock,
      retries: deadline === undefined ? RETRIES_WITHOUT_DEADLINE : Number.POSITIVE_INFINITY,
      ...(deadline === undefined ? {} : { deadline }),
      retryable: spec.transient,
      ...(spec.retryAfterMs ? { retryAfterMs: spec.retryAfterMs } : {}),
      onRetry: ({ attempt, delayMs, error }) => policy.notify?.(`${spec.describe(error)}; retrying in ${formatDuration(delayMs)} (attempt ${attempt + 1})`),
    },
  ).catch((error: unknown) => {
    throw Object.assign(error instanceof Error ? error : new Error(String(error)), { attempts });
  });
  return { value, attempts };
}

/** Calls made per operation, and the retries they needed, for the summary. */
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
