// Availability from intervals, all pure: downtime is the union of outage episodes clipped to the
// period (overlapping episodes of one service count once; an outage across midnight or a month end
// counts on each side); time no check vouches for is "not monitored", neither up nor down.

export interface Interval {
  start: number;
  end: number;
}

/** Sorted, merged, without empty intervals. */
export function union(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const i of sorted) {
    const last = merged.at(-1);
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else merged.push({ ...i });
  }
  return merged;
}

export const clip = (intervals: readonly Interval[], window: Interval): Interval[] =>
  union(intervals.map((i) => ({ start: Math.max(i.start, window.start), end: Math.min(i.end, window.end) })));

export const total = (intervals: readonly Interval[]): number => union(intervals).reduce((sum, i) => sum + i.end - i.start, 0);

/** `a` without `b`. */
export function subtract(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const cut = union(b);
  return union(a).flatMap((i) => {
    const pieces: Interval[] = [];
    let start = i.start;
    for (const c of cut) {
      if (c.end <= start || c.start >= i.end) continue;
      if (c.start > start) pieces.push({ start, end: c.start });
      start = Math.max(start, c.end);
    }
    if (start < i.end) pieces.push({ start, end: i.end });
    return pieces;
  });
}

/** What the checks vouch for: each check time covers `coverMs` after it. */
export const coverage = (times: readonly number[], coverMs: number): Interval[] => union(times.map((t) => ({ start: t, end: t + coverMs })));

export interface AvailabilityInput {
  window: Interval;
  /** Outage episodes of the service (an open one ends at the window's end or now). */
  down: readonly Interval[];
  /** Times some check vouched for; time in an outage counts as monitored too. */
  monitored: readonly Interval[];
  /** Target availability in percent, e.g. 99.0. */
  slo: number;
}

export interface Availability {
  periodMs: number;
  downMs: number;
  upMs: number;
  unmonitoredMs: number;
  /** Percent of the monitored time that was up; undefined when nothing was monitored. */
  percent: number | undefined;
  /** The downtime the SLO allows over the monitored time. */
  budgetMs: number;
  /** Budget left; negative when overspent. */
  budgetLeftMs: number;
  sloMet: boolean | undefined;
}

export function availability({ window, down, monitored, slo }: AvailabilityInput): Availability {
  const downtime = clip(down, window);
  const watched = clip([...monitored, ...downtime], window);
  const downMs = total(downtime);
  const monitoredMs = total(watched);
  const upMs = monitoredMs - downMs;
  const percent = monitoredMs > 0 ? (upMs / monitoredMs) * 100 : undefined;
  const budgetMs = Math.round(monitoredMs * (1 - slo / 100));
  return {
    periodMs: window.end - window.start,
    downMs,
    upMs,
    unmonitoredMs: window.end - window.start - monitoredMs,
    percent,
    budgetMs,
    budgetLeftMs: budgetMs - downMs,
    sloMet: percent === undefined ? undefined : percent >= slo,
  };
}
