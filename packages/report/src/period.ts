import { addDays, isoDate, localDate, startOfDay, weekday, type LocalDate } from './zoned.ts';

export const PERIODS = ['run', 'daily', 'weekly', 'monthly'] as const;
export type PeriodKind = (typeof PERIODS)[number];

export interface Window {
  kind: PeriodKind;
  from: Date;
  to: Date;
  /** Names the period, and sorts with the other keys of its kind in time order: `daily:2025-10-21`. */
  key: string;
  /** First and last local day, for titles. */
  firstDay: LocalDate;
  lastDay: LocalDate;
}

const DAY_MS = 86_400_000;

/**
 * The period a report covers: for `daily`, `weekly` and `monthly` the last one complete before
 * `now` in the zone (yesterday, Monday to Sunday of last week, last month), so that a report run a
 * little after midnight, or delayed by GitHub for hours, still covers the right one; for `run`, the
 * 24 hours up to now.
 */
export function periodWindow(kind: PeriodKind, now: Date, timeZone: string): Window {
  const today = localDate(now, timeZone);
  if (kind === 'run') {
    const from = new Date(now.getTime() - DAY_MS);
    return { kind, from, to: now, key: `run:${now.toISOString()}`, firstDay: localDate(from, timeZone), lastDay: today };
  }
  let first: LocalDate;
  let next: LocalDate;
  if (kind === 'daily') {
    first = addDays(today, -1);
    next = today;
  } else if (kind === 'weekly') {
    next = addDays(today, -((weekday(today) + 6) % 7));
    first = addDays(next, -7);
  } else {
    next = { ...today, day: 1 };
    first = today.month === 1 ? { year: today.year - 1, month: 12, day: 1 } : { year: today.year, month: today.month - 1, day: 1 };
  }
  return windowOf(kind, first, next, timeZone);
}

function windowOf(kind: Exclude<PeriodKind, 'run'>, first: LocalDate, next: LocalDate, timeZone: string): Window {
  const key = kind === 'monthly' ? `monthly:${isoDate(first).slice(0, 7)}` : `${kind}:${isoDate(first)}`;
  return { kind, from: startOfDay(first, timeZone), to: startOfDay(next, timeZone), key, firstDay: first, lastDay: addDays(next, -1) };
}

/** The period just before, of the same kind: what the report compares with. */
export function previousWindow(window: Window, timeZone: string): Window {
  if (window.kind !== 'run') return periodWindow(window.kind, window.from, timeZone);
  const from = new Date(window.from.getTime() - DAY_MS);
  return { ...window, from, to: window.from, key: `run:${window.from.toISOString()}`, firstDay: localDate(from, timeZone), lastDay: localDate(window.from, timeZone) };
}
