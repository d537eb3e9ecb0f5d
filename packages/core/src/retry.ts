import { systemClock, type Clock } from './clock.ts';

export interface BackoffOptions {
  /** Delay before the first retry. */
  baseMs: number;
  /** Upper bound of any one delay. */
  maxMs?: number;
  /** Source of randomness in [0, 1), injectable for tests. */
  random?: () => number;
}

/**
 * Exponential backoff with "equal jitter": half of the exponential step is fixed, half random,
 * so retries from many checks spread out but never collapse to zero.
 */
export function backoffDelay(retry: number, { baseMs, maxMs = 60_000, random = Math.random }: BackoffOptions): number {
  const step = Math.min(maxMs, baseMs * 2 ** retry);
  return Math.round(step / 2 + random() * (step / 2));
}

export interface RetryOptions extends BackoffOptions {
  /** Retries after the first attempt; with a `deadline`, the deadline may end them sooner. */
  retries: number;
  /**
   * A time on `clock`'s scale after which no attempt starts: a retry whose wait would reach it is
   * not made, and the last error is thrown.
   */
  deadline?: number;
  /** Decides from the error whether another attempt can help. */
  retryable?: (error: unknown) => boolean;
  /** A server-given delay (Retry-After) that replaces the computed one. */
  retryAfterMs?: (error: unknown) => number | undefined;
  /** Time and waiting (default: the system's); `sleep` alone overrides the clock's. */
  clock?: Clock;
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `fn` until it succeeds, `retries` more attempts have failed or the deadline is near; the attempt number (1-based) is passed in. */
export async function retry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const clock = options.clock ?? systemClock;
  const wait = options.sleep ?? ((ms: number) => clock.sleep(ms));
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      const canRetry = attempt <= options.retries && (options.retryable?.(error) ?? true);
      if (!canRetry) throw error;
      const delayMs = options.retryAfterMs?.(error) ?? backoffDelay(attempt - 1, options);
      if (options.deadline !== undefined && clock.now() + delayMs >= options.deadline) throw error;
      options.onRetry?.({ attempt, delayMs, error });
      await wait(delayMs);
    }
  }
}

/** Reads an HTTP Retry-After header (seconds or an HTTP date) as milliseconds from now. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1_000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * `retry` for operations that answer failure as a value (a probe's verdict, an inspection):
 * tries again while `again(result)` says another attempt can help, and returns the last result,
 * a failure included, with the number of attempts made.
 */
export async function retryWhile<T>(
  fn: (attempt: number) => Promise<T>,
  again: (result: T) => boolean,
  options: Omit<RetryOptions, 'retryable' | 'retryAfterMs'> & { retryAfterMs?: (result: T) => number | undefined },
): Promise<{ result: T; attempts: number }> {
  class Again extends Error {
    constructor(readonly result: T) {
      super('another attempt can help');
    }
  }
  let attempts = 0;
  const { retryAfterMs, ...rest } = options;
  const result = await retry(
    async (attempt) => {
      attempts = attempt;
      const outcome = await fn(attempt);
      if (again(outcome)) throw new Again(outcome);
      return outcome;
    },
    { ...rest, retryable: (error) => error instanceof Again, ...(retryAfterMs ? { retryAfterMs: (error: unknown) => (error instanceof Again ? retryAfterMs(error.result) : undefined) } : {}) },
  ).catch((error: unknown) => {
    if (error instanceof Again) return error.result;
    throw error;
  });
  return { result, attempts };
}
