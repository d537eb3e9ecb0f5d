import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DAY_MS = 86_400_000;
const utcDay = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** A small pg_dump-like plain dump, gzipped, for the demo's backup checks. */
function dump(rows: number): Buffer {
  const lines = ['-- PostgreSQL database dump', '', 'COPY public.users (id, name) FROM stdin;'];
  for (let i = 1; i <= rows; i++) lines.push(`${i}\tuser-${i}`);
  lines.push('\\.', '', '-- PostgreSQL database dump complete', '');
  return gzipSync(lines.join('\n'));
}

/**
 * Two backup directories like runbook 003's `/backups/db_YYYYMMDD.sql.gz`: `good` has a dump from
 * each of the last three days, `stale` stopped three days ago.
 */
export function makeDemoBackups(dir: string, now = Date.now()): { good: string; stale: string } {
  const make = (name: string, daysAgo: number[]): string => {
    const path = resolve(dir, name);
    rmSync(path, { recursive: true, force: true });
    mkdirSync(path, { recursive: true });
    for (const d of daysAgo) {
      const file = join(path, `db_${utcDay(now - d * DAY_MS).replace(/-/g, '')}.sql.gz`);
      writeFileSync(file, dump(2_000 + d));
      const time = new Date(now - d * DAY_MS);
      utimesSync(file, time, time);
    }
    return path;
  };
  return { good: make('good', [0, 1, 2]), stale: make('stale', [3, 4, 5]) };
}
