import { afterEach, describe, expect, it } from 'vitest';
import { FakeRds, type DbSeed, type RdsFault, type SnapshotSeed } from '../fakes/rds-api.ts';
import { results, verify } from '../harness/backup-verify-run.ts';

const daily = (days: number, first = 3): SnapshotSeed[] => Array.from({ length: days }, (_, i) => ({ id: `rds:app-db-${i}`, hoursAgo: first + 24 * i }));

let fake: FakeRds | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function check(db: Partial<DbSeed>, inputs: Record<string, string> = {}, options: { pageSize?: number; faults?: RdsFault[] } = {}) {
  const seed: DbSeed = { kind: 'instance', id: 'app-db', retentionDays: 7, restorableMinutesAgo: 4, snapshots: daily(7), ...db };
  fake = await FakeRds.start([seed], options);
  const source = seed.kind === 'cluster' ? `rds-cluster:${seed.id}` : `rds:${seed.id}`;
  const run = await verify({ source, 'max-age': '26h', window: '3d', ...inputs }, fake.env());
  return { run, r: results(run)[0], fake };
}

describe('backup-verify on rds:INSTANCE and rds-cluster:CLUSTER through the real @aws-sdk/client-rds (query protocol)', () => {
  it('retention on, a recent restorable time and daily available snapshots pass; the RPO is the latest restorable time', async () => {
    const { run, r, fake } = await check({}, {}, { pageSize: 3 });
    expect(run.exitCode).toBe(0);
    expect(r).toMatchObject({ status: 'pass', target: 'rds:app-db', evidence: { backups: 7, newest: 'rds:app-db-0 (automated)', 'newest good': 'latest restorable time of rds:app-db' } });
    expect(fake.ops()).toEqual(['DescribeDBInstances', 'DescribeDBSnapshots', 'DescribeDBSnapshots', 'DescribeDBSnapshots']);
    expect(fake.requests.filter((q) => q.op === 'DescribeDBSnapshots').map((q) => Boolean(q.params.Marker))).toEqual([false, true, true]);
    expect(Math.abs(Number(run.outputs['rpo-seconds']) - 240)).toBeLessThan(30);
  });

  it('BackupRetentionPeriod 0 is AUTOMATED_BACKUPS_OFF; the newest manual snapshot is the restore point', async () => {
    const { run, r } = await check({ retentionDays: 0, restorableMinutesAgo: undefined, snapshots: [{ id: 'before-migration', hoursAgo: 5, type: 'manual' }] }, { window: '' });
    expect(r).toMatchObject({ status: 'fail', severity: 'P2', evidence: { code: 'AUTOMATED_BACKUPS_OFF', 'newest good': 'before-migration (manual)' } });
    expect(r?.summary).toContain('BackupRetentionPeriod is 0');
    expect(Math.abs(Number(run.outputs['rpo-seconds']) - 5 * 3600)).toBeLessThan(60);
  });

  it('max-restore-lag: a latest restorable time older than it is RESTORE_LAG (15m by default), within it passes', async () => {
    const lagging = await check({ restorableMinutesAgo: 20 });
    expect(lagging.r).toMatchObject({ status: 'fail', evidence: { code: 'RESTORE_LAG' } });
    expect(lagging.r?.summary).toMatch(/^RESTORE_LAG: the latest restorable time of rds:app-db is \S+, (19m \d+s|20m( \d+s)?) ago; at most 15m is expected/);
    await fake?.close();
    const allowed = await check({ restorableMinutesAgo: 20 }, { 'max-restore-lag': '30m' });
    expect(allowed.r).toMatchObject({ status: 'pass' });
  });

  it('only `available` snapshots count: failed and creating ones leave the newest too old (STALE) and a day uncovered (WINDOW_GAP)', async () => {
    const snapshots: SnapshotSeed[] = [{ id: 'a', hoursAgo: 3, status: 'creating' }, { id: 'b', hoursAgo: 27, status: 'failed' }, ...daily(5, 51)];
    const { r } = await check({ snapshots });
    expect(r?.evidence.codes).toBe('WINDOW_GAP, STALE');
  });

  it('a copied snapshot counts from its OriginalSnapshotCreateTime', async () => {
    const { r } = await check({ snapshots: [{ id: 'copy', hoursAgo: 1, copiedFromHoursAgo: 60, type: 'manual' }], restorableMinutesAgo: undefined, retentionDays: 0 }, { window: '' });
    expect(r?.evidence.codes).toBe('AUTOMATED_BACKUPS_OFF, STALE');
  });

  it('rds-cluster: DescribeDBClusters and DescribeDBClusterSnapshots', async () => {
    const { r, fake } = await check({ kind: 'cluster', id: 'aurora-main', snapshots: daily(4).map((s) => ({ ...s, id: `rds:aurora-main-${s.hoursAgo}` })) });
    expect(r).toMatchObject({ status: 'pass', target: 'rds-cluster:aurora-main' });
    expect(fake.ops()).toEqual(['DescribeDBClusters', 'DescribeDBClusterSnapshots']);
  });

  it.each(['DescribeDBInstances', 'DescribeDBSnapshots'] as const)('AccessDenied on %s is undecided and names the rds: action', async (op) => {
    const { run, r } = await check({}, {}, { faults: [{ kind: 'access-denied', op }] });
    expect(run.outputs.status).toBe('undecided');
    expect(r).toMatchObject({ status: 'fail', severity: 'P3', evidence: { code: 'NO_PERMISSION', undecided: true } });
    expect(r?.summary).toContain(`RDS ${op} on rds:app-db was refused: the credentials need rds:${op} (AccessDenied: `);
  });

  it('Throttling is retried; an instance that does not exist is NO_BACKUPS', async () => {
    const throttled = await check({}, {}, { faults: [{ kind: 'throttle', op: 'DescribeDBInstances', calls: 2 }] });
    expect(throttled.r).toMatchObject({ status: 'pass' });
    expect(throttled.fake.ops().slice(0, 3)).toEqual(['DescribeDBInstances', 'DescribeDBInstances', 'DescribeDBInstances']);
    await fake?.close();
    fake = await FakeRds.start([]);
    const [r] = results(await verify({ source: 'rds:gone-db' }, fake.env()));
    expect(r).toMatchObject({ status: 'fail', evidence: { code: 'NO_BACKUPS', undecided: false } });
    expect(r?.summary).toContain('rds:gone-db does not exist');
  });

  it('a DescribeDBSnapshots that never answers is TIMED_OUT within `timeout`', async () => {
    const { run, r } = await check({}, { timeout: '2s' }, { faults: [{ kind: 'hang', op: 'DescribeDBSnapshots' }] });
    expect(r).toMatchObject({ evidence: { code: 'TIMED_OUT', undecided: true } });
    expect(run.durationMs).toBeLessThan(8_000);
  });

  it('without AWS_REGION the input is rejected before any call', async () => {
    fake = await FakeRds.start([]);
    const run = await verify({ source: 'rds:app-db' }, { ...fake.env(), AWS_REGION: '', AWS_DEFAULT_REGION: '' });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual(['backup-verify: AWS_REGION: expected the region of rds:app-db in AWS_REGION (aws-actions/configure-aws-credentials sets it)']);
    expect(fake.ops()).toEqual([]);
  });
});
