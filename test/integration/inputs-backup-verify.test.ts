import type { CheckResult } from '@runbook/core';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { startFakeGitHub } from '../fakes/github-api.ts';
import { age, appBackup, corruptPage, sqliteFile } from '../harness/backup-files.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';

// Each backup-verify input shown to change the outcome: the same backups checked with and without it.

const root = mkdtempSync(join(tmpdir(), 'runbook-backup-inputs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
/** A fresh directory holding `files` (name → size in bytes, made of `fill`), each `hoursAgo` old. */
function backups(files: Record<string, [size: number, hoursAgo: number, fill?: number]>): string {
  const dir = join(root, `set-${n++}`);
  mkdirSync(dir);
  for (const [name, [size, hoursAgo, fill = 0x41]] of Object.entries(files)) {
    writeFileSync(join(dir, name), Buffer.alloc(size, fill));
    age(join(dir, name), hoursAgo);
  }
  return dir;
}

const verify = (inputs: Record<string, string>): Promise<ActionRun> => runAction('backup-verify', { 'open-issues': 'false', ...inputs });
const first = (run: ActionRun): CheckResult | undefined => (JSON.parse(run.outputs.results ?? '[]') as CheckResult[])[0];
const code = async (inputs: Record<string, string>): Promise<unknown> => first(await verify(inputs))?.evidence.code ?? null;
const day = (daysAgo: number): string => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
const MiB = 1024 * 1024;

describe('backup-verify inputs', () => {
  it('name: is the last part of the result id; by default the directory name', async () => {
    const source = backups({ 'a.bin': [10, 1] });
    expect(first(await verify({ source }))?.id).toBe(`backup:default/${source.split('/').pop()}`);
    expect(first(await verify({ source, name: 'estimator' }))?.id).toBe('backup:default/estimator');
  });

  it('source: the directory whose entries are the backups', async () => {
    expect(await code({ source: backups({ 'a.bin': [10, 1] }) })).toBeNull();
    expect(await code({ source: backups({}) })).toBe('NO_BACKUPS');
  });

  it('pattern: only matching entries are backups, and {date} gives their time', async () => {
    const source = backups({ [`db_${day(3).replace(/-/g, '')}.sql`]: [10, 0, 1], 'notes.txt': [10, 0] });
    expect(await code({ source, 'max-age': '26h' })).toBeNull();
    expect(await code({ source, 'max-age': '26h', pattern: 'db_{date}.sql' })).toBe('STALE');
  });

  it('max-age: a backup older than it is stale; without it, age alone fails nothing', async () => {
    const source = backups({ 'a.bin': [10, 30] });
    expect(await code({ source })).toBeNull();
    expect(await code({ source, 'max-age': '26h' })).toBe('STALE');
    expect(await code({ source, 'max-age': '31h' })).toBeNull();
  });

  it('min-count: fewer backups than it fail', async () => {
    const source = backups({ 'a.bin': [10, 1, 1], 'b.bin': [10, 2, 2] });
    expect(await code({ source })).toBeNull();
    expect(await code({ source, 'min-count': '3' })).toBe('TOO_FEW_BACKUPS');
  });

  it('window: a UTC day without a backup in it fails', async () => {
    const source = backups({ 'a.bin': [10, 0, 1] });
    expect(await code({ source })).toBeNull();
    expect(await code({ source, window: '3d' })).toBe('WINDOW_GAP');
  });

  it('history: the median is taken over that many earlier backups', async () => {
    // Newest 4 MiB; before it 4, 10, 10 MiB: the median of one is 4 MiB (fine), of three 10 MiB (a 60% drop).
    const source = backups({ 'd.bin': [4 * MiB, 1, 1], 'c.bin': [4 * MiB, 2, 2], 'b.bin': [10 * MiB, 3, 3], 'a.bin': [10 * MiB, 4, 4] });
    expect(await code({ source, history: '1' })).toBeNull();
    expect(await code({ source, history: '3' })).toBe('SIZE_DROP');
  });

  it('max-shrink: a drop beyond it fails, within it passes', async () => {
    const source = backups({ 'b.bin': [6 * MiB, 1, 1], 'a.bin': [10 * MiB, 2, 2] });
    expect(await code({ source })).toBe('SIZE_DROP');
    expect(await code({ source, 'max-shrink': '50%' })).toBeNull();
  });

  it('max-growth: growth beyond it warns, within it passes', async () => {
    const source = backups({ 'b.bin': [5 * MiB, 1, 1], 'a.bin': [2 * MiB, 2, 2] });
    expect(await code({ source })).toBeNull();
    const run = await verify({ source, 'max-growth': '100%' });
    expect([first(run)?.evidence.code, first(run)?.status, run.exitCode]).toEqual(['SIZE_SPIKE', 'warn', 0]);
  });

  it('min-delta: a change smaller than it never counts', async () => {
    const source = backups({ 'b.bin': [1000, 1, 1], 'a.bin': [5000, 2, 2] });
    expect(await code({ source })).toBeNull();
    expect(await code({ source, 'min-delta': '1KiB' })).toBe('SIZE_DROP');
  });

  it('require: a backup without a required entry fails', async () => {
    const source = join(root, `set-${n++}`);
    appBackup(join(source, day(0)));
    rmSync(join(source, day(0), '.env'));
    expect(await code({ source })).toBeNull();
    expect(await code({ source, require: 'app.db\nuploads/' })).toBeNull();
    expect(await code({ source, require: 'app.db\n.env\nuploads/' })).toBe('MISSING_COMPANION');
  });

  it('env-keys: a key the .env does not set fails, naming only the key', async () => {
    const source = join(root, `set-${n++}`);
    appBackup(join(source, day(0)), { env: 'SECRET_KEY=value-not-shown-93\n' });
    expect(await code({ source, 'env-keys': 'SECRET_KEY' })).toBeNull();
    const run = await verify({ source, 'env-keys': 'SECRET_KEY\nDATABASE_URL' });
    expect(first(run)?.summary).toBe(`ENV_KEY_MISSING: ${day(0)}/.env does not set DATABASE_URL`);
    expect(run.stdout + run.summary).not.toContain('value-not-shown-93');
  });

  it('verify: the checks it lists run, the others do not', async () => {
    const source = join(root, `set-${n++}`);
    sqliteFile(join(source, 'app.db'), 2000);
    corruptPage(join(source, 'app.db'), 5);
    expect(await code({ source })).toBeNull();
    expect(await code({ source, verify: 'sqlite' })).toBe('SQLITE_CORRUPT');
    expect(await code({ source, verify: 'gzip' })).toBe('GZIP_BAD_MAGIC');
  });

  it('sqlite-check: quick runs PRAGMA quick_check, the default integrity_check', async () => {
    const source = join(root, `set-${n++}`);
    sqliteFile(join(source, 'app.db'), 2000);
    corruptPage(join(source, 'app.db'), 5);
    expect(first(await verify({ source, verify: 'sqlite' }))?.summary).toMatch(/fails PRAGMA integrity_check: /);
    expect(first(await verify({ source, verify: 'sqlite', 'sqlite-check': 'quick' }))?.summary).toMatch(/fails PRAGMA quick_check: /);
  });

  it('severity: the severity of a bad backup, P2 by default', async () => {
    const source = backups({});
    expect(first(await verify({ source }))?.severity).toBe('P2');
    expect(first(await verify({ source, severity: 'P1' }))?.severity).toBe('P1');
  });

  it("runbook: is the failing result's runbook and its incident's steps, instead of runbook 001's", async () => {
    const github = await startFakeGitHub();
    try {
      const source = backups({});
      const withIssues = (inputs: Record<string, string>) => runAction('backup-verify', { source, 'github-token': github.token, ...inputs }, { env: { GITHUB_API_URL: github.url } });
      await withIssues({});
      expect(github.issues[0]?.body).toContain('Take a manual backup now');
      github.reset();
      const run = await withIssues({ runbook: 'Run ./backup.sh on the VM, then page the DBA.' });
      expect(first(run)?.runbook).toBe('Run ./backup.sh on the VM, then page the DBA.');
      expect(github.issues[0]?.body).toContain('Run ./backup.sh on the VM, then page the DBA.');
      expect(github.issues[0]?.body).not.toContain('Take a manual backup now');
    } finally {
      await github.close();
    }
  });

  it('dry-run: lists the plan and checks nothing; without it the bad backup fails', async () => {
    const source = backups({ 'db.sql.gz': [100, 1] });
    const checked = await verify({ source, verify: 'gzip' });
    expect([checked.exitCode, first(checked)?.evidence.code]).toEqual([1, 'GZIP_BAD_MAGIC']);
    const dry = await verify({ source, verify: 'gzip', 'dry-run': 'true' });
    expect([dry.exitCode, first(dry)?.summary]).toEqual([0, 'dry run: would check db.sql.gz (newest of 1) with size, gzip']);
  });

  it('config and environment: the backups: of that environment are checked, with ids under it', async () => {
    const good = backups({ 'a.bin': [10, 1] });
    const empty = backups({});
    const file = join(root, 'runbook.yml');
    writeFileSync(file, stringify({ version: 1, environments: { production: { backups: [{ name: 'good', source: good }] }, staging: { backups: [{ name: 'empty', source: empty }] } } }));
    const production = await verify({ config: file, environment: 'production' });
    expect([production.exitCode, first(production)?.id]).toEqual([0, 'backup:production/good']);
    const staging = await verify({ config: file, environment: 'staging' });
    expect([staging.exitCode, first(staging)?.id, first(staging)?.evidence.code]).toEqual([1, 'backup:staging/empty', 'NO_BACKUPS']);
  });

  it('skip-restores: a set that restores is checked without its restore and needs no scratch server; without it the server is required', async () => {
    const source = backups({ 'db.sql': [10, 1] });
    const file = join(root, 'runbook-restore.yml');
    writeFileSync(file, stringify({ version: 1, environments: { production: { backups: [{ name: 'db', source, restore: true, 'expect-tables': ['users>=1'] }] } } }));
    const required = await verify({ config: file, environment: 'production' });
    expect(required.exitCode).toBe(1);
    expect(required.annotations.find((a) => a.level === 'error')?.message).toMatch(/backups\[0\]\.restore: expected the restore-database-url input too/);
    const skipped = await verify({ config: file, environment: 'production', 'skip-restores': 'true', 'restore-database-url': 'postgres://u:p@127.0.0.1:1/postgres' });
    expect(skipped.exitCode).toBe(0);
    expect(first(skipped)?.evidence).toMatchObject({ checks: 'size', restored: false });
  });
});
