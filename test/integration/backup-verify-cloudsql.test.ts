import { afterEach, describe, expect, it } from 'vitest';
import { FakeCloudSql, type BackupRunSeed, type CloudSqlFault, type InstanceSeed } from '../fakes/cloudsql-api.ts';
import { results, verify } from '../harness/backup-verify-run.ts';

/** One SUCCESSFUL automated run a day, the newest `first` hours ago. */
const daily = (days: number, first = 2): BackupRunSeed[] => Array.from({ length: days }, (_, i) => ({ status: 'SUCCESSFUL', hoursAgo: first + 24 * i }));

let fake: FakeCloudSql | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function check(instance: Partial<InstanceSeed>, inputs: Record<string, string> = {}, options: { pageSize?: number; faults?: CloudSqlFault[] } = {}) {
  fake = await FakeCloudSql.start([{ project: 'keiba-prod', name: 'app-db', runs: daily(10), ...instance }], options);
  const run = await verify({ source: 'cloudsql:keiba-prod/app-db', 'sqladmin-root-url': `${fake.url}/`, 'max-age': '26h', window: '3d', ...inputs }, fake.env());
  return { run, r: results(run)[0], fake };
}

describe('backup-verify on cloudsql:PROJECT/INSTANCE through the real @googleapis/sqladmin (Admin API v1)', () => {
  it('daily successful runs with point-in-time recovery pass; pages are read only back to the window, with a federated token', async () => {
    const { run, r, fake } = await check({ runs: daily(20) }, {}, { pageSize: 3 });
    expect(run.exitCode).toBe(0);
    expect(r).toMatchObject({ status: 'pass', target: 'cloudsql:keiba-prod/app-db', evidence: { checks: 'status', 'newest size bytes': null } });
    expect(r?.summary).toMatch(/^newest backup backup run \d+ \(automated\), 1h 5\dm old; checked status$/);
    // 20 runs, 3 a page: the lookback (3 days and one more) ends the reading after the second page.
    expect(fake.ops()).toEqual(['token', 'instances.get', 'backupRuns.list', 'backupRuns.list']);
    expect(fake.requests.filter((q) => q.op !== 'token').every((q) => q.authorized)).toBe(true);
    expect(fake.requests.filter((q) => q.op === 'backupRuns.list').map((q) => Boolean(q.query.pageToken))).toEqual([false, true]);
    expect(Math.abs(Number(run.outputs['rpo-seconds']) - (2 - 0.05) * 3600)).toBeLessThan(60);
  });

  it('a FAILED latest run is RUN_FAILED with its error message', async () => {
    const { r } = await check({ runs: [{ status: 'FAILED', hoursAgo: 2, error: 'An internal error occurred.' }, ...daily(5, 26)] });
    expect(r).toMatchObject({ status: 'fail', severity: 'P2', evidence: { code: 'RUN_FAILED' } });
    expect(r?.summary).toMatch(/^RUN_FAILED: the automated backup run of cloudsql:keiba-prod\/app-db at \S+ FAILED: An internal error occurred\./);
  });

  it('an OVERDUE latest run is RUN_OVERDUE, and the missing backup also makes the newest one STALE', async () => {
    const { r } = await check({ runs: [{ status: 'OVERDUE', hoursAgo: 3 }, ...daily(5, 27)] });
    expect(r?.evidence.codes).toBe('RUN_OVERDUE, STALE');
  });

  it('a day with no successful run in the window is WINDOW_GAP naming the day', async () => {
    const runs = daily(6).filter((run) => run.hoursAgo !== 50);
    const { r } = await check({ runs });
    const gap = new Date(Date.now() - 50 * 3_600_000).toISOString().slice(0, 10);
    expect(r).toMatchObject({ status: 'fail', evidence: { code: 'WINDOW_GAP' } });
    expect(r?.summary).toBe(`WINDOW_GAP: no backup on 1 UTC day(s) of the last 3d: ${gap}`);
  });

  it('point-in-time recovery off is PITR_DISABLED (PostgreSQL), and MySQL reads binaryLogEnabled', async () => {
    const pg = await check({ pitr: false });
    expect(pg.r).toMatchObject({ status: 'fail', evidence: { code: 'PITR_DISABLED' } });
    expect(pg.r?.summary).toContain('settings.backupConfiguration.pointInTimeRecoveryEnabled is false');
    await fake?.close();
    const mysql = await check({ pitr: false, databaseVersion: 'MYSQL_8_0' });
    expect(mysql.r?.summary).toContain('settings.backupConfiguration.binaryLogEnabled is false');
  });

  it('automated backups switched off is AUTOMATED_BACKUPS_OFF', async () => {
    const { r } = await check({ backupsEnabled: false });
    expect(r).toMatchObject({ status: 'fail', evidence: { code: 'AUTOMATED_BACKUPS_OFF' } });
  });

  it.each([
    ['backupRuns.list', 'cloudsql.backupRuns.list'],
    ['instances.get', 'cloudsql.instances.get'],
  ] as const)('a 403 on %s is undecided and names %s', async (op, permission) => {
    const { run, r } = await check({}, {}, { faults: [{ kind: 'forbidden', op }] });
    expect(run.outputs.status).toBe('undecided');
    expect(r).toMatchObject({ status: 'fail', severity: 'P3', evidence: { code: 'NO_PERMISSION', undecided: true } });
    expect(r?.summary).toContain(`Cloud SQL ${op} on cloudsql:keiba-prod/app-db was refused: the credentials need ${permission} (notAuthorized: `);
  });

  it('an instance that does not exist is NO_BACKUPS', async () => {
    fake = await FakeCloudSql.start([]);
    const [r] = results(await verify({ source: 'cloudsql:keiba-prod/app-db', 'sqladmin-root-url': `${fake.url}/` }, fake.env()));
    expect(r).toMatchObject({ status: 'fail', evidence: { code: 'NO_BACKUPS', undecided: false } });
  });

  it('a backupRuns.list that never answers is TIMED_OUT within `timeout`', async () => {
    const { run, r } = await check({}, { timeout: '2s' }, { faults: [{ kind: 'hang', op: 'backupRuns.list' }] });
    expect(r).toMatchObject({ evidence: { code: 'TIMED_OUT', undecided: true } });
    expect(run.durationMs).toBeLessThan(8_000);
  });

  it('sqladmin-root-url: the Admin API calls go to it; one where nothing answers is undecided', async () => {
    fake = await FakeCloudSql.start([{ project: 'keiba-prod', name: 'app-db', runs: daily(3) }]);
    const inputs = { source: 'cloudsql:keiba-prod/app-db', timeout: '3s' };
    // A loaded machine can take seconds for the token exchange: the reachable case gets room.
    const reached = await verify({ ...inputs, timeout: '15s', 'sqladmin-root-url': `${fake.url}/` }, fake.env());
    expect(results(reached)[0]).toMatchObject({ status: 'pass' });
    const elsewhere = await verify({ ...inputs, 'sqladmin-root-url': 'http://127.0.0.1:9/' }, fake.env());
    expect(results(elsewhere)[0]).toMatchObject({ status: 'fail', evidence: { undecided: true } });
    expect(fake.ops().filter((op) => op !== 'token')).toEqual(['instances.get', 'backupRuns.list']);
  });

  it('dry-run says what it would check', async () => {
    const { run, r } = await check({}, { 'dry-run': 'true' });
    expect(run.exitCode).toBe(0);
    expect(r?.summary).toMatch(/^dry run: would check backup run \d+ \(automated\) \(newest of \d+\) with the provider's backup status \(backup runs, point-in-time recovery\)$/);
  });
});
