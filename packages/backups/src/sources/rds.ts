import {
  DescribeDBClusterSnapshotsCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  DescribeDBSnapshotsCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { formatDuration, UNDECIDED_PREFIX } from '@runbook/core';
import { finding, type Finding } from '../findings.ts';
import type { BackupEntry } from '../list-local.ts';
import { cloudCall, MAX_PAGES, type ErrorShape } from './calls.ts';
import { AWS_CLIENT, AWS_ERRORS, awsRegion } from './s3.ts';
import { SourceError, type BackupSource, type CallBudget, type Listing } from './source.ts';

export interface RdsOptions {
  maxRestoreLagMs: number;
}

/** What DescribeDBInstances and DescribeDBClusters share. */
export interface RetentionFacts {
  BackupRetentionPeriod?: number | undefined;
  LatestRestorableTime?: Date | undefined;
}

/** Retention 0 turns automated backups and point-in-time recovery off; else the restorable time must be recent. */
export function retentionFindings(facts: RetentionFacts, where: string, maxLagMs: number, now: Date): Finding[] {
  if (!facts.BackupRetentionPeriod) return [finding('AUTOMATED_BACKUPS_OFF', `automated backups are off on ${where} (BackupRetentionPeriod is 0): no daily snapshots and no point-in-time recovery`)];
  const latest = facts.LatestRestorableTime;
  if (!latest) return [finding('RESTORE_LAG', `${where} reports no LatestRestorableTime: point-in-time recovery cannot be relied on`)];
  const lag = now.getTime() - latest.getTime();
  if (lag <= maxLagMs) return [];
  return [finding('RESTORE_LAG', `the latest restorable time of ${where} is ${latest.toISOString()}, ${formatDuration(lag)} ago; at most ${formatDuration(maxLagMs)} is expected (transaction logs are not reaching the backups)`)];
}

interface Snapshot {
  id?: string | undefined;
  type?: string | undefined;
  status?: string | undefined;
  created?: Date | undefined;
  original?: Date | undefined;
}

/** `available` snapshots, newest first; a copied snapshot's point is its OriginalSnapshotCreateTime. */
export function snapshotEntries(snapshots: readonly Snapshot[], where: string): BackupEntry[] {
  return snapshots
    .filter((s) => s.status === 'available' && (s.original ?? s.created))
    .map((s) => ({ name: `${s.id ?? '?'} (${s.type ?? 'snapshot'})`, path: `${where}#${s.id ?? ''}`, directory: false, size: 0, time: (s.original ?? s.created) as Date }))
    .sort((a, b) => b.time.getTime() - a.time.getTime());
}

const NOT_FOUND = new Set(['DBInstanceNotFound', 'DBInstanceNotFoundFault', 'DBClusterNotFoundFault', 'DBClusterNotFound']);
const notFound = (where: string) => (e: unknown): never => {
  throw e instanceof Error && NOT_FOUND.has(e.name) ? new SourceError(finding('NO_BACKUPS', `${where} does not exist (${e.message})`)) : e;
};

/**
 * `rds:INSTANCE` and `rds-cluster:CLUSTER`: DescribeDBInstances / DescribeDBClusters for the
 * retention and the latest restorable time, and every page of DescribeDBSnapshots /
 * DescribeDBClusterSnapshots (automated and manual) for the backups.
 */
export function rdsSource(kind: 'rds' | 'rds-cluster', id: string, budget: CallBudget, options: RdsOptions): BackupSource {
  // planBackupVerify has made sure the region is set.
  const client = new RDSClient({ ...AWS_CLIENT, region: awsRegion() ?? '' });
  const where = `${kind}:${id}`;
  const shape: ErrorShape = AWS_ERRORS;
  const send = <T>(name: string, attempt: (abortSignal: AbortSignal) => Promise<T>): Promise<T> =>
    cloudCall({ name: `RDS ${name}`, permission: `rds:${name}`, on: where, attempt: (signal) => attempt(signal).catch(notFound(where)) }, shape, budget);

  async function snapshots(fetch: (marker: string | undefined, signal: AbortSignal) => Promise<{ items: Snapshot[]; marker?: string | undefined }>, name: string): Promise<Snapshot[]> {
    const all: Snapshot[] = [];
    let marker: string | undefined;
    for (let page = 1; ; page++) {
      const out = await send(name, (signal) => fetch(marker, signal));
      all.push(...out.items);
      marker = out.marker;
      if (!marker) return all;
      if (page >= MAX_PAGES) throw new SourceError(finding('CHECK_ERROR', `${UNDECIDED_PREFIX}${name} on ${where} still had more pages after ${MAX_PAGES}: stopped at the bound`));
    }
  }

  return {
    hashable: false,
    async list(now): Promise<Listing> {
      let facts: RetentionFacts | undefined;
      let found: Snapshot[];
      if (kind === 'rds') {
        const out = await send('DescribeDBInstances', (abortSignal) => client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: id }), { abortSignal }));
        facts = out.DBInstances?.[0];
        found = await snapshots(async (Marker, abortSignal) => {
          const page = await client.send(new DescribeDBSnapshotsCommand({ DBInstanceIdentifier: id, MaxRecords: 100, ...(Marker ? { Marker } : {}) }), { abortSignal });
          return { items: (page.DBSnapshots ?? []).map((s) => ({ id: s.DBSnapshotIdentifier, type: s.SnapshotType, status: s.Status, created: s.SnapshotCreateTime, original: s.OriginalSnapshotCreateTime })), marker: page.Marker };
        }, 'DescribeDBSnapshots');
      } else {
        const out = await send('DescribeDBClusters', (abortSignal) => client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: id }), { abortSignal }));
        facts = out.DBClusters?.[0];
        found = await snapshots(async (Marker, abortSignal) => {
          const page = await client.send(new DescribeDBClusterSnapshotsCommand({ DBClusterIdentifier: id, MaxRecords: 100, ...(Marker ? { Marker } : {}) }), { abortSignal });
          return { items: (page.DBClusterSnapshots ?? []).map((s) => ({ id: s.DBClusterSnapshotIdentifier, type: s.SnapshotType, status: s.Status, created: s.SnapshotCreateTime })), marker: page.Marker };
        }, 'DescribeDBClusterSnapshots');
      }
      if (!facts) throw new SourceError(finding('NO_BACKUPS', `${where} does not exist (the answer lists no ${kind === 'rds' ? 'instance' : 'cluster'})`));
      const findings = retentionFindings(facts, where, options.maxRestoreLagMs, now);
      const restorable = facts.BackupRetentionPeriod && facts.LatestRestorableTime && findings.length === 0 ? { restorePoint: facts.LatestRestorableTime } : {};
      return { entries: snapshotEntries(found, where), findings, ...restorable };
    },
  };
}
