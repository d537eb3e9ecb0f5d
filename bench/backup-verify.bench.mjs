// backup-verify, side by side with the tools the runbooks use, on the same files in one run:
// a gzip dump against `gzip -t`, a large SQLite file's integrity check against the `sqlite3` CLI,
// and a restore against `psql -f`. Times are medians of 3; peak memory (max RSS) comes from
// /usr/bin/time when it is installed. BENCH_BACKUP_MIB sets the gzip dump's size (default 1024).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { startPostgres } from '../test/harness/postgres.ts';
import { fmt, median, ROOT, runCommand } from './lib.mjs';

const GZIP_MIB = Number(process.env.BENCH_BACKUP_MIB ?? 1024);
const SQLITE_ROWS = 400_000;
const RESTORE_ROWS = 300_000;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs a command under /usr/bin/time: wall seconds and peak memory in MiB. */
async function measure(command, args, env = {}) {
  const r = TIME ? await runCommand(TIME, ['-f', 'RUSAGE %e %M', command, ...args], { env }) : await runCommand(command, args, { env });
  const usage = /RUSAGE ([\d.]+) (\d+)/.exec(r.stderr);
  return { ...r, seconds: usage ? Number(usage[1]) : r.seconds, mib: usage ? Number(usage[2]) / 1024 : undefined };
}

async function best(label, make) {
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await make());
  const failed = runs.find((r) => r.code !== 0);
  if (failed) throw new Error(`${label} failed (exit ${failed.code}):\n${(failed.stdout + failed.stderr).slice(-2000)}`);
  return { seconds: median(runs.map((r) => r.seconds)), mib: runs[0].mib };
}

function action(inputs, env = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-backup-verify-'));
  writeFileSync(join(dir, 'output'), '');
  writeFileSync(join(dir, 'summary'), '');
  const vars = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  return measure(process.execPath, [join(ROOT, 'dist', 'backup-verify', 'index.js')], { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary'), 'INPUT_OPEN-ISSUES': 'false', ...vars, ...env });
}

/** SQL-like text piped through `gzip -1`, written as it is made. */
async function makeGzipDump(path, mib) {
  const gzip = (await import('node:child_process')).spawn('gzip', ['-1', '-c'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const out = createWriteStream(path);
  gzip.stdout.pipe(out);
  const target = mib * 1024 * 1024;
  let line = 0;
  for (let written = 0; written < target; ) {
    const rows = [];
    for (let i = 0; i < 20_000; i++, line++) rows.push(`${line}\t${(line * 2654435761) % 1000003}\tuser-${line % 9973}@example.com\t2026-12-01 03:00:00\n`);
    const chunk = rows.join('');
    written += chunk.length;
    if (!gzip.stdin.write(chunk)) await once(gzip.stdin, 'drain');
  }
  gzip.stdin.end();
  await once(out, 'close');
}

const line = (what, ours, theirs, tool) =>
  console.log(
    `${what}: ours ${fmt(ours.seconds)}${ours.mib ? ` ${ours.mib.toFixed(0)} MiB` : ''}, ${tool} ${fmt(theirs.seconds)}${theirs.mib ? ` ${theirs.mib.toFixed(0)} MiB` : ''}, ratio ${(ours.seconds / theirs.seconds).toFixed(2)}x (target ≤ 1.3x)`,
  );

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-backups-'));
  try {
    const gz = join(dir, 'gzip');
    mkdirSync(gz);
    await makeGzipDump(join(gz, 'db.sql.gz'), GZIP_MIB);
    const gzipOurs = await best('backup-verify gzip', () => action({ source: gz, verify: 'gzip' }));
    const gzipTool = await best('gzip -t', () => measure('gzip', ['-t', join(gz, 'db.sql.gz')]));
    line(`gzip (${GZIP_MIB} MiB uncompressed, ${(statSync(join(gz, 'db.sql.gz')).size / 2 ** 20).toFixed(0)} MiB file)`, gzipOurs, gzipTool, 'gzip -t');

    const sq = join(dir, 'sqlite');
    mkdirSync(sq);
    const db = join(sq, 'app.db');
    execFileSync('sqlite3', [db, `CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b BLOB); CREATE INDEX t_a ON t(a); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${SQLITE_ROWS}) INSERT INTO t SELECT i, hex(randomblob(16)), randomblob(200) FROM n;`]);
    const sqliteOurs = await best('backup-verify sqlite', () => action({ source: sq, verify: 'sqlite' }));
    const sqliteTool = await best('sqlite3', () => measure('sqlite3', [db, 'PRAGMA integrity_check; PRAGMA foreign_key_check;']));
    line(`sqlite integrity_check (${(statSync(db).size / 2 ** 20).toFixed(0)} MiB)`, sqliteOurs, sqliteTool, 'sqlite3');

    const pg = await startPostgres();
    try {
      pg.psql('postgres', 'CREATE DATABASE app');
      pg.psql('app', `CREATE TABLE users (id int PRIMARY KEY, email text, created timestamptz); INSERT INTO users SELECT g, 'u' || g || '@example.com', now() FROM generate_series(1, ${RESTORE_ROWS}) g;`);
      const rs = join(dir, 'restore');
      mkdirSync(rs);
      pg.pgDump('app', ['-f', join(rs, 'app.sql')]);
      const env = { PGHOST: '127.0.0.1', PGPORT: String(pg.port), PGUSER: 'postgres', PGPASSWORD: new URL(pg.url).password };
      let n = 0;
      const restoreOurs = await best('backup-verify restore', () => action({ source: rs, verify: 'pgdump', 'restore-database-url': pg.url, 'expect-tables': `users>=${RESTORE_ROWS}` }));
      // The drill by hand: create a database, psql -f the dump into it, count, drop it.
      const drill = 'createdb "$1" && psql -X -q -v ON_ERROR_STOP=1 --single-transaction -d "$1" -f "$2" && psql -X -A -t -d "$1" -c "SELECT count(*) FROM users" >/dev/null && dropdb "$1"';
      const restoreTool = await best('psql -f', () => measure('bash', ['-c', drill, 'drill', `bench_${n++}`, join(rs, 'app.sql')], env));
      line(`restore (${RESTORE_ROWS} rows, ${(statSync(join(rs, 'app.sql')).size / 2 ** 20).toFixed(0)} MiB plain dump; both create, restore, count and drop)`, restoreOurs, restoreTool, 'createdb + psql -f + dropdb');
    } finally {
      pg.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
