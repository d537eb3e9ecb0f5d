import { errorMessage, formatDuration, systemClock, UNDECIDED_PREFIX, undecidedMark, withoutUndecidedPrefix, type CheckResult, type Clock, type Evidence, type Severity, type Status } from '@runbook/core';
import { backupId, targetOf, type BackupSet } from './backup-set.ts';
import { checkBackup, good, unexpected, type BackupCheck } from './check-backup.ts';
import { finding, FINDINGS, worstFirst, type Finding } from './findings.ts';
import { formatBytes, staleFinding, windowFinding } from './history.ts';
import type { BackupEntry } from './list-local.ts';
import { lookback, SourceError, sourceOf, type BackupSource, type Listing } from './sources/index.ts';

/** When the newest backup is bad, this many older ones are checked to find the newest good one. */
export const MAX_FALLBACK = 2;

export interface SetVerdict {
  result: CheckResult;
  /** The newest backup that passed every check, and so the point the data can be restored to. */
  newestGood?: BackupEntry;
  newest?: BackupEntry;
  undecided: boolean;
}

const seconds = (ms: number): number => Math.max(0, Math.round(ms / 1000));

async function list(set: BackupSet, source: BackupSource, now: Date): Promise<{ listing: Listing } | { finding: Finding }> {
  try {
    return { listing: await source.list(now) };
  } catch (error) {
    return { finding: error instanceof SourceError ? error.finding : unexpected(`listing ${set.where}`, error) };
  }
}

function statusOf(findings: readonly Finding[]): { status: Status; undecided: boolean } {
  const verdicts = new Set(findings.map((f) => FINDINGS[f.code]));
  if (verdicts.has('fail')) return { status: 'fail', undecided: false };
  if (verdicts.has('undecided')) return { status: 'fail', undecided: true };
  return { status: verdicts.has('warn') ? 'warn' : 'pass', undecided: false };
}

function severityOf(set: BackupSet, status: Status, undecided: boolean): Severity | undefined {
  if (status === 'pass') return undefined;
  if (status === 'warn') return 'P4';
  return undecided ? 'P3' : set.severity;
}

function passSummary(check: BackupCheck, now: Date, managed: boolean): string {
  const { entry, restore } = check;
  const counts = Object.entries(restore?.counts ?? {}).map(([t, n]) => `${t}=${n}`);
  const restored = restore?.restored ? `; restored${counts.length ? ` (${counts.join(', ')})` : ''}` : '';
  return `newest backup ${entry.name}, ${formatDuration(now.getTime() - entry.time.getTime())} old${managed ? '' : `, ${formatBytes(entry.size)}`}; checked ${check.ran.join(', ')}${restored}`;
}

/** What the older backups checked after a bad newest one showed. */
function olderNote(checks: readonly BackupCheck[], goodCheck: BackupCheck | undefined): string {
  const older = checks.length - 1;
  if (older <= 0) return '';
  if (!goodCheck) return `; the ${older} backup(s) before it are not good either`;
  return `; the newest good backup is ${goodCheck.entry.name}`;
}

