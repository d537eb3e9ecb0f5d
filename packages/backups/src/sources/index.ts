import type { Clock } from '@runbook/core';
import type { BackupSet } from '../backup-set.ts';
import { localSource } from './local.ts';
import type { BackupSource } from './source.ts';

export * from './source.ts';

const WEEK_MS = 7 * 86_400_000;

/** How far back a managed source's runs are read: the window, max-age, or a week. */
export const lookback = (set: Pick<BackupSet, 'windowMs' | 'maxAgeMs'>): number => Math.max(set.windowMs ?? 0, set.maxAgeMs ?? 0) || WEEK_MS;

/** The source of a set; a cloud SDK is loaded only when a set of its kind is verified. */
export async function sourceOf(set: BackupSet, clock: Clock, notify?: (message: string) => void): Promise<BackupSource> {
  const budget = { clock, timeoutMs: set.timeoutMs, ...(notify ? { notify } : {}) };
  const s = set.source;
  switch (s.kind) {
    case 'local':
      return localSource(s.path, set.pattern);
    case 's3':
      return (await import('./s3.ts')).s3Source(s.bucket, s.prefix, set.pattern, budget, { forcePathStyle: set.cloud.forcePathStyle });
    case 'gcs':
      return (await import('./gcs.ts')).gcsSource(s.bucket, s.prefix, set.pattern, budget);
    case 'cloudsql':
      return (await import('./cloudsql.ts')).cloudSqlSource(s.project, s.instance, budget, {
        lookbackMs: lookback(set),
        ...(set.cloud.sqladminRootUrl ? { rootUrl: set.cloud.sqladminRootUrl } : {}),
      });
    case 'rds':
    case 'rds-cluster':
      return (await import('./rds.ts')).rdsSource(s.kind, s.id, budget, { maxRestoreLagMs: set.maxRestoreLagMs });
  }
}
