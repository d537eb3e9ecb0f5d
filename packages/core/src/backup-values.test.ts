import { describe, expect, it } from 'vitest';
import { backupSourceValue, byteSizeValue, expectTableValue, percentValue, verifyLineValue } from './backup-values.ts';

describe('backup values', () => {
  it('sources', () => {
    expect(backupSourceValue('/backups/x')).toEqual({ ok: true, value: { kind: 'local', path: '/backups/x' } });
    expect(backupSourceValue('local:/backups/x')).toEqual({ ok: true, value: { kind: 'local', path: '/backups/x' } });
    expect(backupSourceValue('s3://bkp/db/daily/')).toEqual({ ok: true, value: { kind: 's3', bucket: 'bkp', prefix: 'db/daily/' } });
    expect(backupSourceValue('gs://bkp')).toEqual({ ok: true, value: { kind: 'gcs', bucket: 'bkp', prefix: '' } });
    expect(backupSourceValue('cloudsql:my-project/app-db')).toEqual({ ok: true, value: { kind: 'cloudsql', project: 'my-project', instance: 'app-db' } });
    expect(backupSourceValue('rds:app-db')).toEqual({ ok: true, value: { kind: 'rds', id: 'app-db' } });
    expect(backupSourceValue('rds-cluster:aurora-1')).toEqual({ ok: true, value: { kind: 'rds-cluster', id: 'aurora-1' } });
    expect(backupSourceValue('ftp://x')).toEqual({ ok: false, expected: expect.stringMatching(/^unknown source scheme "ftp:": expected a local directory/) });
    expect(backupSourceValue('cloudsql:only-project')).toMatchObject({ ok: false, expected: expect.stringContaining('cloudsql:PROJECT/INSTANCE') });
    expect(backupSourceValue('s3://')).toMatchObject({ ok: false });
  });
  it('percentages and sizes', () => {
    expect(percentValue('30%')).toEqual({ ok: true, value: 0.3 });
    expect(percentValue('300%', 1000)).toEqual({ ok: true, value: 3 });
    expect(percentValue('0.3')).toMatchObject({ ok: false });
    expect(byteSizeValue('1MiB')).toEqual({ ok: true, value: 1024 * 1024 });
    expect(byteSizeValue('10 MB')).toEqual({ ok: true, value: 10_000_000 });
    expect(byteSizeValue('lots')).toMatchObject({ ok: false });
  });
  it('expect-tables lines', () => {
    expect(expectTableValue('users>=1')).toEqual({ ok: true, value: { table: 'users', min: 1 } });
    expect(expectTableValue('public.races >= 1000')).toEqual({ ok: true, value: { table: 'public.races', min: 1000 } });
    expect(expectTableValue('users')).toEqual({ ok: true, value: { table: 'users', min: 1 } });
    expect(expectTableValue('users>=many')).toMatchObject({ ok: false });
    expect(expectTableValue('users; DROP TABLE x')).toMatchObject({ ok: false });
  });
  it('verify lines', () => {
    expect(verifyLineValue('sqlite: app.db')).toEqual({ ok: true, value: { kind: 'sqlite', path: 'app.db' } });
    expect(verifyLineValue('gzip')).toEqual({ ok: true, value: { kind: 'gzip' } });
    expect(verifyLineValue('sqlite: ../etc/passwd')).toMatchObject({ ok: false });
  });
});
