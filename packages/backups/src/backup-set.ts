import { isManaged, type BackupSourceSpec, type ExpectTable, type Severity, type VerifyStep } from '@runbook/core';
import type { SizeRule } from './history.ts';
import type { EntryPattern } from './pattern.ts';
import type { SqliteCheck } from './verify-sqlite.ts';

/** One backup set with everything decided: the engine reads no inputs. */
export interface BackupSet extends SizeRule {
  /** `backup:production/estimator` */
  id: string;
  environment: string;
  name: string;
  source: BackupSourceSpec;
  /** How the source is written, for messages: `/backups/x`, `s3://bucket/prefix/`. */
  where: string;
  pattern: EntryPattern;
  maxAgeMs?: number;
  minCount: number;
  windowMs?: number;
  require: string[];
  envKeys: string[];
  /** The file in each backup whose key names `envKeys` checks. */
  envFile: string;
  verify: VerifyStep[];
  sqliteCheck: SqliteCheck;
  /** Each tool run (pg_restore, psql) and each cloud call, its retries included, is stopped after this. */
  timeoutMs: number;
  /** RDS: the latest restorable time may be at most this old. */
  maxRestoreLagMs: number;
  cloud: CloudSettings;
  restore?: { databaseUrl: URL; expectTables: ExpectTable[] };
  severity: Severity;
  runbook?: string;
}

export interface CloudSettings {
  /** S3-compatible stores reached by host name need path-style URLs. */
  forcePathStyle: boolean;
  /** The Cloud SQL Admin API's root URL, for a private endpoint or a double. */
  sqladminRootUrl?: string;
}

export const backupId = (environment: string, name: string): string => `backup:${environment}/${name}`;

/** What a result names as checked: `/backups/x/{date}`, `s3://bucket/prefix/*.gz`, `rds:app-db`. */
export const targetOf = (set: Pick<BackupSet, 'source' | 'where' | 'pattern'>): string =>
  isManaged(set.source) ? set.where : `${set.where.replace(/\/+$/, '')}/${set.pattern.source}`;
