import type { ExpectTable, Severity, VerifyStep } from '@runbook/core';
import type { SizeRule } from './history.ts';
import type { EntryPattern } from './pattern.ts';
import type { SqliteCheck } from './verify-sqlite.ts';

/** One backup set with everything decided: the engine reads no inputs. */
export interface BackupSet extends SizeRule {
  /** `backup:production/estimator` */
  id: string;
  environment: string;
  name: string;
  source: { kind: 'local'; path: string };
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
  /** Each tool run (pg_restore, psql) is stopped after this. */
  timeoutMs: number;
  restore?: { databaseUrl: URL; expectTables: ExpectTable[] };
  severity: Severity;
  runbook?: string;
}

export const backupId = (environment: string, name: string): string => `backup:${environment}/${name}`;
