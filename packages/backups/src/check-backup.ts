import { UNDECIDED_PREFIX } from '@runbook/core';
import { join } from 'node:path';
import type { VerifyStep } from '@runbook/core';
import type { BackupSet } from './backup-set.ts';
import { companionFindings, envKeyFindings, identicalFinding } from './companions.ts';
import { dumpFormat } from './dump-format.ts';
import { finding, stops, type Finding } from './findings.ts';
import { sizeFindings } from './history.ts';
import type { BackupEntry } from './list-local.ts';
import { restoreDump, type RestoreOutcome } from './restore.ts';
import { verifyGzip } from './verify-gzip.ts';
import { verifyPgDump } from './verify-pgdump.ts';
import { verifySqlite } from './verify-sqlite.ts';
import { SourceError, type BackupSource, type OpenedEntry } from './sources/source.ts';

/** What the checks of one backup found, in the order they ran. */
export interface BackupCheck {
  entry: BackupEntry;
  findings: Finding[];
  /** The checks that ran, cheapest first: `size`, `gzip`, `sqlite: app.db`, `restore`… */
  ran: string[];
  medianSize?: number;
  restore?: RestoreOutcome;
}

/** An error a check could not turn into a verdict: a file it may not read is named as a missing permission. */
export function unexpected(what: string, error: unknown): Finding {
  if (error instanceof SourceError) return error.finding;
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'EACCES' || e.code === 'EPERM') return finding('NO_PERMISSION', `${UNDECIDED_PREFIX}no permission to read ${e.path ?? what} (${e.code})`);
  if (e.code === 'ENOENT') return finding('MISSING_COMPANION', `${what}: ${e.path ?? 'a file'} does not exist`);
  return finding('CHECK_ERROR', `${UNDECIDED_PREFIX}${what} failed unexpectedly: ${e.message ?? String(error)}`);
}

const stepName = (step: VerifyStep): string => (step.path ? `${step.kind}: ${step.path}` : step.kind);

function fileOf(local: string, entry: BackupEntry, step: VerifyStep): string {
  if (step.path) return join(local, step.path);
  if (entry.directory) throw Object.assign(new Error(`${entry.name} is a directory: say which file to check, like ${step.kind}: app.db`), { code: 'EISDIR' });
  return local;
}

async function runStep(set: BackupSet, local: string, entry: BackupEntry, step: VerifyStep): Promise<Finding[]> {
  const path = fileOf(local, entry, step);
  const label = step.path ? `${entry.name}/${step.path}` : entry.name;
  if (step.kind === 'gzip') return (await verifyGzip(path, label)).findings;
  if (step.kind === 'sqlite') return verifySqlite(path, label, set.sqliteCheck);
  return (await verifyPgDump(path, label, set.timeoutMs)).findings;
}

/**
 * Every check of one backup, cheapest first: empty, companions and `.env` keys, size against
 * history, identical to the previous, the `verify` steps, then the restore. A finding that is
 * not a warning stops the costlier checks.
 */
export async function checkBackup(set: BackupSet, source: BackupSource, entry: BackupEntry, previous: readonly BackupEntry[], options: { restore: boolean }): Promise<BackupCheck> {
  const check: BackupCheck = { entry, findings: [], ran: [] };
  // The bytes are fetched once, and only when a check needs them: an empty object is never downloaded.
  let opened: Promise<OpenedEntry> | undefined;
  const local = async (): Promise<string> => {
    if (!source.open) throw new Error(`${set.where} has no files to read`);
    opened ??= source.open(entry);
    return (await opened).path;
  };
  try {
    await runStages(set, source, entry, previous, options, check, local);
  } finally {
    if (opened) await opened.then((o) => o.release()).catch(() => undefined);
  }
  return check;
}

async function runStages(
  set: BackupSet,
  source: BackupSource,
  entry: BackupEntry,
  previous: readonly BackupEntry[],
  options: { restore: boolean },
  check: BackupCheck,
  local: () => Promise<string>,
): Promise<void> {
  type Stage = [string, () => Promise<Finding[]>];
  const stages: Stage[] = [['size', async () => (entry.size === 0 ? [finding('EMPTY_FILE', `${entry.name} is empty (0 bytes)`)] : [])]];
  if (set.require.length > 0 || set.envKeys.length > 0) {
    stages.push(['require', async () => [...(await companionFindings(entry, set.require)), ...(await envKeyFindings(entry, set.envFile, set.envKeys))]]);
  }
  if (previous.length > 0) {
    stages.push([
      'history',
      async () => {
        const sizes = sizeFindings(entry, previous, set);
        if (sizes.median !== undefined) check.medianSize = sizes.median;
        const identical = await identicalFinding(entry, previous[0], source.hashable);
        return identical ? [...sizes.findings, identical] : sizes.findings;
      },
    ]);
  }
  stages.push(...set.verify.map((step): Stage => [stepName(step), async () => runStep(set, await local(), entry, step)]));
  if (set.restore && options.restore) {
    const restore = set.restore;
    stages.push([
      'restore',
      async () => {
        const path = fileOf(await local(), entry, set.verify.find((s) => s.kind === 'pgdump') ?? { kind: 'pgdump' });
        check.restore = await restoreDump(path, await dumpFormat(path), set.name, { ...restore, timeoutMs: set.timeoutMs });
        return check.restore.findings;
      },
    ]);
  }
  for (const [name, stage] of stages) {
    const found = await stage().catch((error: unknown) => [unexpected(`${name} of ${entry.name}`, error)]);
    check.ran.push(name);
    check.findings.push(...found);
    if (found.some(stops)) break;
  }
}

/** Whether every check of this backup passed (warnings allowed). */
export const good = (check: BackupCheck): boolean => !check.findings.some(stops);
