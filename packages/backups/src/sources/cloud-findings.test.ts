import { describe, expect, it } from 'vitest';
import { callFinding } from './calls.ts';
import { runFindings } from './cloudsql.ts';
import { retentionFindings } from './rds.ts';
import { AWS_ERRORS } from './s3.ts';

const NOW = new Date('2026-12-02T12:00:00Z');

describe('cloud findings', () => {
  it('Cloud SQL: only runs after the newest successful one are findings; a failure the next run recovered from is not', () => {
    const runs = [
      { status: 'SKIPPED', windowStartTime: '2026-12-02T09:00:00Z' },
      { status: 'SUCCESSFUL', windowStartTime: '2026-12-01T09:00:00Z' },
      { status: 'FAILED', windowStartTime: '2026-11-30T09:00:00Z', error: { message: 'disk full' } },
    ];
    expect(runFindings(runs, 'cloudsql:p/i')).toEqual([]);
    expect(runFindings([{ status: 'FAILED', type: 'ON_DEMAND', windowStartTime: 'W', error: { message: 'disk full' } }, ...runs], 'cloudsql:p/i')).toEqual([
      { code: 'RUN_FAILED', message: 'the on_demand backup run of cloudsql:p/i at W FAILED: disk full' },
    ]);
  });

  it('RDS: retention 0 is AUTOMATED_BACKUPS_OFF before any lag; a missing restorable time is RESTORE_LAG', () => {
    expect(retentionFindings({ BackupRetentionPeriod: 0, LatestRestorableTime: new Date(0) }, 'rds:x', 900_000, NOW).map((f) => f.code)).toEqual(['AUTOMATED_BACKUPS_OFF']);
    expect(retentionFindings({ BackupRetentionPeriod: 7 }, 'rds:x', 900_000, NOW).map((f) => f.code)).toEqual(['RESTORE_LAG']);
    expect(retentionFindings({ BackupRetentionPeriod: 7, LatestRestorableTime: new Date(NOW.getTime() - 900_000) }, 'rds:x', 900_000, NOW)).toEqual([]);
  });

  it('a refusal names the permission; a 5xx is neither a refusal nor a missing thing', () => {
    const spec = { name: 'S3 GetObject', permission: 's3:GetObject on arn:aws:s3:::b/k', on: 's3://b/k' };
    const denied = Object.assign(new Error('Access Denied'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
    expect(callFinding(spec, denied, AWS_ERRORS, 1000)).toEqual({
      code: 'NO_PERMISSION',
      message: 'could not decide: S3 GetObject on s3://b/k was refused: the credentials need s3:GetObject on arn:aws:s3:::b/k (AccessDenied: Access Denied)',
    });
    const down = Object.assign(new Error('We encountered an internal error'), { name: 'InternalError', $metadata: { httpStatusCode: 500 } });
    expect(callFinding(spec, down, AWS_ERRORS, 1000).code).toBe('CHECK_ERROR');
    expect(AWS_ERRORS.transient(down)).toBe(true);
    expect(AWS_ERRORS.transient(denied)).toBe(false);
  });
});
