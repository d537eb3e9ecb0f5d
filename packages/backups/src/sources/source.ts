import type { Clock } from '@runbook/core';
import type { Finding } from '../findings.ts';
import type { BackupEntry } from '../list-local.ts';

/** What a listing found: the backups, newest first, and what the provider itself says is wrong. */
export interface Listing {
  entries: BackupEntry[];
  /** Managed sources: failed runs, backups switched off, point-in-time recovery off or lagging. */
  findings: Finding[];
  /** Managed sources with point-in-time recovery: the latest time the data can be restored to. */
  restorePoint?: Date;
}

/** A backup's bytes on local disk while its checks run. */
export interface OpenedEntry {
  path: string;
  release(): Promise<void>;
}

/**
 * One place backups live. Every source lists; sources of files also open an entry, so the same
 * checks run on a local file and on an object fetched from a bucket.
 */
export interface BackupSource {
  /** `now` decides how far back a managed source reads its runs. */
  list(now: Date): Promise<Listing>;
  /** Absent for managed sources (Cloud SQL, RDS): their backups are not files. */
  open?(entry: BackupEntry): Promise<OpenedEntry>;
  /** Whether two entries' bytes can be compared (local files) rather than only their digests. */
  readonly hashable: boolean;
}

/** A source's answer that is a verdict on the set (no such bucket, a missing permission, a timeout). */
export class SourceError extends Error {
  constructor(readonly finding: Finding) {
    super(finding.message);
    this.name = 'SourceError';
  }
}

/** What cloud calls need: their clock and how long each may take. */
export interface CallBudget {
  clock: Clock;
  /** Milliseconds one call may take, its retries included (the set's `timeout`). */
  timeoutMs: number;
  /** Told of each retry, for the log. */
  notify?: (message: string) => void;
}
