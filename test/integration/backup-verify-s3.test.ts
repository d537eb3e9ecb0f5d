import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { flipByte, gzipFile, sqliteFile } from '../harness/backup-files.ts';
import { FakeS3, type S3Fault, type S3Object } from '../fakes/s3-api.ts';
import { results, verify } from '../harness/backup-verify-run.ts';

const root = mkdtempSync(join(tmpdir(), 'runbook-s3-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const HOUR = 3_600_000;
const ago = (hours: number): Date => new Date(Date.now() - hours * HOUR);
const day = (hoursAgo: number): string => ago(hoursAgo).toISOString().slice(0, 10);

let n = 0;
/** A real gzip file's bytes, each a little different; `corrupt` flips a byte of its CRC-32. */
function gzipBytes(options: { corrupt?: boolean } = {}): Buffer {
  const path = join(root, `dump-${n++}.sql.gz`);
  gzipFile(path, 64 * 1024 + n * 100);
  if (options.corrupt) flipByte(path, (length) => length - 8);
  return readFileSync(path);
}

/** Daily dumps `db/db_<day>.sql.gz`, newest first, `hoursAgo[i]` old. */
const dumps = (bucket: string, hoursAgo: number[], body: (i: number) => Buffer = () => gzipBytes()): S3Object[] =>
  hoursAgo.map((h, i) => ({ bucket, key: `db/db_${day(h)}.sql.gz`, body: body(i), lastModified: ago(h) }));

let s3: FakeS3 | undefined;
afterEach(async () => {
  await s3?.close();
  s3 = undefined;
});
const start = async (objects: S3Object[], options: { pageSize?: number; faults?: S3Fault[] } = {}): Promise<FakeS3> => (s3 = await FakeS3.start(objects, { buckets: ['backups'], ...options }));

describe('backup-verify on s3://bucket/prefix/ through the real @aws-sdk/client-s3', () => {
  it('follows every page of ListObjectsV2, streams only the newest object into the gzip check, and gives rpo and newest-backup', async () => {
    const objects = [
      ...dumps('backups', [2, 26, 50, 74, 98]),
      { bucket: 'backups', key: 'db/README.txt', body: Buffer.from('not a backup'), lastModified: ago(1) },
      { bucket: 'backups', key: 'db/old/db_2020-01-01.sql.gz', body: gzipBytes(), lastModified: ago(1) },
      { bucket: 'other', key: 'db/db_x.sql.gz', body: gzipBytes(), lastModified: ago(1) },
    ];
    const fake = await start(objects, { pageSize: 2 });
    const run = await verify({ source: 's3://backups/db/', pattern: 'db_{date}.sql.gz', 'max-age': '26h', window: '3d', verify: 'gzip' }, fake.env());
    const [r] = results(run);
    expect(run.exitCode).toBe(0);
    expect(r).toMatchObject({ status: 'pass', target: 's3://backups/db/db_{date}.sql.gz' });
    expect(r?.evidence).toMatchObject({ backups: 5, newest: `db_${day(2)}.sql.gz`, checks: 'size, history, gzip', 'newest size bytes': objects[0]?.body.length });
    // Seven keys and one common prefix under db/, two per page: four pages, each continuing from the last token.
    const lists = fake.requests.filter((q) => q.op === 'ListObjectsV2');
    expect(lists.map((q) => [q.query.prefix, q.query.delimiter, Boolean(q.query['continuation-token'])])).toEqual([
      ['db/', '/', false],
      ['db/', '/', true],
      ['db/', '/', true],
      ['db/', '/', true],
    ]);
    expect(fake.requests.filter((q) => q.op === 'GetObject').map((q) => q.query)).toHaveLength(1);
    expect(fake.requests.every((q) => q.region === 'ap-northeast-1' && q.service === 's3')).toBe(true);
    expect(run.outputs['newest-backup']).toBe(`s3://backups/db/db_${day(2)}.sql.gz`);
    // The {date} in the name is the backup's time (midnight UTC of that day).
    expect(Math.abs(Number(run.outputs['rpo-seconds']) - (Date.now() - Date.parse(day(2))) / 1000)).toBeLessThan(60);
  });

  it('a corrupt newest object fails GZIP_CRC, the one before it is fetched and is the newest good backup', async () => {
    const fake = await start(dumps('backups', [2, 26, 50], (i) => gzipBytes({ corrupt: i === 0 })));
    const run = await verify({ source: 's3://backups/db/', pattern: 'db_{date}.sql.gz', verify: 'gzip' }, fake.env());
    const [r] = results(run);
    expect(run.exitCode).toBe(1);
    expect(r).toMatchObject({ status: 'fail', severity: 'P2', evidence: { code: 'GZIP_CRC', 'newest good': `db_${day(26)}.sql.gz` } });
    expect(fake.requests.filter((q) => q.op === 'GetObject')).toHaveLength(2);
    expect(Math.abs(Number(run.outputs['rpo-seconds']) - (Date.now() - Date.parse(day(26))) / 1000)).toBeLessThan(60);
  });

  it('without a {date} the LastModified the listing gives is the time: an old object is STALE', async () => {
    const fake = await start([{ bucket: 'backups', key: 'sqlite/app.db', body: sqliteBytes(), lastModified: ago(80) }]);
    const run = await verify({ source: 's3://backups/sqlite/', 'max-age': '26h', verify: 'sqlite' }, fake.env());
    const [r] = results(run);
    expect(r).toMatchObject({ status: 'fail', evidence: { code: 'STALE', checks: 'size, sqlite' } });
    expect(r?.summary).toMatch(/^STALE: the newest backup, app\.db, is 3d 8h old; at most 1d 2h is expected$/);
  });

  it('two objects with the same MD5 ETag are IDENTICAL_TO_PREVIOUS, read from the listing; multipart ETags are not compared', async () => {
    const body = gzipBytes();
    const fake = await start([
      { bucket: 'backups', key: 'db/db_a.sql.gz', body, lastModified: ago(2) },
      { bucket: 'backups', key: 'db/db_b.sql.gz', body, lastModified: ago(26) },
      { bucket: 'backups', key: 'mp/db_a.sql.gz', body, lastModified: ago(2), multipartParts: 2 },
      { bucket: 'backups', key: 'mp/db_b.sql.gz', body, lastModified: ago(26), multipartParts: 2 },
    ]);
    const same = results(await verify({ source: 's3://backups/db/' }, fake.env()))[0];
    const multipart = results(await verify({ source: 's3://backups/mp/' }, fake.env()))[0];
    expect(same).toMatchObject({ status: 'warn', evidence: { code: 'IDENTICAL_TO_PREVIOUS' } });
    expect(multipart).toMatchObject({ status: 'pass' });
    // Neither set has a check that reads bytes: nothing was downloaded.
    expect(fake.ops()).not.toContain('GetObject');
  });

  it('AccessDenied on ListObjectsV2 is undecided, naming s3:ListBucket; never a pass', async () => {
    const fake = await start(dumps('backups', [2]), { faults: [{ kind: 'access-denied', op: 'ListObjectsV2' }] });
    const run = await verify({ source: 's3://backups/db/', verify: 'gzip' }, fake.env());
    const [r] = results(run);
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('undecided');
    expect(r).toMatchObject({ status: 'fail', severity: 'P3', evidence: { code: 'NO_PERMISSION', undecided: true } });
    expect(r?.summary).toBe(
      'could not decide: NO_PERMISSION: S3 ListObjectsV2 on s3://backups/db/ was refused: the credentials need s3:ListBucket on arn:aws:s3:::backups (AccessDenied: Access Denied)',
    );
    // A refusal is not retried.
    expect(fake.ops()).toEqual(['ListObjectsV2']);
  });

  it('AccessDenied on GetObject is undecided, naming s3:GetObject', async () => {
    const fake = await start(dumps('backups', [2]), { faults: [{ kind: 'access-denied', op: 'GetObject' }] });
    const [r] = results(await verify({ source: 's3://backups/db/', verify: 'gzip' }, fake.env()));
    expect(r).toMatchObject({ status: 'fail', evidence: { code: 'NO_PERMISSION', undecided: true } });
    expect(r?.summary).toContain(`the credentials need s3:GetObject on arn:aws:s3:::backups/db/db_${day(2)}.sql.gz`);
  });

  it('a bucket that does not exist is NO_BACKUPS', async () => {
    const fake = await start([]);
    const [r] = results(await verify({ source: 's3://missing-bucket/db/' }, fake.env()));
    expect(r).toMatchObject({ status: 'fail', evidence: { code: 'NO_BACKUPS', undecided: false } });
    expect(r?.summary).toContain('does not exist');
  });

  it('SlowDown 503s are retried with backoff, honouring Retry-After, and the check then passes', async () => {
    const fake = await start(dumps('backups', [2]), {
      faults: [
        { kind: 'slow-down', op: 'ListObjectsV2', calls: 2, retryAfterSeconds: 1 },
        { kind: 'slow-down', op: 'GetObject', calls: 1 },
      ],
    });
    const run = await verify({ source: 's3://backups/db/', verify: 'gzip' }, fake.env());
    expect(results(run)[0]).toMatchObject({ status: 'pass' });
    expect(fake.ops()).toEqual(['ListObjectsV2', 'ListObjectsV2', 'ListObjectsV2', 'GetObject', 'GetObject']);
    // Two Retry-After waits of 1 s.
    expect(run.durationMs).toBeGreaterThanOrEqual(2_000);
    expect(run.log).toMatch(/S3 ListObjectsV2: .*reduce your request rate.*; retrying in 1s/);
  });

  it('a ListObjectsV2 that never answers is TIMED_OUT within `timeout`', async () => {
    const fake = await start(dumps('backups', [2]), { faults: [{ kind: 'hang', op: 'ListObjectsV2' }] });
    const run = await verify({ source: 's3://backups/db/', timeout: '2s' }, fake.env());
    const [r] = results(run);
    expect(r).toMatchObject({ status: 'fail', evidence: { code: 'TIMED_OUT', undecided: true } });
    expect(r?.summary).toBe('could not decide: TIMED_OUT: S3 ListObjectsV2 on s3://backups/db/ got no answer within 2s');
    expect(run.durationMs).toBeLessThan(8_000);
  });

  it('a body that stops half-way is TIMED_OUT, not a corrupt backup', async () => {
    const fake = await start(dumps('backups', [2]), { faults: [{ kind: 'stall-body', op: 'GetObject' }] });
    const run = await verify({ source: 's3://backups/db/', verify: 'gzip', timeout: '2s' }, fake.env());
    const [r] = results(run);
    expect(r).toMatchObject({ status: 'fail', evidence: { code: 'TIMED_OUT', undecided: true } });
    expect(r?.summary).toMatch(/^could not decide: TIMED_OUT: reading s3:\/\/backups\/db\/db_[\d-]+\.sql\.gz stopped: no data for 2s$/);
    expect(run.durationMs).toBeLessThan(8_000);
  });

  it('dry-run lists the prefix and reads no object', async () => {
    const fake = await start(dumps('backups', [2, 26]));
    const run = await verify({ source: 's3://backups/db/', verify: 'gzip', 'dry-run': 'true' }, fake.env());
    expect(run.exitCode).toBe(0);
    expect(results(run)[0]?.summary).toBe(`dry run: would check db_${day(2)}.sql.gz (newest of 2) with size, gzip`);
    expect(fake.ops()).toEqual(['ListObjectsV2']);
  });

  it('force-path-style: keeps the bucket in the path for a store reached by host name; without it the bucket moves into the host name', async () => {
    const fake = await start(dumps('backups', [2]));
    const env = { ...fake.env(), AWS_ENDPOINT_URL_S3: fake.url.replace('127.0.0.1', 'localhost') };
    const run = await verify({ source: 's3://backups/db/', 'force-path-style': 'true' }, env);
    expect(results(run)[0]).toMatchObject({ status: 'pass' });
    expect(fake.requests.map((q) => q.bucket)).toEqual(['backups']);
    // Virtual-hosted style: `backups.localhost`, which does not reach the store as a bucket path.
    const hosted = await verify({ source: 's3://backups/db/', timeout: '2s' }, env);
    expect(results(hosted)[0]?.status).toBe('fail');
    expect(fake.requests.filter((q) => q.bucket === 'backups')).toHaveLength(1);
  });
});

function sqliteBytes(): Buffer {
  const path = join(root, `app-${n++}.db`);
  sqliteFile(path, 50);
  return readFileSync(path);
}
