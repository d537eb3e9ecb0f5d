import { formatDuration } from '@runbook/core';
import { finding, type Finding } from './findings.ts';
import type { BackupEntry } from './list-local.ts';

const DAY_MS = 86_400_000;

export interface SizeRule {
  history: number;
  maxShrink: number;
  maxGrowth: number;
  /** Changes smaller than this never count, so tiny backups do not flap. */
  minDeltaBytes: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** `1.5 MiB`, `312 B`. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}

const percent = (fraction: number): string => `${Math.round(fraction * 100)}%`;

/** The newest backup's size against the median of the `history` before it. */
export function sizeFindings(newest: BackupEntry, previous: readonly BackupEntry[], rule: SizeRule): { findings: Finding[]; median?: number } {
  const past = previous.slice(0, rule.history).map((e) => e.size);
  if (past.length === 0) return { findings: [] };
  const m = median(past);
  const delta = newest.size - m;
  const findings: Finding[] = [];
  const of = `the median of the ${past.length} before it (${formatBytes(m)})`;
  if (Math.abs(delta) >= rule.minDeltaBytes && m > 0) {
    if (delta < 0 && -delta / m > rule.maxShrink) {
      findings.push(finding('SIZE_DROP', `${newest.name} is ${formatBytes(newest.size)}, ${percent(-delta / m)} smaller than ${of}; at most ${percent(rule.maxShrink)} is expected`));
    } else if (delta > 0 && delta / m > rule.maxGrowth) {
      findings.push(finding('SIZE_SPIKE', `${newest.name} is ${formatBytes(newest.size)}, ${percent(delta / m)} larger than ${of}; at most ${percent(rule.maxGrowth)} is expected`));
    }
  }
  return { findings, median: m };
}

/** `2026-12-01` */
const utcDay = (t: number): string => new Date(t).toISOString().slice(0, 10);

/**
 * The UTC days of the window before today (yesterday and the days before it) that hold no
 * non-empty backup; today is what `max-age` watches.
 */
export function windowGaps(entries: readonly BackupEntry[], windowMs: number, now: Date, counts: (e: BackupEntry) => boolean = (e) => e.size > 0): string[] {
  const days = Math.max(1, Math.round(windowMs / DAY_MS));
  const covered = new Set(entries.filter(counts).map((e) => utcDay(e.time.getTime())));
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const gaps: string[] = [];
  for (let i = days; i >= 1; i--) {
    const day = utcDay(today - i * DAY_MS);
    if (!covered.has(day)) gaps.push(day);
  }
  return gaps;
}

export function windowFinding(entries: readonly BackupEntry[], windowMs: number, now: Date, counts?: (e: BackupEntry) => boolean): Finding | undefined {
  const gaps = windowGaps(entries, windowMs, now, counts);
  if (gaps.length === 0) return undefined;
  const shown = gaps.length > 5 ? `${gaps.slice(0, 5).join(', ')} and ${gaps.length - 5} more` : gaps.join(', ');
  return finding('WINDOW_GAP', `no backup on ${gaps.length} UTC day(s) of the last ${formatDuration(windowMs)}: ${shown}`);
}

export function staleFinding(name: string, time: Date, maxAgeMs: number, now: Date, good: boolean): Finding | undefined {
  const age = now.getTime() - time.getTime();
  if (age <= maxAgeMs) return undefined;
  return finding('STALE', `the newest ${good ? 'good ' : ''}backup, ${name}, is ${formatDuration(age)} old; at most ${formatDuration(maxAgeMs)} is expected`);
}