/** Lists the set's backups, checks the newest (and, when it is bad, a few before it) and gives one result. */
export async function verifySet(set: BackupSet, now: () => Date = () => new Date(), clock: Clock = systemClock, notify?: (message: string) => void): Promise<SetVerdict> {
  const startedAt = now();
  const started = performance.now();
  const source = await sourceOf(set, clock, notify);
  const listed = await list(set, source, startedAt);
  const entries = 'listing' in listed ? listed.listing.entries : [];
  const findings: Finding[] = 'finding' in listed ? [listed.finding] : [...listed.listing.findings];
  const managed = !source.open;
  const what = managed ? 'available backups' : `backups in ${set.where} match ${set.pattern.source}`;
  if ('listing' in listed && entries.length === 0) findings.push(finding('NO_BACKUPS', managed ? `${set.where} has no successful or available backups in the last ${formatDuration(lookback(set))}` : `no ${what}`));
  if (entries.length > 0 && entries.length < set.minCount) findings.push(finding('TOO_FEW_BACKUPS', `${entries.length} backup(s) in ${set.where}, at least ${set.minCount} expected`));
  if (set.windowMs !== undefined && entries.length > 0) {
    const gap = windowFinding(entries, set.windowMs, startedAt, managed ? () => true : undefined);
    if (gap) findings.push(gap);
  }

  // A managed source's backups are the provider's: its own verdict (the listing's findings) is all there is to check.
  const checks: BackupCheck[] = managed ? entries.slice(0, 1).map((entry) => ({ entry, findings: [], ran: ['status'] })) : [];
  for (let i = 0; !managed && i < entries.length && i <= MAX_FALLBACK; i++) {
    const entry = entries[i] as BackupEntry;
    const check = await checkBackup(set, source, entry, entries.slice(i + 1), { restore: true });
    checks.push(check);
    if (good(check)) break;
  }
  const [newestCheck] = checks;
  const goodCheck = checks.find(good);
  if (newestCheck) findings.push(...newestCheck.findings);
  if (set.maxAgeMs !== undefined && entries[0]) {
    const stale = goodCheck ? staleFinding(goodCheck.entry.name, goodCheck.entry.time, set.maxAgeMs, startedAt, goodCheck !== newestCheck) : undefined;
    if (stale) findings.push(stale);
  }

  const ordered = worstFirst(findings);
  const { status, undecided } = statusOf(ordered);
  const severity = severityOf(set, status, undecided);
  const newest = entries[0];
  const restorePoint = 'listing' in listed ? listed.listing.restorePoint : undefined;
  // Point-in-time recovery reaches past the newest snapshot: the latest restorable time is the point the data can be restored to.
  const goodEntry =
    restorePoint && (!goodCheck || restorePoint > goodCheck.entry.time)
      ? { name: `latest restorable time of ${set.where}`, path: set.where, directory: false, size: 0, time: restorePoint }
      : goodCheck?.entry;
  const evidence: Evidence = {
    code: ordered[0]?.code ?? null,
    codes: ordered.map((f) => f.code).join(', '),
    ...undecidedMark(undecided),
    source: set.where,
    ...(managed ? {} : { pattern: set.pattern.source }),
    backups: entries.length,
    newest: newest?.name ?? null,
    'newest time': newest?.time.toISOString() ?? null,
    'newest age seconds': newest ? seconds(startedAt.getTime() - newest.time.getTime()) : null,
    'newest size bytes': managed ? null : (newest?.size ?? null),
    'median size bytes': newestCheck?.medianSize ?? null,
    checks: newestCheck?.ran.join(', ') ?? '',
    'newest good': goodEntry?.name ?? null,
    'rpo seconds': goodEntry ? seconds(startedAt.getTime() - goodEntry.time.getTime()) : null,
    restored: goodCheck?.restore?.restored ?? false,
    rows: Object.entries(goodCheck?.restore?.counts ?? newestCheck?.restore?.counts ?? {}).map(([t, n]) => `${t}=${n}`).join(', '),
  };
  const prefix = undecided ? UNDECIDED_PREFIX : '';
  const summary =
    status === 'pass' && newestCheck
      ? passSummary(newestCheck, startedAt, managed)
      : ordered.map((f) => `${f.code}: ${withoutUndecidedPrefix(f.message)}`).join('; ') + olderNote(checks, goodCheck);
  const result: CheckResult = {
    id: set.id,
    kind: 'backup-verify',
    subject: set.name,
    target: targetOf(set),
    status,
    ...(severity ? { severity } : {}),
    summary: `${prefix}${summary}`,
    evidence,
    ...(set.runbook ? { runbook: set.runbook } : {}),
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - started),
  };
  return { result, ...(goodEntry ? { newestGood: goodEntry } : {}), ...(newest ? { newest } : {}), undecided };
}

/** A set whose verification threw (a bug nobody foresaw) is that set's undecided result, never the run's end. */
export function crashedSet(set: BackupSet, error: unknown, now: Date): SetVerdict {
  return {
    undecided: true,
    result: {
      id: set.id || backupId(set.environment, set.name),
      kind: 'backup-verify',
      subject: set.name,
      target: targetOf(set),
      status: 'fail',
      severity: 'P3',
      summary: `${UNDECIDED_PREFIX}CHECK_ERROR: the check failed unexpectedly: ${errorMessage(error)}`,
      evidence: { code: 'CHECK_ERROR', codes: 'CHECK_ERROR', ...undecidedMark(true), source: set.where },
      startedAt: now.toISOString(),
      durationMs: 0,
    },
  };
}
