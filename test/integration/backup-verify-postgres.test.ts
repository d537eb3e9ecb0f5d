import type { CheckResult } from '@runbook/core';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { PG_PASSWORD, startPostgres, type TestPostgres } from '../harness/postgres.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';

const root = mkdtempSync(join(tmpdir(), 'runbook-pgdumps-'));
let pg: TestPostgres;

const verify = (inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> => runAction('backup-verify', { 'open-issues': 'false', ...inputs }, { env });
const byName = (run: ActionRun): Map<string, CheckResult> => new Map((JSON.parse(run.outputs.results ?? '[]') as CheckResult[]).map((r) => [r.subject, r]));
const databases = (): string[] => pg.psql('postgres', 'SELECT datname FROM pg_database ORDER BY 1').trim().split('\n');

/** A directory holding one backup file with `content`, named `file`. */
function set(name: string, file: string, content: Buffer | string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, file), content);
  return dir;
}

let plain: string;
let custom: Buffer;

beforeAll(async () => {
  pg = await startPostgres();
  pg.psql('postgres', 'CREATE DATABASE app');
  pg.psql(
    'app',
    `CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL);
     CREATE TABLE races (id int PRIMARY KEY, winner int REFERENCES users(id), title text);
     INSERT INTO users SELECT g, 'user ' || g FROM generate_series(1, 3) g;
     INSERT INTO races SELECT g, 1 + g % 3, 'race ' || g FROM generate_series(1, 1200) g;`,
  );
  pg.pgDump('app', ['-f', join(root, 'app.sql')]);
  pg.pgDump('app', ['-Fc', '-f', join(root, 'app.dump')]);
  plain = readFileSync(join(root, 'app.sql'), 'utf8');
  custom = readFileSync(join(root, 'app.dump'));
});
afterAll(() => {
  pg?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('pg_dump files from a real PostgreSQL', () => {
  let run: ActionRun;
  let found: Map<string, CheckResult>;
  let before: string[];

  beforeAll(async () => {
    const restoreKey = /^\\restrict (\S+)$/m.exec(plain)?.[1] ?? '';
    const trailer = plain.indexOf('-- PostgreSQL database dump complete');
    // A statement that fails after the tables were made and filled: the restore stops half-way.
    const failing = plain.replace(/^\\\.$/m, '\\.\n\nINSERT INTO no_such_table VALUES (1);');
    const config = join(root, 'runbook.yml');
    const backups = [
      { name: 'plain', source: set('plain', 'app.sql', plain), verify: ['pgdump'], restore: true, 'expect-tables': ['users>=3', 'races>=1000'] },
      { name: 'plain-gz', source: set('plain-gz', 'app.sql.gz', gzipSync(plain)), verify: ['gzip', 'pgdump'], restore: true, 'expect-tables': ['users>=1'] },
      { name: 'custom', source: set('custom', 'app.dump', custom), verify: ['pgdump'], restore: true, 'expect-tables': ['public.races>=1200'] },
      { name: 'no-trailer', source: set('no-trailer', 'app.sql', plain.slice(0, trailer - 4)), verify: ['pgdump'], restore: true },
      { name: 'restrict-key', source: set('restrict-key', 'app.sql', plain.replace(`\\unrestrict ${restoreKey}`, '\\unrestrict otherkey')), verify: ['pgdump'] },
      { name: 'not-a-dump', source: set('not-a-dump', 'app.sql', 'id,name\n1,a\n'), verify: ['pgdump'] },
      { name: 'custom-truncated', source: set('custom-truncated', 'app.dump', custom.subarray(0, Math.floor(custom.length * 0.6))), verify: ['pgdump'] },
      { name: 'custom-bad-magic', source: set('custom-bad-magic', 'app.dump', 'not an archive'), verify: ['pgdump'] },
      { name: 'half-way', source: set('half-way', 'app.sql', failing), verify: ['pgdump'], restore: true, 'expect-tables': ['users>=1'] },
      { name: 'too-few-rows', source: set('too-few-rows', 'app.sql', plain), verify: ['pgdump'], restore: true, 'expect-tables': ['users>=10', 'races>=1', 'missing_table>=1'] },
    ];
    writeFileSync(config, stringify({ version: 1, environments: { staging: { backups } } }));
    before = databases();
    run = await verify({ config, environment: 'staging', 'restore-database-url': pg.url });
    found = byName(run);
  });

  it.each([
    ['plain', 'pass', null, /^newest backup app\.sql, .*; checked size, pgdump, restore; restored \(users=3, races=1200\)$/],
    ['plain-gz', 'pass', null, /; checked size, gzip, pgdump, restore; restored \(users=3\)$/],
    ['custom', 'pass', null, /; checked size, pgdump, restore; restored \(public\.races=1200\)$/],
    ['no-trailer', 'fail', 'PGDUMP_INCOMPLETE', /^PGDUMP_INCOMPLETE: app\.sql has no "-- PostgreSQL database dump complete" trailer: the dump stopped before it finished$/],
    ['restrict-key', 'fail', 'PGDUMP_INCOMPLETE', /^PGDUMP_INCOMPLETE: app\.sql has an \\unrestrict key that differs from its \\restrict key/],
    ['not-a-dump', 'fail', 'PGDUMP_BAD_HEADER', /^PGDUMP_BAD_HEADER: app\.sql does not begin like a pg_dump plain dump/],
    ['custom-truncated', 'fail', 'PGDUMP_INCOMPLETE', /^PGDUMP_INCOMPLETE: pg_restore cannot read (the table of contents|every data block) of app\.dump: /],
    ['custom-bad-magic', 'fail', 'PGDMP_BAD_MAGIC', /^PGDMP_BAD_MAGIC: app\.dump is named like a pg_dump custom archive but does not begin with PGDMP$/],
    ['half-way', 'fail', 'RESTORE_SQL_ERROR', /^RESTORE_SQL_ERROR: the restore of the dump stopped: psql:\/.+\/half-way\/app\.sql:\d+: ERROR: {2}relation "no_such_table" does not exist$/],
    ['too-few-rows', 'fail', 'ROWCOUNT_MISMATCH', /^ROWCOUNT_MISMATCH: after the restore, users has 3 row\(s\), at least 10 expected; missing_table cannot be counted \(.*relation "missing_table" does not exist\)$/],
  ])('%s: %s %s', (name, status, code, summary) => {
    const r = found.get(name);
    expect(r).toMatchObject({ status, evidence: { code } });
    expect(r?.summary).toMatch(summary);
  });

  it('restores into scratch databases it drops again, never into the one the URL names, and never shows the password', () => {
    expect(databases()).toEqual(before);
    expect(pg.psql('postgres', "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").trim()).toBe('0');
    expect(found.get('plain')?.evidence).toMatchObject({ restored: true, rows: 'users=3, races=1200' });
    expect(run.log + run.stderr + run.summary + JSON.stringify(run.outputs) + JSON.stringify(run.annotations)).not.toContain(PG_PASSWORD);
    expect(run.masks).toContain(PG_PASSWORD);
  });

  it('the RPO is the restored backup', () => {
    expect(found.get('plain')?.evidence['rpo seconds']).toBe(found.get('plain')?.evidence['newest age seconds']);
    expect(found.get('half-way')?.evidence['rpo seconds']).toBeNull();
  });
});

describe('expect-tables', () => {
  it('expect-tables: a count below the minimum fails; at or above it passes', async () => {
    const source = set('expect-tables', 'app.sql', plain);
    const enough = await verify({ source, 'restore-database-url': pg.url, 'expect-tables': 'users>=3\nraces>=1200' });
    expect([enough.exitCode, byName(enough).get('expect-tables')?.evidence.rows]).toEqual([0, 'users=3, races=1200']);
    const short = await verify({ source, 'restore-database-url': pg.url, 'expect-tables': 'races>=1201' });
    expect(byName(short).get('expect-tables')?.summary).toBe('ROWCOUNT_MISMATCH: after the restore, races has 1200 row(s), at least 1201 expected');
  });
});

describe('could not decide', () => {
  it('without pg_restore on the PATH, a custom dump is undecided, never a pass', async () => {
    const run = await verify({ source: set('no-tool', 'app.dump', custom), verify: 'pgdump' }, { PATH: join(root, 'empty-path') });
    const [r] = byName(run).values();
    expect(r).toMatchObject({ status: 'fail', severity: 'P3', evidence: { code: 'TOOL_MISSING', undecided: true } });
    expect(r?.summary).toBe('could not decide: TOOL_MISSING: pg_restore is not installed (not found on PATH)');
    expect(run.outputs.status).toBe('undecided');
    expect(run.exitCode).toBe(1);
    expect(run.summary).toContain('| undecided P3 |');
  });

  it('a scratch server that refuses the password is undecided, and the dump itself was checked', async () => {
    const wrong = pg.url.replace(PG_PASSWORD, 'wrong-password-x');
    const run = await verify({ source: set('refused', 'app.sql', plain), verify: 'pgdump', 'restore-database-url': wrong });
    const [r] = byName(run).values();
    expect(r).toMatchObject({ status: 'fail', severity: 'P3', evidence: { code: 'CHECK_ERROR', undecided: true, checks: 'size, pgdump, restore' } });
    expect(r?.summary).toMatch(/^could not decide: CHECK_ERROR: creating the scratch database runbook_restore_refused_[0-9a-f]+ failed: .*password authentication failed/);
    expect(run.log).not.toContain('wrong-password-x');
  });
});

describe('a tool is judged by what it prints, and stopped at the timeout', () => {
  /** A directory for the PATH holding one fake tool, `pg_restore` unless named. */
  const fakeTool = (script: string, tool = 'pg_restore'): string => {
    const bin = join(root, `bin-${Math.random().toString(36).slice(2)}`);
    mkdirSync(bin);
    writeFileSync(join(bin, tool), `#!/bin/sh\n${script}\n`);
    chmodSync(join(bin, tool), 0o755);
    return `${bin}:/usr/bin:/bin`;
  };

  it('a scratch database that cannot be dropped is a warning naming it, the restore still counted', async () => {
    const psql = execFileSync('sh', ['-c', 'command -v psql'], { encoding: 'utf8' }).trim();
    const path = fakeTool(`case "$*" in *"DROP DATABASE"*) echo 'psql: error: connection to server lost' >&2; exit 2;; esac\nexec ${psql} "$@"`, 'psql');
    const run = await verify({ source: set('drop-fails', 'app.sql', plain), verify: 'pgdump', 'restore-database-url': pg.url, 'expect-tables': 'users>=1' }, { PATH: path });
    const left = databases().filter((d) => d.startsWith('runbook_restore_'));
    for (const name of left) pg.psql('postgres', `DROP DATABASE ${name}`);
    const [r] = byName(run).values();
    expect(left).toHaveLength(1);
    expect(r).toMatchObject({ status: 'warn', evidence: { code: 'SCRATCH_NOT_DROPPED', restored: true, rows: 'users=3' } });
    expect(r?.summary).toBe(`SCRATCH_NOT_DROPPED: the scratch database ${left[0]} could not be dropped (dropping ${left[0]} failed: psql: error: connection to server lost): drop it by hand`);
  });

  it('a pg_restore that exits 0 without a table of contents decides nothing', async () => {
    const run = await verify({ source: set('silent-tool', 'app.dump', custom), verify: 'pgdump' }, { PATH: fakeTool('exit 0') });
    const [r] = byName(run).values();
    expect(r).toMatchObject({ status: 'fail', severity: 'P3', evidence: { code: 'CHECK_ERROR', undecided: true } });
    expect(r?.summary).toBe('could not decide: CHECK_ERROR: pg_restore --list printed no table of contents for app.dump');
    expect(run.outputs.status).toBe('undecided');
  });

  it('a pg_restore that hangs is killed at `timeout` and the check is undecided', async () => {
    const run = await verify({ source: set('hung-tool', 'app.dump', custom), verify: 'pgdump', timeout: '300ms' }, { PATH: fakeTool('exec sleep 30') });
    const [r] = byName(run).values();
    expect(r).toMatchObject({ status: 'fail', evidence: { code: 'TIMED_OUT', undecided: true } });
    expect(r?.summary).toBe('could not decide: TIMED_OUT: pg_restore --list did not finish within 300ms');
    expect(run.durationMs).toBeLessThan(10_000);
  });
});
