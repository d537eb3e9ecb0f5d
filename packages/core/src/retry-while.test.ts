import { describe, expect, it } from 'vitest';
import { retryWhile } from './retry.ts';

describe('retryWhile', () => {
  const answers = (...values: string[]) => async (attempt: number) => values[attempt - 1] ?? 'none';
  const recorder = () => {
    const delays: number[] = [];
    return { delays, sleep: async (ms: number) => void delays.push(ms) };
  };

  it('tries again while the result asks for it, with backoff, and returns the first result that does not', async () => {
    const clock = recorder();
    const outcome = await retryWhile(answers('busy', 'busy', 'ok'), (r) => r === 'busy', { retries: 5, baseMs: 100, random: () => 0.5, sleep: clock.sleep });
    expect(outcome).toEqual({ result: 'ok', attempts: 3 });
    expect(clock.delays).toEqual([75, 150]);
  });

  it('returns the last failing result once retries run out, and waits what the result says', async () => {
    const clock = recorder();
    const outcome = await retryWhile(answers('busy', 'busy', 'busy'), (r) => r === 'busy', { retries: 1, baseMs: 100, retryAfterMs: () => 7_000, sleep: clock.sleep });
    expect(outcome).toEqual({ result: 'busy', attempts: 2 });
    expect(clock.delays).toEqual([7_000]);
  });

  it('lets an exception through untouched', async () => {
    await expect(retryWhile(() => Promise.reject(new Error('bug')), () => true, { retries: 3, baseMs: 1, sleep: async () => undefined })).rejects.toThrow('bug');
  });
});
