import { describe, expect, it } from 'vitest';
import { backoffDelay, parseRetryAfter, retry } from './retry.ts';

describe('backoffDelay', () => {
  it('doubles each retry, with half of each step random', () => {
    expect(backoffDelay(0, { baseMs: 100, random: () => 0 })).toBe(50);
    expect(backoffDelay(0, { baseMs: 100, random: () => 0.999 })).toBe(100);
    expect(backoffDelay(3, { baseMs: 100, random: () => 0 })).toBe(400);
    expect(backoffDelay(3, { baseMs: 100, random: () => 0.999 })).toBe(800);
  });

  it('is capped', () => {
    expect(backoffDelay(20, { baseMs: 1_000, maxMs: 5_000, random: () => 0 })).toBe(2_500);
    expect(backoffDelay(20, { baseMs: 1_000, maxMs: 5_000, random: () => 0.9999 })).toBe(5_000);
  });
});

describe('retry', () => {
  it('retries until success and really waits between attempts', async () => {
    const waits: number[] = [];
    let calls = 0;
    const value = await retry(
      async (attempt) => {
        calls++;
        if (attempt < 3) throw new Error(`fail ${attempt}`);
        return 'ok';
      },
      { retries: 5, baseMs: 100, random: () => 0, sleep: async (ms) => void waits.push(ms) },
    );
    expect(value).toBe('ok');
    expect(calls).toBe(3);
    expect(waits).toEqual([50, 100]);
  });

  it('gives up after the retries and throws the last error', async () => {
    let calls = 0;
    await expect(retry(async () => Promise.reject(new Error(`n${++calls}`)), { retries: 2, baseMs: 1, sleep: async () => {} })).rejects.toThrow('n3');
  });

  it('does not retry what is not retryable', async () => {
    let calls = 0;
    const attempt = async (): Promise<never> => {
      calls++;
      throw new Error('final');
    };
    await expect(retry(attempt, { retries: 5, baseMs: 1, retryable: () => false, sleep: async () => {} })).rejects.toThrow('final');
    expect(calls).toBe(1);
  });

  it('uses a server-given delay instead of its own', async () => {
    const waits: number[] = [];
    let calls = 0;
    await retry(
      async () => {
        if (++calls === 1) throw Object.assign(new Error('429'), { retryAfterMs: 1_234 });
        return 1;
      },
      { retries: 1, baseMs: 10, retryAfterMs: (e) => (e as { retryAfterMs?: number }).retryAfterMs, sleep: async (ms) => void waits.push(ms) },
    );
    expect(waits).toEqual([1_234]);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('3')).toBe(3_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});

describe('retry on a clock with a deadline', () => {
  it('retries until the next wait would pass the deadline, then throws the last error', async () => {
    let t = 0;
    const waits: number[] = [];
    const clock = { now: () => t, sleep: async (ms: number) => void (waits.push(ms), (t += ms)) };
    let calls = 0;
    const failing = async (): Promise<never> => {
      calls++;
      throw new Error(`503 #${calls}`);
    };
    await expect(retry(failing, { retries: Number.POSITIVE_INFINITY, baseMs: 100, maxMs: 400, random: () => 0, clock, deadline: 1_000 })).rejects.toThrow('503 #7');
    // The waits add up to 950; one more of 200 would end past the deadline.
    expect(waits).toEqual([50, 100, 200, 200, 200, 200]);
    expect(t).toBe(950);
  });
});
