import { systemClock, type Clock } from './clock.ts';

export interface PollOptions {
  /** Time between two checks (the last wait is cut short at the deadline). */
  intervalMs: number;
  /** How long to keep checking, from the first check. */
  timeoutMs: number;
  clock?: Clock;
}

export interface PollTick {
  /** 1-based. */
  attempt: number;
  elapsedMs: number;
  /** Time left until the deadline (never below 0). */
  remainingMs: number;
  /** The deadline on the clock's scale, for calls that must not outlive it. */
  deadline: number;
}

/** What one check found: done with a value, or not yet. */
export type PollStep<T> = { done: true; value: T } | { done: false };

export type PollOutcome<T> = { done: true; value: T; elapsedMs: number } | { done: false; elapsedMs: number };

/**
 * Calls `check` every `intervalMs` until it says done or `timeoutMs` has passed on `clock`. The
 * number of checks is bounded too (the deadline's worth of intervals, plus the last one at the
 * deadline), so a clock that stands still cannot make it loop forever.
 */
export async function poll<T>(check: (tick: PollTick) => Promise<PollStep<T>>, options: PollOptions): Promise<PollOutcome<T>> {
  const clock = options.clock ?? systemClock;
  const started = clock.now();
  const deadline = started + options.timeoutMs;
  const maxChecks = Math.ceil(options.timeoutMs / Math.max(1, options.intervalMs)) + 1;
  for (let attempt = 1; ; attempt++) {
    const remainingMs = (): number => Math.max(0, deadline - clock.now());
    const step = await check({ attempt, elapsedMs: clock.now() - started, remainingMs: remainingMs(), deadline });
    if (step.done) return { done: true, value: step.value, elapsedMs: clock.now() - started };
    if (remainingMs() <= 0 || attempt >= maxChecks) return { done: false, elapsedMs: clock.now() - started };
    await clock.sleep(Math.min(options.intervalMs, remainingMs()));
  }
}
