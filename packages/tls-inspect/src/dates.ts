const DAY_MS = 86_400_000;

/**
 * Whole days from `now` until `date`: rounded down while ahead (6.9 days is 6, as certbot shows),
 * and negative once passed (10.4 days ago is -10; the first day after is -1, never 0).
 */
export function daysUntil(date: Date, now: Date): number {
  const days = (date.getTime() - now.getTime()) / DAY_MS;
  return days >= 0 ? Math.floor(days) : Math.min(-1, Math.trunc(days));
}

/** `2026-12-01` (UTC). */
export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `in 6 days`, `in 1 day`, `in less than a day`, `less than a day ago`, `3 days ago`. */
export function relativeDays(date: Date, now: Date): string {
  const ms = date.getTime() - now.getTime();
  const days = Math.floor(Math.abs(ms) / DAY_MS);
  const span = days === 0 ? 'less than a day' : `${days} day${days === 1 ? '' : 's'}`;
  return ms >= 0 ? `in ${span}` : `${span} ago`;
}

/** `2026-12-01, in 6 days`. */
export function datedPhrase(date: Date, now: Date): string {
  return `${formatDay(date)}, ${relativeDays(date, now)}`;
}
