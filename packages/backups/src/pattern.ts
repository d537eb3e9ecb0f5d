import { quote, type Parsed } from '@runbook/core';

/** Which directory entries are backups, and the time a `{date}` in the name gives. */
export interface EntryPattern {
  source: string;
  /** undefined: not a backup; null: a backup without a date in its name; else the name's UTC time. */
  match(name: string): Date | null | undefined;
}

// 2026-12-01, 20261201, 20261201_0300, 2026-12-01T03-00-00, 2026-12-01_03:00:00
const DATE = String.raw`(\d{4})-?(\d{2})-?(\d{2})(?:[T_ -]?(\d{2})[:-]?(\d{2})(?:[:-]?(\d{2}))?)?`;

// SQLite's companions of a live database are never backups themselves.
const SIDECAR = /-(wal|shm|journal)$/;

function toDate(parts: readonly (string | undefined)[]): Date | undefined {
  const [y, mo, d, h = '0', mi = '0', s = '0'] = parts.map((p) => (p === undefined ? undefined : Number(p)));
  if (y === undefined || mo === undefined || d === undefined) return undefined;
  const date = new Date(Date.UTC(y, mo - 1, d, Number(h), Number(mi), Number(s)));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && Number(h) < 24 && Number(mi) < 60 && Number(s) < 60 ? date : undefined;
}

function compile(source: string, dated: boolean): EntryPattern {
  const body = source
    .split('{date}')
    .map((part) => part.replace(/[.+^$()|[\]\\{}]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.'))
    .join(DATE);
  const regex = new RegExp(`^${body}$`);
  return {
    source,
    match(name) {
      if (name.startsWith('.') || SIDECAR.test(name)) return undefined;
      const m = regex.exec(name);
      if (!m) return undefined;
      return dated ? (toDate(m.slice(1, 7)) ?? undefined) : null;
    },
  };
}

/** Every entry but hidden ones and SQLite's sidecars: the default. */
export const ANY_ENTRY = compile('*', false);

/** A glob over entry names: `*`, `?` and at most one `{date}`. */
export function entryPatternValue(text: string): Parsed<EntryPattern> {
  const source = text.trim();
  if (source === '' || source.includes('/')) return { ok: false, expected: `expected a pattern for the names in the source directory (no /), like db_{date}.sql.gz, got ${quote(source)}` };
  const dates = source.split('{date}').length - 1;
  if (dates > 1) return { ok: false, expected: `expected at most one {date} in the pattern, got ${quote(source)}` };
  return { ok: true, value: source === ANY_ENTRY.source ? ANY_ENTRY : compile(source, dates === 1) };
}
