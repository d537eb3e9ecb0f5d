import { describe, expect, it } from 'vitest';
import { availability, clip, coverage, subtract, union } from './availability.ts';

const H = 3_600_000;
const DAY = 24 * H;
const t = (iso: string): number => Date.parse(iso);
const iv = (start: string, end: string) => ({ start: t(start), end: t(end) });
/** 2025-10-21 in Asia/Tokyo. */
const OCT21 = iv('2025-10-20T15:00:00Z', '2025-10-21T15:00:00Z');
const all = [{ start: OCT21.start - DAY, end: OCT21.end + DAY }];

describe('interval arithmetic', () => {
  it('merges overlapping and touching intervals and drops empty ones', () => {
    expect(union([{ start: 5, end: 9 }, { start: 0, end: 3 }, { start: 3, end: 6 }, { start: 10, end: 10 }])).toEqual([{ start: 0, end: 9 }]);
  });

  it('clips to a window', () => {
    expect(clip([{ start: 0, end: 10 }, { start: 15, end: 30 }], { start: 5, end: 20 })).toEqual([{ start: 5, end: 10 }, { start: 15, end: 20 }]);
  });

  it('subtracts', () => {
    expect(subtract([{ start: 0, end: 10 }], [{ start: 2, end: 3 }, { start: 8, end: 12 }])).toEqual([{ start: 0, end: 2 }, { start: 3, end: 8 }]);
  });

  it('covers the time after each check', () => {
    expect(coverage([0, 5, 20], 10)).toEqual([{ start: 0, end: 15 }, { start: 20, end: 30 }]);
  });
});

describe('availability', () => {
  it('counts an outage across midnight on each side', () => {
    const outage = iv('2025-10-21T14:00:00Z', '2025-10-21T16:00:00Z'); // 23:00–01:00 JST
    const day = availability({ window: OCT21, down: [outage], monitored: all, slo: 99 });
    const next = availability({ window: { start: OCT21.end, end: OCT21.end + DAY }, down: [outage], monitored: all, slo: 99 });
    expect([day.downMs, next.downMs]).toEqual([H, H]);
    expect(day.percent).toBeCloseTo((23 / 24) * 100, 10);
  });

  it('counts an outage across a month end in both months', () => {
    const october = iv('2025-09-30T15:00:00Z', '2025-10-31T15:00:00Z');
    const november = iv('2025-10-31T15:00:00Z', '2025-11-30T15:00:00Z');
    const outage = iv('2025-10-31T14:30:00Z', '2025-10-31T15:45:00Z');
    const monitored = [{ start: october.start, end: november.end }];
    expect(availability({ window: october, down: [outage], monitored, slo: 99 }).downMs).toBe(30 * 60_000);
    expect(availability({ window: november, down: [outage], monitored, slo: 99 }).downMs).toBe(45 * 60_000);
  });

  it('counts overlapping episodes of one service once', () => {
    const a = iv('2025-10-21T01:00:00Z', '2025-10-21T03:00:00Z');
    const b = iv('2025-10-21T02:00:00Z', '2025-10-21T04:00:00Z');
    expect(availability({ window: OCT21, down: [a, b, a], monitored: all, slo: 99 }).downMs).toBe(3 * H);
  });

  it('adds the episodes before and after a reopen', () => {
    const before = iv('2025-10-21T01:00:00Z', '2025-10-21T01:30:00Z');
    const after = iv('2025-10-21T05:00:00Z', '2025-10-21T05:15:00Z');
    expect(availability({ window: OCT21, down: [before, after], monitored: all, slo: 99 }).downMs).toBe(45 * 60_000);
  });

  it('shows time no check vouched for as not monitored, neither up nor down', () => {
    const monitored = [iv('2025-10-20T15:00:00Z', '2025-10-21T03:00:00Z')]; // 12 h of 24
    const outage = iv('2025-10-21T02:00:00Z', '2025-10-21T03:00:00Z');
    const a = availability({ window: OCT21, down: [outage], monitored, slo: 99 });
    expect(a).toMatchObject({ downMs: H, upMs: 11 * H, unmonitoredMs: 12 * H });
    expect(a.percent).toBeCloseTo((11 / 12) * 100, 10);
  });

  it('counts an outage as monitored even where no other check vouched for it', () => {
    const outage = iv('2025-10-21T10:00:00Z', '2025-10-21T12:00:00Z');
    expect(availability({ window: OCT21, down: [outage], monitored: [], slo: 99 })).toMatchObject({ downMs: 2 * H, upMs: 0, unmonitoredMs: 22 * H, percent: 0 });
  });

  it('has no percentage when nothing was monitored', () => {
    expect(availability({ window: OCT21, down: [], monitored: [], slo: 99 })).toMatchObject({ percent: undefined, sloMet: undefined, unmonitoredMs: DAY });
  });

  it('spends the error budget the SLO allows over the monitored time', () => {
    const outage = iv('2025-10-21T01:00:00Z', '2025-10-21T01:10:00Z');
    const a = availability({ window: OCT21, down: [outage], monitored: all, slo: 99 });
    expect(a.budgetMs).toBe(Math.round(DAY * 0.01));
    expect(a.budgetLeftMs).toBe(Math.round(DAY * 0.01) - 10 * 60_000);
    expect(a.sloMet).toBe(true);
    expect(availability({ window: OCT21, down: [iv('2025-10-21T01:00:00Z', '2025-10-21T01:20:00Z')], monitored: all, slo: 99 }).sloMet).toBe(false);
  });
});
