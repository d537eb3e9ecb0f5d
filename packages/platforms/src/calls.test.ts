import { systemClock, type Clock } from '@runbook/core';
import { describe, expect, it } from 'vitest';
import { backoffFor, call, CallTimeoutError, checkDeadline } from './calls.ts';

const transient = (e: unknown): boolean => (e as Error).message === '503';
const describeError = (e: unknown): string => (e as Error).message;

describe('call', () => {
  it('retries transient errors until the deadline on the injected clock, telling each retry, then throws the last', async () => {
    let t = 0;
    const clock: Clock = { now: () => t, sleep: async (ms) => void (t += ms) };
    const told: string[] = [];
    let attempts = 0;
    const failing = call({ name: 'X', attempt: async () => ((attempts += 1), Promise.reject(new Error('503'))), transient, describe: describeError }, { clock, deadline: 3_000, backoff: { baseMs: 100, maxMs: 1_000 }, notify: (m) => told.push(m) });
    const error = await failing.catch((e: unknown) => e);
    expect(error).toMatchObject({ message: '503', attempts });
    expect(t).toBeLessThan(3_000);
    expect(attempts).toBeGreaterThan(4);
    expect(told[0]).toMatch(/^503; retrying in \d+ms \(attempt 2\)$/);
    expect(told).toHaveLength(attempts - 1);
  });

  it('does not retry what is not transient', async () => {
    let attempts = 0;
    await expect(call({ name: 'X', attempt: async () => Promise.reject(new Error(`403 #${++attempts}`)), transient, describe: describeError })).rejects.toThrow('403 #1');
  });

  it('cuts an attempt that gets no answer off at the deadline', async () => {
    const hang = (signal: AbortSignal): Promise<never> => new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
    const started = performance.now();
    await expect(call({ name: 'ECS DescribeServices', attempt: hang, transient, describe: describeError }, { clock: systemClock, deadline: systemClock.now() + 50 })).rejects.toBeInstanceOf(CallTimeoutError);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('backoffFor and checkDeadline', () => {
  it('keep retries and the last check in step with the poll interval', () => {
    expect(backoffFor(2_000)).toEqual({ baseMs: 250, maxMs: 5_000 });
    expect(backoffFor(100)).toEqual({ baseMs: 100, maxMs: 1_000 });
    const clock: Clock = { now: () => 10_000, sleep: async () => {} };
    expect(checkDeadline(20_000, clock, 2_000)).toBe(20_000);
    expect(checkDeadline(10_000, clock, 500)).toBe(10_500);
    expect(checkDeadline(10_000, clock, 60_000)).toBe(12_000);
  });
});
