import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { gzipFile, truncateTo } from '../harness/backup-files.ts';
import { FakeGcs, type GcsFault, type GcsObject } from '../fakes/gcs-api.ts';
import { results, verify } from '../harness/backup-verify-run.ts';

const root = mkdtempSync(join(tmpdir(), 'runbook-gcs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const HOUR = 3_600_000;
const ago = (hours: number): Date => new Date(Date.now() - hours * HOUR);

let n = 0;
function gzipBytes(options: { truncated?: boolean } = {}): Buffer {
  const path = join(root, `dump-${n++}.sql.gz`);
  gzipFile(path, 64 * 1024 + n * 100);
  if (options.truncated) truncateTo(path, 0.5);
  return readFileSync(path);
}

/** Dumps under `pg/`, named by their hour so that no {date} is needed: `updated` is their time. */
const dumps = (hoursAgo: number[], body: (i: number) => Buffer = () => gzipBytes()): GcsObject[] =>
  hoursAgo.map((h, i) => ({ bucket: 'app-backups', name: `pg/dump-${String(h).padStart(3, '0')}.sql.gz`, body: body(i), updated: ago(h) }));

let gcs: FakeGcs | undefined;
afterEach(async () => {
  await gcs?.close();
  gcs = undefined;
});
const start = async (objects: GcsObject[], options: { pageSize?: number; faults?: GcsFault[] } = {}): Promise<FakeGcs> => (gcs = await FakeGcs.start(objects, { buckets: ['app-backups'], ...options }));

describe('backup-verify on gs://bucket/prefix/ through the real @google-cloud/storage (STORAGE_EMULATOR_HOST)', () => {
  it('follows pageToken through every page with the prefix, downloads only the newest (alt=media) and checks it', async () => {
    const fake = await start([...dumps([1, 25, 49, 73]), { bucket: 'app-backups', name: 'other/dump.sql.gz', body: gzipBytes(), updated: ago(0) }], { pageSize: 1 });
    const run = await verify({ source: 'gs://app-backups/pg/', pattern: '*.sql.gz', 'max-age': '26h', window: '3d', verify: 'gzip' }, fake.env());
    const [r] = results(run);
    expect(run.exitCode).toBe(0);
    expect(r).toMatchObject({ status: 'pass', evidence: { backups: 4, newest: 'dump-001.sql.gz', checks: 'size, history, gzip' } });
    const lists = fake.requests.filter((q) => q.op === 'objects.list');
    expect(lists).toHaveLength(4);
    expect(lists.every((q) => q.query.prefix === 'pg/' && q.query.delimiter === '/')).toBe(true);
    expect(lists.slice(1).every((q) => q.query.pageToken)).toBe(true);
    expect(fake.requests.filter((q) => q.op === 'objects.get').map((q) => q.query.alt)).toEqual(['media']);
    expect(run.outputs['newest-backup']).toBe('gs://app-backups/pg/dump-001.sql.gz');
    expect(Math.abs(Number(run.outputs['rpo-seconds']) - 3600)).toBeLessThan(60);
  });

  it('a truncated newest dump is GZIP_TRUNCATED; the older one is the newest good backup', async () => {
    const fake = await start(dumps([1, 25], (i) => gzipBytes({ truncated: i === 0 })));
    const [r] = results(await verify({ source: 'gs://app-backups/pg/', verify: 'gzip' }, fake.env()));
    expect(r).toMatchObject({ status: 'fail', evidence: { code: 'GZIP_TRUNCATED', 'newest good': 'dump-025.sql.gz' } });
  });

  it('a 403 on objects.list is undecided and names storage.objects.list', async () => {
    const fake = await start(dumps([1]), { faults: [{ kind: 'forbidden', op: 'objects.list' }] });
    const run = await verify({ source: 'gs://app-backups/pg/' }, fake.env());
    const [r] = results(run);
    expect(run.outputs.status).toBe('undecided');
    expect(r).toMatchObject({ status: 'fail', severity: 'P3', evidence: { code: 'NO_PERMISSION', undecided: true } });
    expect(r?.summary).toMatch(/^could not decide: NO_PERMISSION: GCS objects\.list on gs:\/\/app-backups\/pg\/ was refused: the credentials need storage\.objects\.list on bucket app-backups \(forbidden: /);
    expect(fake.ops()).toEqual(['objects.list']);
  });

  it('a 403 on the download names storage.objects.get', async () => {
    const fake = await start(dumps([1]), { faults: [{ kind: 'forbidden', op: 'objects.get' }] });
    const [r] = results(await verify({ source: 'gs://app-backups/pg/', verify: 'gzip' }, fake.env()));
    expect(r).toMatchObject({ evidence: { code: 'NO_PERMISSION', undecided: true } });
    expect(r?.summary).toContain('the credentials need storage.objects.get on bucket app-backups');
  });

  it('503s on list and download are retried, and the check passes', async () => {
    const fake = await start(dumps([1]), {
      faults: [
        { kind: 'unavailable', op: 'objects.list', calls: 2 },
        { kind: 'unavailable', op: 'objects.get', calls: 1 },
      ],
    });
    const [r] = results(await verify({ source: 'gs://app-backups/pg/', verify: 'gzip' }, fake.env()));
    expect(r).toMatchObject({ status: 'pass' });
    expect(fake.ops()).toEqual(['objects.list', 'objects.list', 'objects.list', 'objects.get', 'objects.get']);
  });

  it('an objects.list that never answers is TIMED_OUT within `timeout`', async () => {
    const fake = await start(dumps([1]), { faults: [{ kind: 'hang', op: 'objects.list' }] });
    const run = await verify({ source: 'gs://app-backups/pg/', timeout: '2s' }, fake.env());
    expect(results(run)[0]).toMatchObject({ evidence: { code: 'TIMED_OUT', undecided: true } });
    expect(run.durationMs).toBeLessThan(8_000);
  });

  it('dry-run lists and downloads nothing', async () => {
    const fake = await start(dumps([1, 25]));
    const run = await verify({ source: 'gs://app-backups/pg/', verify: 'gzip', 'dry-run': 'true' }, fake.env());
    expect(results(run)[0]?.summary).toBe('dry run: would check dump-001.sql.gz (newest of 2) with size, gzip');
    expect(fake.ops()).toEqual(['objects.list']);
  });
});
