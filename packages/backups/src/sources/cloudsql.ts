import { UNDECIDED_PREFIX } from '@runbook/core';
import { auth, sqladmin, type sqladmin_v1 } from '@googleapis/sqladmin';
import { finding, type Finding } from '../findings.ts';
import type { BackupEntry } from '../list-local.ts';
import { cloudCall, idleLimitMs, MAX_PAGES } from './calls.ts';
import { GOOGLE_ERRORS } from './gcs.ts';
import { SourceError, type BackupSource, type CallBudget, type Listing } from './source.ts';

type BackupRun = sqladmin_v1.Schema$BackupRun;

export interface CloudSqlOptions {
  /** The Admin API's root URL (`https://sqladmin.googleapis.com/` by default). */
  rootUrl?: string;
  /** How far back runs are read: the window, max-age, or a week. */
  lookbackMs: number;
}

const DAY_MS = 86_400_000;
const timeOf = (run: BackupRun): Date | undefined => {
  const text = run.startTime ?? run.windowStartTime ?? run.enqueuedTime;
  const t = text ? new Date(text) : undefined;
  return t && !Number.isNaN(t.getTime()) ? t : undefined;
};

/** What the runs after the newest successful one say: the latest attempt failed or is late. */
export function runFindings(runs: readonly BackupRun[], where: string): Finding[] {
  const findings: Finding[] = [];
  for (const run of runs) {
    if (run.status === 'SUCCESSFUL') break;
    const at = run.windowStartTime ?? run.enqueuedTime ?? run.startTime ?? 'an unknown time';
    if (run.status === 'FAILED') {
      findings.push(finding('RUN_FAILED', `the ${(run.type ?? 'backup').toLowerCase()} backup run of ${where} at ${at} FAILED${run.error?.message ? `: ${run.error.message}` : ''}`));
    } else if (run.status === 'OVERDUE') {
      findings.push(finding('RUN_OVERDUE', `the backup run of ${where} due at ${at} is OVERDUE: it has not started in its window`));
    }
  }
  return findings;
}

/** Point-in-time recovery: PostgreSQL and SQL Server say so in pointInTimeRecoveryEnabled, MySQL through its binary log. */
export function instanceFindings(instance: sqladmin_v1.Schema$DatabaseInstance, where: string): Finding[] {
  const config = instance.settings?.backupConfiguration;
  if (!config?.enabled) return [finding('AUTOMATED_BACKUPS_OFF', `automated backups are off on ${where} (settings.backupConfiguration.enabled is not true)`)];
  const mysql = (instance.databaseVersion ?? '').startsWith('MYSQL');
  const pitr = mysql ? config.binaryLogEnabled : config.pointInTimeRecoveryEnabled;
  if (pitr) return [];
  const field = mysql ? 'binaryLogEnabled' : 'pointInTimeRecoveryEnabled';
  return [finding('PITR_DISABLED', `point-in-time recovery is off on ${where} (settings.backupConfiguration.${field} is false): only the daily backups can be restored`)];
}

/**
 * `cloudsql:PROJECT/INSTANCE` through the Cloud SQL Admin API v1 (REST): backupRuns.list, newest
 * first, back to the lookback, and instances.get for the backup configuration. The successful
 * runs are the set's backups, so max-age, window and min-count apply to them.
 */
export function cloudSqlSource(project: string, instance: string, budget: CallBudget, options: CloudSqlOptions): BackupSource {
  const api = sqladmin({
    version: 'v1',
    ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}),
    auth: new auth.GoogleAuth({ scopes: ['https://www.googleapis.com/auth/sqlservice.admin'] }),
  });
  const where = `cloudsql:${project}/${instance}`;
  const request = { retry: false, timeout: idleLimitMs(budget) };
  return {
    hashable: false,
    async list(now): Promise<Listing> {
      const info = await cloudCall(
        { name: 'Cloud SQL instances.get', permission: 'cloudsql.instances.get', on: where, attempt: (signal) => api.instances.get({ project, instance }, { ...request, signal }) },
        GOOGLE_ERRORS,
        budget,
      );
      const since = now.getTime() - options.lookbackMs - DAY_MS;
      const runs: BackupRun[] = [];
      let pageToken: string | undefined;
      for (let page = 1; ; page++) {
        const out = await cloudCall(
          {
            name: 'Cloud SQL backupRuns.list',
            permission: 'cloudsql.backupRuns.list',
            on: where,
            attempt: (signal) => api.backupRuns.list({ project, instance, maxResults: 100, ...(pageToken ? { pageToken } : {}) }, { ...request, signal }),
          },
          GOOGLE_ERRORS,
          budget,
        );
        const items = out.data.items ?? [];
        runs.push(...items);
        pageToken = out.data.nextPageToken ?? undefined;
        const oldest = items.length ? timeOf(items[items.length - 1] as BackupRun) : undefined;
        if (!pageToken || (oldest && oldest.getTime() < since)) break;
        if (page >= MAX_PAGES) throw new SourceError(finding('CHECK_ERROR', `${UNDECIDED_PREFIX}backupRuns.list on ${where} still had more pages after ${MAX_PAGES}: stopped at the bound`));
      }
      const recent = runs.filter((r) => (timeOf(r)?.getTime() ?? 0) >= since).sort((a, b) => (timeOf(b)?.getTime() ?? 0) - (timeOf(a)?.getTime() ?? 0));
      const entries: BackupEntry[] = recent
        .filter((r) => r.status === 'SUCCESSFUL')
        .map((r) => ({ name: `backup run ${r.id ?? '?'} (${(r.type ?? 'AUTOMATED').toLowerCase()})`, path: `${where}#${r.id ?? ''}`, directory: false, size: Number(r.maxChargeableBytes ?? 0), time: timeOf(r) as Date }));
      return { entries, findings: [...instanceFindings(info.data, where), ...runFindings(recent, where)] };
    },
  };
}
