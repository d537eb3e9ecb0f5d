import { describe, expect, it } from 'vitest';
import type { Clock } from './clock.ts';
import { poll } from './poll.ts';

/** A clock whose sleep moves time on at once, and that records each wait. */
function fakeClock(): Clock & { t: number; sleeps: number[] } {
  const clock = {
    t: 0,
    sleeps: [] as number[],
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.sleeps.push(ms);
      clock.t += ms;
    },
  };
  return clock;
}

describe('poll', () => {
  it('checks every interval until done, on the injected clock', async () => {
    const clock = fakeClock();
    const seen: number[] = [];
    const outcome = await poll(
      async ({ attempt, elapsedMs }) => {
        seen.push(elapsedMs);
        return attempt === 3 ? { done: true, value: 'stable' } : { done: false };
      },
      { intervalMs: 2_000, timeoutMs: 60_000, clock },
    );
    expect(outcome).toEqual({ done: true, value: 'stable', elapsedMs: 4_000 });
    expect(seen).toEqual([0, 2_000, 4_000]);
    expect(clock.sleeps).toEqual([2_000, 2_000]);
  });

  it('stops at the deadline, cutting the last wait short, and checks once more at it', async () => {
    const clock = fakeClock();
    let checks = 0;
    const outcome = await poll(async ({ remainingMs }) => (checks++, remainingMs < 0 ? { done: true, value: 1 } : { done: false }), { intervalMs: 400, timeoutMs: 1_000, clock });
    expect(outcome).toEqual({ done: false, elapsedMs: 1_000 });
    expect(clock.sleeps).toEqual([400, 400, 200]);
    expect(checks).toBe(4);
  });

  it('counts a slow check against the deadline', async () => {
    const clock = fakeClock();
    const outcome = await poll(async () => ((clock.t += 700), { done: false }), { intervalMs: 500, timeoutMs: 1_000, clock });
    expect(outcome).toEqual({ done: false, elapsedMs: 1_700 });
    expect(clock.sleeps).toEqual([300]);
  });

  it('is bounded even when the clock stands still', async () => {
    let checks = 0;
    const still: Clock = { now: () => 0, sleep: async () => {} };
    const outcome = await poll(async () => (checks++, { done: false }), { intervalMs: 100, timeoutMs: 1_000, clock: still });
    expect(outcome.done).toBe(false);
    expect(checks).toBe(11);
  });
});
