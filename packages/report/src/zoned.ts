// Calendar arithmetic in a named time zone with Intl alone: local midnights, days and weekdays.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether Intl knows the zone (`Asia/Tokyo`, `UTC`). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

export interface LocalDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

interface LocalTime extends LocalDate {
  hour: number;
  minute: number;
  second: number;
}

function localTime(date: Date, timeZone: string): LocalTime {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(date).map((p) => [p.type, Number(p.value)]));
  return { year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0, hour: parts.hour ?? 0, minute: parts.minute ?? 0, second: parts.second ?? 0 };
}

/** The calendar date at `date` in the zone. */
export const localDate = (date: Date, timeZone: string): LocalDate => {
  const { year, month, day } = localTime(date, timeZone);
  return { year, month, day };
};

/** How far the zone's wall clock is ahead of UTC at that instant. */
function offsetMs(at: number, timeZone: string): number {
  const t = localTime(new Date(at), timeZone);
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) - Math.floor(at / 1000) * 1000;
}

/** The instant the local day begins; out-of-range days and months roll over (day 0 is the last of the month before). */
export function startOfDay(date: LocalDate, timeZone: string): Date {
  const wall = Date.UTC(date.year, date.month - 1, date.day);
  const first = wall - offsetMs(wall, timeZone);
  // Once more at the found instant: the offset there may differ (a daylight-saving change).
  return new Date(wall - offsetMs(first, timeZone));
}

/** The date `days` after (before, when negative), in the calendar alone. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday */
export const weekday = (date: LocalDate): number => new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();

const pad = (n: number): string => String(n).padStart(2, '0');
export const isoDate = (date: LocalDate): string => `${date.year}-${pad(date.month)}-${pad(date.day)}`;

/** `2025-10-21 09:05` in the zone. */
export function localStamp(date: Date, timeZone: string): string {
  const t = localTime(date, timeZone);
  return `${isoDate(t)} ${pad(t.hour)}:${pad(t.minute)}`;
}
