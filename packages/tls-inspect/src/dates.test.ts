import { describe, expect, it } from 'vitest';
import { daysUntil, relativeDays } from './dates.ts';

const NOW = new Date('2026-11-25T00:00:00Z');
const hours = (h: number): Date => new Date(NOW.getTime() + h * 3_600_000);

describe('days', () => {
  it.each([
    [6.9 * 24, 6, 'in 6 days'],
    [25, 1, 'in 1 day'],
    [5, 0, 'in less than a day'],
    [-5, -1, 'less than a day ago'],
    [-10.4 * 24, -10, '10 days ago'],
  ])('%d hours from now is %d days left, %s', (h, days, phrase) => {
    expect(daysUntil(hours(h), NOW)).toBe(days);
    expect(relativeDays(hours(h), NOW)).toBe(phrase);
  });
});
