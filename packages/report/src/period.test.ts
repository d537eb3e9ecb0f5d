import { describe, expect, it } from 'vitest';
import { periodWindow, previousWindow } from './period.ts';
import { isTimeZone, startOfDay } from './zoned.ts';

const TOKYO = 'Asia/Tokyo';
const iso = (d: Date): string => d.toISOString();

describe('periodWindow', () => {
  it('daily: yesterday in the zone, also just after local midnight', () => {
    const w = periodWindow('daily', new Date('2025-10-21T15:05:00Z'), TOKYO); // 00:05 on the 22nd in Tokyo
    expect([iso(w.from), iso(w.to), w.key]).toEqual(['2025-10-20T15:00:00.000Z', '2025-10-21T15:00:00.000Z', 'daily:2025-10-21']);
  });

  it('weekly: Monday to Sunday of last week', () => {
    const w = periodWindow('weekly', new Date('2025-10-27T01:00:00Z'), TOKYO); // Monday 10:00 JST
    expect([iso(w.from), iso(w.to), w.key]).toEqual(['2025-10-19T15:00:00.000Z', '2025-10-26T15:00:00.000Z', 'weekly:2025-10-20']);
  });

  it('monthly: last month, across a year end', () => {
    const w = periodWindow('monthly', new Date('2026-01-01T01:00:00Z'), TOKYO);
    expect([iso(w.from), iso(w.to), w.key]).toEqual(['2025-11-30T15:00:00.000Z', '2025-12-31T15:00:00.000Z', 'monthly:2025-12']);
    expect(periodWindow('monthly', new Date('2025-03-01T01:00:00Z'), TOKYO).lastDay).toEqual({ year: 2025, month: 2, day: 28 });
  });

  it('days of 23 and 25 hours where the zone changes its clocks', () => {
    const spring = periodWindow('daily', new Date('2025-03-10T12:00:00Z'), 'America/New_York');
    expect(spring.to.getTime() - spring.from.getTime()).toBe(23 * 3_600_000);
    expect(iso(startOfDay({ year: 2025, month: 11, day: 2 }, 'America/New_York'))).toBe('2025-11-02T04:00:00.000Z');
  });

  it('the previous period of the same kind', () => {
    const w = periodWindow('monthly', new Date('2025-11-01T01:00:00Z'), TOKYO);
    expect(previousWindow(w, TOKYO).key).toBe('monthly:2025-09');
    expect(previousWindow(periodWindow('daily', new Date('2025-10-01T01:00:00Z'), TOKYO), TOKYO).key).toBe('daily:2025-09-29');
  });

  it('knows time zones by Intl', () => {
    expect([isTimeZone('Asia/Tokyo'), isTimeZone('UTC'), isTimeZone('Mars/Olympus')]).toEqual([true, true, false]);
  });
});
