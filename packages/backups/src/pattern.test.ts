import { describe, expect, it } from 'vitest';
import { ANY_ENTRY, entryPatternValue } from './pattern.ts';

const pattern = (text: string) => {
  const parsed = entryPatternValue(text);
  if (!parsed.ok) throw new Error(parsed.expected);
  return parsed.value;
};

describe('entry patterns', () => {
  it.each([
    ['db_{date}.sql.gz', 'db_2026-12-01.sql.gz', '2026-12-01T00:00:00.000Z'],
    ['db_{date}.sql.gz', 'db_20261201.sql.gz', '2026-12-01T00:00:00.000Z'],
    ['db_{date}.sql.gz', 'db_20261201_0315.sql.gz', '2026-12-01T03:15:00.000Z'],
    ['{date}', '2026-12-01T03-15-42', '2026-12-01T03:15:42.000Z'],
  ])('%s reads the time of %s', (glob, name, iso) => {
    expect(pattern(glob).match(name)?.toISOString()).toBe(iso);
  });

  it('leaves out names that do not match, and impossible dates', () => {
    const p = pattern('db_{date}.sql.gz');
    expect(p.match('db_2026-12-01.sql')).toBeUndefined();
    expect(p.match('db_2026-02-30.sql.gz')).toBeUndefined();
    expect(p.match('xdb_2026-12-01.sql.gz')).toBeUndefined();
  });

  it('a pattern without {date} gives no time; dots are literal', () => {
    const p = pattern('*.sql');
    expect(p.match('a.sql')).toBeNull();
    expect(p.match('asql')).toBeUndefined();
  });

  it('the default takes every entry but hidden ones and SQLite sidecars', () => {
    expect(ANY_ENTRY.match('app.db')).toBeNull();
    for (const name of ['.env', 'app.db-wal', 'app.db-shm', 'app.db-journal']) expect(ANY_ENTRY.match(name)).toBeUndefined();
  });

  it('refuses a path and two dates', () => {
    expect(entryPatternValue('a/{date}')).toMatchObject({ ok: false });
    expect(entryPatternValue('{date}-{date}')).toMatchObject({ ok: false, expected: 'expected at most one {date} in the pattern, got "{date}-{date}"' });
  });
});
