import { formatDuration } from '@runbook/core';
import { undecided, type Verdict } from '../verdict.ts';
import { messageKey } from './error-lines.ts';
import { unitName } from './systemd.ts';
import { firstLine, runTool } from './tool.ts';

/** An `error-logs` entry that names a unit's journal instead of a file: `journal:estimator`. */
export const JOURNAL_PREFIX = 'journal:';
const TOP = 5;

export interface JournalEntry {
  message: string;
  priority: number;
  /** Epoch ms. */
  time: number;
}

/** The unit's error-and-worse entries since `since`, one JSON object per line. */
export const journalArgs = (unit: string, since: number): string[] => ['-u', unitName(unit), '--since', `@${Math.floor(since / 1000)}`, '-p', 'err', '-o', 'json', '--no-pager', '-q'];

/** `journalctl -o json` lines; MESSAGE is a string, or an array of bytes when it is not valid UTF-8; a line cut off at the output limit is skipped. */
export function parseJournalJson(text: string): JournalEntry[] {
  const entries: JournalEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let e: Record<string, unknown>;
    try {
      e = JSON.parse(line) as Record<string, unknown>;
    } catch {
      continue;
    }
    const raw = e.MESSAGE;
    const message = typeof raw === 'string' ? raw : Array.isArray(raw) ? Buffer.from(raw as number[]).toString('utf8') : '';
    entries.push({ message, priority: Number(e.PRIORITY ?? 3), time: Math.floor(Number(e.__REALTIME_TIMESTAMP ?? 0) / 1000) });
  }
  return entries;
}

/** Runbook 001's `journalctl -u estimator` for errors: the window's entries of priority err or worse against `maxErrors`. */
export async function checkJournal(unit: string, windowMs: number, maxErrors: number, timeoutMs: number, now = Date.now()): Promise<Verdict> {
  const run = await runTool('journalctl', journalArgs(unit, now - windowMs), timeoutMs);
  if (!run.ran) return undecided(run.reason, { unit: unitName(unit) });
  if (run.code !== 0) return undecided(`journalctl failed: ${firstLine(run)}`, { unit: unitName(unit) });
  const entries = parseJournalJson(run.stdout);
  const window = formatDuration(windowMs);
  if (entries.length === 0) {
    // No errors, or no journal of the unit at all (a wrong name, a journal that is not kept): only the latter is blind.
    const any = await runTool('journalctl', ['-u', unitName(unit), '-n', '1', '-o', 'json', '--no-pager', '-q'], timeoutMs);
    if (any.ran && any.code === 0 && parseJournalJson(any.stdout).length === 0) {
      return undecided(`the journal has no entries of ${unitName(unit)} at all: is it the unit's name, and does this machine keep a journal (journalctl --list-boots)?`, { unit: unitName(unit) });
    }
  }
  const groups = new Map<string, number>();
  for (const e of entries) groups.set(messageKey(e.message), (groups.get(messageKey(e.message)) ?? 0) + 1);
  const top = [...groups].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  const evidence = {
    unit: unitName(unit),
    window,
    'error lines': entries.length,
    'max errors': maxErrors,
    'top messages': top.map(([m, n]) => `${n}× ${m}`).join('\n') || null,
    'see all': `journalctl -u ${unitName(unit)} --since "${Math.ceil(windowMs / 3_600_000)} hours ago" -p err --no-pager`,
  };
  const counted = `${entries.length} error entr${entries.length === 1 ? 'y' : 'ies'} in the journal of ${unitName(unit)} in the last ${window}`;
  if (entries.length > maxErrors) return { outcome: 'fail', severity: 'P3', summary: `${counted}, over ${maxErrors}; most common: ${top[0]?.[0] ?? ''}`, evidence };
  return { outcome: 'pass', summary: `${counted} (at most ${maxErrors})`, evidence };
}
