import { formatDuration } from '@runbook/core';
import { undecided, type Verdict } from '../verdict.ts';
import { eachLine, fileError } from './lines.ts';
import { lineTime } from './log-time.ts';

/** Error-level lines, as runbook 001 greps them (`grep -i error`), plus the levels above error. */
export const ERROR_LINE = /\b(error|crit(ical)?|fatal|emerg(ency)?|panic)\b/i;
const GREP = "grep -n -i -E '\\b(error|crit(ical)?|fatal|emerg(ency)?|panic)\\b'";

const MAX_GROUPS = 1000;
const TOP = 5;

/** A message with its timestamp and the numbers in it blanked, so that repeats group together. */
export function messageKey(line: string): string {
  return line
    .replace(/^\[?[^\]]*?\d\d:\d\d:\d\d(?:[.,]\d+)?(?:\s?(?:Z|[+-]\d\d:?\d\d))?\]?\s*/, '')
    .replace(/\b[0-9a-f]{8,}\b/gi, '…')
    .replace(/\d+/g, '#')
    .trim()
    .slice(0, 160);
}

export interface ErrorCount {
  count: number;
  /** Lines whose time could not be told (no timestamp anywhere before them). */
  undated: number;
  top: { message: string; count: number }[];
}

/** Error lines written since `since`; a line without a timestamp (a stack trace) takes the time of the line above it. */
export async function countErrors(file: string, since: number, now: number): Promise<ErrorCount> {
  const groups = new Map<string, number>();
  let [count, undated] = [0, 0];
  let current: number | undefined;
  await eachLine(file, (line) => {
    const t = lineTime(line, now);
    if (t !== undefined) current = t;
    if (!ERROR_LINE.test(line)) return;
    if (current === undefined) return void undated++;
    if (current < since) return;
    count++;
    const key = messageKey(line);
    if (groups.has(key) || groups.size < MAX_GROUPS) groups.set(key, (groups.get(key) ?? 0) + 1);
  });
  const top = [...groups.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([message, n]) => ({ message, count: n }));
  return { count, undated, top };
}

export async function checkErrorLines(file: string, windowMs: number, maxErrors: number, now = Date.now()): Promise<Verdict> {
  let found: ErrorCount;
  try {
    found = await countErrors(file, now - windowMs, now);
  } catch (error) {
    return undecided(fileError(file, error), { file });
  }
  const window = formatDuration(windowMs);
  if (found.count === 0 && found.undated > 0) return undecided(`${file} has ${found.undated} error line(s) but no timestamps to tell whether they are from the last ${window}`, { file });
  const evidence = {
    file,
    window,
    'error lines': found.count,
    'max errors': maxErrors,
    'top messages': found.top.map((t) => `${t.count}× ${t.message}`).join('\n') || null,
    'see all': `${GREP} ${file} | tail -100`,
  };
  const counted = `${found.count} error line(s) in ${file} in the last ${window}`;
  if (found.count > maxErrors) return { outcome: 'fail', severity: 'P3', summary: `${counted}, over ${maxErrors}; most common: ${found.top[0]?.message ?? ''}`, evidence };
  return { outcome: 'pass', summary: `${counted} (at most ${maxErrors})`, evidence };
}
