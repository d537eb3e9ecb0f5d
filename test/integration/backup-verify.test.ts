import type { CheckResult } from '@runbook/core';
import { copyFileSync, createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { age, appBackup, corruptPage, flipByte, gzipFile, sqliteFile, truncateTo } from '../harness/backup-files.ts';
import { startFakeGitHub } from '../fakes/github-api.ts';
import { expectRejectedInput } from '../harness/expectations.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';

const root = mkdtempSync(join(tmpdir(), 'runbook-backups-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** `2026-12-01` for `daysAgo` UTC days before today. */
const day = (daysAgo: number): string => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
const dir = (...parts: string[]): string => {
  const path = join(root, ...parts);
  mkdirSync(path, { recursive: true });
  return path;
};
const bytes = (path: string, size: number, fill = 0x41): void => writeFileSync(path, Buffer.alloc(size, fill));

export const verify = (inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> => runAction('backup-verify', { 'open-issues': 'false', ...inputs }, { env });
export const results = (run: ActionRun): CheckResult[] => JSON.parse(run.outputs.results ?? '[]') as CheckResult[];
const byName = (run: ActionRun): Map<string, CheckResult> => new Map(results(run).map((r) => [r.subject, r]));

const config = (backups: unknown[]): string => {
  const path = join(root, `runbook-${Math.random().toString(36).slice(2)}.yml`);
  writeFileSync(path, stringify({ version: 1, environments: { production: { backups } } }));
  return path;
};

describe('backup-verify on local backup directories (runbook 001)', () => {
  const sets: unknown[] = [];
  let run: ActionRun;
  let found: Map<string, CheckResult>;

  beforeAll(async () => {
    // Runbook 001's layout: one directory per day, each with app.db, .env and uploads/.
    const good = dir('estimator');
    for (const n of [0, 1, 2]) appBackup(join(good, day(n)), { rows: 200 + n });
    sets.push({ name: 'estimator', source: { local: good }, pattern: '{date}', 'max-age': '26h', window: '2d', require: ['app.db', '.env', 'uploads/'], 'env-keys': ['SECRET_KEY', 'OPENAI_API_KEY'], verify: [{ sqlite: 'app.db' }] });

    const companion = dir('companion');
    appBackup(join(companion, day(1)));
    appBackup(join(companion, day(0)));
    rmSync(join(companion, day(0), 'uploads'), { recursive: true });
    rmSync(join(companion, day(1), 'uploads'), { recursive: true });
    sets.push({ name: 'companion', source: companion, pattern: '{date}', require: ['app.db', '.env', 'uploads/'] });

    const envKey = dir('env-key');
    appBackup(join(envKey, day(0)), { env: 'SECRET_KEY=env-value-never-shown-71\n# DATABASE_URL=commented-out\n' });
    sets.push({ name: 'env-key', source: `local:${envKey}`, 'env-keys': ['SECRET_KEY', 'DATABASE_URL'] });

    sets.push({ name: 'empty-dir', source: dir('empty-dir') });

    const emptyFile = dir('empty-file');
    bytes(join(emptyFile, 'db-old.bin'), 10);
    age(join(emptyFile, 'db-old.bin'), 24);
    writeFileSync(join(emptyFile, 'db-new.bin'), '');
    sets.push({ name: 'empty-file', source: emptyFile });

    const stale = dir('stale');
    bytes(join(stale, 'db.bin'), 10);
    age(join(stale, 'db.bin'), 30);
    sets.push({ name: 'stale', source: stale, 'max-age': '26h' });

    const gap = dir('gap');
    for (const n of [1, 3]) bytes(join(gap, `db_${day(n).replace(/-/g, '')}.sql`), 10, n);
    sets.push({ name: 'gap', source: gap, pattern: 'db_{date}.sql', window: '3d' });

    // Five earlier backups of about 2 MiB; the newest is 0.5 MiB: far more than 30% and 1 MiB smaller.
    const drop = dir('drop');
    for (const n of [1, 2, 3, 4, 5]) bytes(join(drop, `${day(n)}.dump.bin`), 2 * 1024 * 1024 + n, n);
    bytes(join(drop, `${day(0)}.dump.bin`), 512 * 1024);
    sets.push({ name: 'drop', source: drop, pattern: '{date}.dump.bin' });

    // Tiny backups that halve: more than 30%, but far less than the 1 MiB min-delta.
    const tiny = dir('tiny');
    for (const n of [1, 2, 3]) bytes(join(tiny, `${day(n)}.bin`), 2000 + n, n);
    bytes(join(tiny, `${day(0)}.bin`), 900);
    sets.push({ name: 'tiny', source: tiny, pattern: '{date}.bin' });

    const spike = dir('spike');
    for (const n of [1, 2, 3]) bytes(join(spike, `${day(n)}.bin`), 1024 * 1024 + n, n);
    bytes(join(spike, `${day(0)}.bin`), 6 * 1024 * 1024);
    sets.push({ name: 'spike', source: spike, pattern: '{date}.bin' });

    const identical = dir('identical');
    bytes(join(identical, `${day(1)}.bin`), 5000, 7);
    bytes(join(identical, `${day(0)}.bin`), 5000, 7);
    sets.push({ name: 'identical', source: identical, pattern: '{date}.bin' });

    sets.push({ name: 'few', source: identical, 'min-count': 3 });
    run = await verify({ config: config(sets), environment: 'production' });
    found = byName(run);
  });

  it('passes a complete, fresh set and says what it checked', () => {
    const r = found.get('estimator');
    expect(r).toMatchObject({ id: 'backup:production/estimator', kind: 'backup-verify', status: 'pass' });
    expect(r?.summary).toMatch(new RegExp(`^newest backup ${day(0)}, \\d+h( \\d+m)? old, [\\d.]+ KiB; checked size, require, history, sqlite: app.db$`));
    expect(r?.evidence).toMatchObject({ code: null, backups: 3, newest: day(0), 'newest good': day(0), checks: 'size, require, history, sqlite: app.db', undecided: false });
    expect(r?.severity).toBeUndefined();
  });

  it.each([
    ['companion', 'fail', 'P2', 'MISSING_COMPANION', new RegExp(`^MISSING_COMPANION: ${day(0)}/ lacks uploads/; the 1 backup\\(s\\) before it are not good either$`)],
    ['env-key', 'fail', 'P2', 'ENV_KEY_MISSING', new RegExp(`^ENV_KEY_MISSING: ${day(0)}/.env does not set DATABASE_URL$`)],
    ['empty-dir', 'fail', 'P2', 'NO_BACKUPS', /^NO_BACKUPS: no backups in .*empty-dir match \*$/],
    ['empty-file', 'fail', 'P2', 'EMPTY_FILE', /^EMPTY_FILE: db-new\.bin is empty \(0 bytes\); the newest good backup is db-old\.bin$/],
    ['stale', 'fail', 'P2', 'STALE', /^STALE: the newest backup, db\.bin, is 1d 6h old; at most 1d 2h is expected$/],
    ['gap', 'fail', 'P2', 'WINDOW_GAP', new RegExp(`^WINDOW_GAP: no backup on 1 UTC day\\(s\\) of the last 3d: ${day(2)}$`)],
    ['drop', 'fail', 'P2', 'SIZE_DROP', /^SIZE_DROP: .* is 512\.0 KiB, 75% smaller than the median of the 5 before it \(2\.0 MiB\); at most 30% is expected/],
    ['tiny', 'pass', undefined, null, /^newest backup/],
    ['spike', 'warn', 'P4', 'SIZE_SPIKE', /^SIZE_SPIKE: .* is 6\.0 MiB, 500% larger than the median of the 3 before it \(1\.0 MiB\); at most 300% is expected$/],
    ['identical', 'warn', 'P4', 'IDENTICAL_TO_PREVIOUS', new RegExp(`^IDENTICAL_TO_PREVIOUS: ${day(0)}\\.bin is byte-identical to ${day(1)}\\.bin`)],
    ['few', 'fail', 'P2', 'TOO_FEW_BACKUPS', /^TOO_FEW_BACKUPS: 2 backup\(s\) in .*identical, at least 3 expected/],
  ])('%s: %s %s %s', (name, status, severity, code, summary) => {
    const r = found.get(name);
    expect(r).toMatchObject({ status, evidence: { code } });
    expect(r?.severity).toBe(severity);
    expect(r?.summary).toMatch(summary);
  });

  it('annotates each problem with its code, fails the step, and never shows a .env value', () => {
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('fail');
    const errors = run.annotations.filter((a) => a.level === 'error' && a.title);
    expect(errors.map((a) => a.message.split(':')[0]).sort()).toEqual(['EMPTY_FILE', 'ENV_KEY_MISSING', 'MISSING_COMPANION', 'NO_BACKUPS', 'SIZE_DROP', 'STALE', 'TOO_FEW_BACKUPS', 'WINDOW_GAP']);
    expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.message.split(':')[0]).sort()).toEqual(['IDENTICAL_TO_PREVIOUS', 'SIZE_SPIKE']);
    const everything = run.stdout + run.stderr + run.summary + JSON.stringify(run.outputs);
    for (const value of ['env-value-never-shown-71', 'sk-never-shown-42', 'commented-out']) expect(everything).not.toContain(value);
  });

  it('gives the newest backup and the RPO of the set most at risk: one without a good backup has none', () => {
    expect(run.outputs['newest-backup']).toBe(join(root, 'companion', day(0)));
    expect(run.outputs['rpo-seconds']).toBe('');
  });

  it('gives the newest backup, its age and the RPO of one set', async () => {
    const one = await verify({ source: join(root, 'stale'), 'max-age': '26h' });
    expect(one.outputs['newest-backup']).toBe(join(root, 'stale', 'db.bin'));
    expect(Number(one.outputs['newest-age-seconds'])).toBeGreaterThanOrEqual(30 * 3600);
    expect(Number(one.outputs['newest-age-seconds'])).toBeLessThan(30 * 3600 + 60);
    expect(one.outputs['rpo-seconds']).toBe(one.outputs['newest-age-seconds']);
    expect(results(one)[0]?.id).toBe('backup:default/stale');
  });
});

describe('backup-verify on SQLite and gzip files', () => {
  let found: Map<string, CheckResult>;
  let run: ActionRun;

  beforeAll(async () => {
    const sets: unknown[] = [];
    const sqlite = (name: string, make: (path: string) => void, extra: Record<string, unknown> = {}) => {
      const d = dir('sqlite', name);
      make(join(d, 'app.db'));
      sets.push({ name: `sqlite-${name}`, source: d, verify: ['sqlite'], ...extra });
    };
    sqlite('good', (p) => sqliteFile(p));
    sqlite('corrupt', (p) => {
      sqliteFile(p, 2000);
      corruptPage(p, 5);
    });
    sqlite('truncated', (p) => {
      sqliteFile(p, 2000);
      truncateTo(p, 0.5);
    });
    sqlite('not-sqlite', (p) => writeFileSync(p, 'this is a CSV export, not a database\n'.repeat(10)));
    sqlite('wal', (p) => {
      sqliteFile(p);
      writeFileSync(`${p}-wal`, 'stray');
    });
    sqlite('orphan', (p) => sqliteFile(p, 10, { orphan: true }));
    sqlite('quick-corrupt', (p) => {
      sqliteFile(p, 2000);
      corruptPage(p, 5);
    }, { 'sqlite-check': 'quick' });

    const gzip = (name: string, make: (path: string) => void) => {
      const d = dir('gzip', name);
      make(join(d, 'dump.sql.gz'));
      sets.push({ name: `gzip-${name}`, source: d, verify: ['gzip'] });
    };
    gzip('good', (p) => gzipFile(p));
    gzip('truncated', (p) => {
      gzipFile(p);
      truncateTo(p, 0.6);
    });
    gzip('flipped', (p) => {
      gzipFile(p);
      flipByte(p, (n) => n / 2);
    });
    gzip('crc', (p) => {
      gzipFile(p);
      // The CRC-32 is the trailer's first 4 bytes: the data decodes, the check does not match.
      flipByte(p, (n) => n - 8);
    });

    // The newest is corrupt; the one before is good: the verdict is on the newest, the RPO is the older one's.
    const fallback = dir('gzip', 'fallback');
    gzipFile(join(fallback, 'old.sql.gz'));
    age(join(fallback, 'old.sql.gz'), 25);
    gzipFile(join(fallback, 'new.sql.gz'));
    truncateTo(join(fallback, 'new.sql.gz'), 0.5);
    sets.push({ name: 'fallback', source: fallback, verify: ['gzip'], 'min-delta': '10MiB' });

    run = await verify({ config: config(sets), environment: 'production' });
    found = byName(run);
  });

  it.each([
    ['sqlite-good', 'pass', null, /^newest backup app\.db, .*; checked size, sqlite$/],
    ['sqlite-corrupt', 'fail', 'SQLITE_CORRUPT', /^SQLITE_CORRUPT: app\.db fails PRAGMA integrity_check: Tree 3 page 5 cell \d+: Offset \d+ out of range [\d.]+(; Tree 3 page 5 cell \d+: [^;]+){9}$/],
    ['sqlite-quick-corrupt', 'fail', 'SQLITE_CORRUPT', /^SQLITE_CORRUPT: app\.db fails PRAGMA quick_check: Tree 3 page 5 /],
    ['sqlite-truncated', 'fail', 'SQLITE_TRUNCATED', /^SQLITE_TRUNCATED: app\.db is truncated: \d+ bytes, where its header says \d+ \(\d+ pages of 4096\)$/],
    ['sqlite-not-sqlite', 'fail', 'SQLITE_BAD_MAGIC', /^SQLITE_BAD_MAGIC: app\.db is not an SQLite database/],
    ['sqlite-wal', 'warn', 'SQLITE_WAL_SIDECAR', /^SQLITE_WAL_SIDECAR: app\.db-wal lies beside the copy/],
    ['sqlite-orphan', 'fail', 'SQLITE_FOREIGN_KEY', /^SQLITE_FOREIGN_KEY: app\.db has 1 row\(s\) whose foreign key points at nothing: orders → users$/],
    ['gzip-good', 'pass', null, /^newest backup dump\.sql\.gz, .*; checked size, gzip$/],
    ['gzip-truncated', 'fail', 'GZIP_TRUNCATED', /^GZIP_TRUNCATED: dump\.sql\.gz ends before its gzip stream does: the file is truncated$/],
    ['gzip-flipped', 'fail', 'GZIP_CRC', /^GZIP_CRC: dump\.sql\.gz (fails its gzip CRC-32 check|is corrupt: the gzip stream cannot be decoded)/],
    ['gzip-crc', 'fail', 'GZIP_CRC', /^GZIP_CRC: dump\.sql\.gz fails its gzip CRC-32 check: the data is corrupt$/],
    ['fallback', 'fail', 'GZIP_TRUNCATED', /^GZIP_TRUNCATED: new\.sql\.gz ends before .*; the newest good backup is old\.sql\.gz$/],
  ])('%s: %s %s', (name, status, code, summary) => {
    const r = found.get(name);
    expect(r).toMatchObject({ status, evidence: { code } });
    expect(r?.summary).toMatch(summary);
  });

  it('a corrupt SQLite file names the first problems', () => {
    expect(found.get('sqlite-truncated')?.evidence.checks).toBe('size, sqlite');
    expect(found.get('fallback')?.evidence).toMatchObject({ newest: 'new.sql.gz', 'newest good': 'old.sql.gz' });
    expect(Number(found.get('fallback')?.evidence['rpo seconds'])).toBeGreaterThanOrEqual(25 * 3600);
  });
});

describe('bad input: one line naming the input or path, nothing checked', () => {
  it.each([
    [{ source: 'ftp://backups/db/' }, /^backup-verify: input "source": unknown source scheme "ftp:": expected a local directory like \/backups\/estimator, s3:\/\/bucket\/prefix\/, gs:\/\/bucket\/prefix\/, cloudsql:PROJECT\/INSTANCE, rds:INSTANCE or rds-cluster:CLUSTER, got "ftp:\/\/backups\/db\/"$/],
    [{ source: 'cloudsql:only-project' }, /^backup-verify: input "source": expected cloudsql:PROJECT\/INSTANCE like cloudsql:my-project\/app-db, got "cloudsql:only-project"$/],
    [{ source: 's3://bkp/db/', require: 'app.db' }, /^backup-verify: input "require": expected no require for a s3 source: companions are checked in local backup directories only$/],
    [{ source: 'cloudsql:my-project/app-db', verify: 'gzip' }, /^backup-verify: input "verify": expected no verify: a cloudsql source's backups are the provider's snapshots, with no file to read$/],
    [{ source: 'backups' }, /^backup-verify: input "source": expected a local directory like \/backups\/estimator/],
    [{ source: '/tmp', 'max-age': 'soon' }, /^backup-verify: input "max-age": expected a positive duration like 500ms, 10s, 5m or 26h, got "soon"$/],
    [{ source: '/tmp', history: '-1' }, /^backup-verify: input "history": expected a whole number from 1 to 1000, got "-1"$/],
    [{ source: '/tmp', 'restore-database-url': 'postgres://u:p@127.0.0.1:1/postgres', 'expect-tables': 'users>=many' }, /^backup-verify: input "expect-tables": line 1: expected a table and a minimum row count like users>=1, got "users>=many"$/],
    [{ source: '/tmp', 'expect-tables': 'users>=1' }, /^backup-verify: input "expect-tables": expected restore-database-url too/],
    [{ source: '/tmp', verify: 'md5' }, /^backup-verify: input "verify": line 1: expected gzip, sqlite or pgdump/],
    [{ source: '/tmp', 'max-shrink': '130%' }, /^backup-verify: input "max-shrink": expected a percentage from 0% to 100%/],
    [{ source: '/tmp', 'restore-database-url': 'mysql://root:hunter2@db/x' }, /^backup-verify: input "restore-database-url": expected a postgres:\/\/ or postgresql:\/\/ URL naming the scratch server's host \(the value is not shown: it may hold a password\)$/],
    [{ source: '/tmp', pattern: 'a/{date}' }, /^backup-verify: input "pattern": expected a pattern for the names in the source directory/],
  ])('%o', async (inputs, message) => {
    const run = await verify(inputs);
    expectRejectedInput(run, message);
    expect(run.log + JSON.stringify(run.annotations) + run.summary).not.toContain('hunter2');
  });

  it.each([
    [{ source: { gcs: 'gs://x' } }, /backups\[0\]\.source/],
    [{ source: '/x', 'max-age': 'soon' }, /^backup-verify: .*\.yml: environments\.production\.backups\[0\]\.max-age: expected a positive duration/],
    [{ source: '/x', history: -1 }, /environments\.production\.backups\[0\]\.history: /],
    [{ source: '/x', 'expect-tables': ['users>=many'] }, /environments\.production\.backups\[0\]\.expect-tables\[0\]: expected a table and a minimum row count like users>=1, got "users>=many"$/],
    [{ source: '/x', restore: true }, /environments\.production\.backups\[0\]\.restore: expected the restore-database-url input too/],
    [{ source: '/x', verify: [{ sqlite: '../app.db' }] }, /environments\.production\.backups\[0\]\.verify\[0\]/],
    [{ source: '/x', sourse: '/y' }, /environments\.production\.backups\[0\]\.sourse: unknown key$/],
    [{ source: 'ftp://x/y' }, /environments\.production\.backups\[0\]\.source: unknown source scheme "ftp:"/],
    [{ source: 'rds:app-db', pattern: '*.gz' }, /environments\.production\.backups\[0\]\.pattern: expected no pattern: a rds source's backups are the provider's snapshots/],
    [{ source: 'gs://bkp/db/', 'env-keys': ['SECRET_KEY'] }, /environments\.production\.backups\[0\]\.env-keys: expected no env-keys for a gcs source/],
  ])('config %o', async (entry, message) => {
    expectRejectedInput(await verify({ config: config([entry]), environment: 'production' }), message);
  });
});

describe('dry-run', () => {
  it('lists what it would check and checks nothing', async () => {
    const d = dir('dry');
    gzipFile(join(d, 'a.sql.gz'));
    copyFileSync(join(d, 'a.sql.gz'), join(d, 'b.sql.gz'));
    truncateTo(join(d, 'b.sql.gz'), 0.3);
    const run = await verify({ source: d, verify: 'gzip', 'dry-run': 'true' });
    expect(run.exitCode).toBe(0);
    const [r] = results(run);
    expect(r?.summary).toMatch(/^dry run: would check [ab]\.sql\.gz \(newest of 2\) with size, gzip$/);
    expect(run.summary).toContain('dry run: nothing was verified or restored');
  });
});

describe('incidents', () => {
  it('opens one P2 issue per bad backup set, with the code, and closes it when a good backup arrives', async () => {
    const github = await startFakeGitHub();
    const d = dir('incident');
    appBackup(join(d, day(1)), { rows: 10 });
    appBackup(join(d, day(0)), { rows: 20 });
    corruptPage(join(d, day(0), 'app.db'), 2);
    const check = () =>
      runAction('backup-verify', { source: d, name: 'estimator', environment: 'production', pattern: '{date}', verify: 'sqlite: app.db', 'github-token': github.token }, { env: { GITHUB_API_URL: github.url } });
    try {
      const failing = await check();
      expect(failing.exitCode).toBe(1);
      expect(github.issues).toHaveLength(1);
      const [issue] = github.issues;
      expect(issue).toMatchObject({ state: 'open', labels: expect.arrayContaining(['P2', 'backup-verify']) });
      expect(issue?.title).toBe('[P2] estimator: backup check failing');
      expect(issue?.body).toContain('SQLITE_CORRUPT');
      expect(issue?.body).toContain('id=backup%3Aproduction%2Festimator ');
      expect(issue?.body).toContain('Take a manual backup now');

      rmSync(join(d, day(0)), { recursive: true });
      appBackup(join(d, day(0)), { rows: 30 });
      const fixed = await check();
      expect(fixed.exitCode).toBe(0);
      expect(github.issues).toHaveLength(1);
      expect(github.issues[0]?.state).toBe('closed');
    } finally {
      await github.close();
    }
  });
});

describe('backup-verify memory', () => {
  it('reads a gzipped plain dump much larger than its heap as a stream (gzip and pgdump checks)', async () => {
    const d = dir('big-dump');
    const path = join(d, 'app.sql.gz');
    const ROWS = 1_100_000;
    // Random base64 rows barely compress: the file is ~70 MB, the heap 24 MB, so its text (or its
    // 1.1 million lines) held as strings would not fit. Buffers live outside the heap: the cap catches text, not bytes.
    async function* dump(): AsyncGenerator<string> {
      yield '--\n-- PostgreSQL database dump\n--\n\nCOPY public.events (id, payload) FROM stdin;\n';
      for (let i = 0; i < ROWS; i += 1000) yield Array.from({ length: 1000 }, (_, j) => `${i + j}\t${randomBytes(60).toString('base64')}\n`).join('');
      yield '\\.\n\n--\n-- PostgreSQL database dump complete\n--\n';
    }
    await pipeline(Readable.from(dump()), createGzip({ level: 1 }), createWriteStream(path));
    expect(statSync(path).size).toBeGreaterThan(64 * 1024 * 1024);
    const run = await verify({ source: d, name: 'big', verify: 'gzip\npgdump' }, { NODE_OPTIONS: '--max-old-space-size=24' });
    expect(run.exitCode, `${run.stderr}\n${run.stdout}`).toBe(0);
    const [r] = results(run);
    expect(r).toMatchObject({ status: 'pass', evidence: { code: null } });
    expect(r?.summary).toMatch(/checked size, gzip, pgdump/);
  }, 120_000);
});
