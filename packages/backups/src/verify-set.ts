import { errorMessage, formatDuration, undecidedMark, UNDECIDED_PREFIX, type CheckResult, type Evidence, type Severity, type Status } from '@runbook/core';
import { backupId, type BackupSet } from './backup-set.ts';
import { checkBackup, good, unexpected, type BackupCheck } from './check-backup.ts';
import { finding, FINDINGS, worstFirst, type Finding } from './findings.ts';
import { formatBytes, staleFinding, windowFinding } from './history.ts';
import { listLocal, type BackupEntry } from './list-local.ts';

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

async function list(set: BackupSet): Promise<{ entries: BackupEntry[] } | { finding: Finding }> {
  try {
    return { entries: await listLocal(set.source.path, set.pattern) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { finding: finding('NO_BACKUPS', `${set.source.path} does not exist`) };
    if (code === 'ENOTDIR') return { finding: finding('NO_BACKUPS', `${set.source.path} is not a directory`) };
    return { finding: unexpected(`listing ${set.source.path}`, error) };
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

function passSummary(check: BackupCheck, now: Date): string {
  const { entry, restore } = check;
  const counts = Object.entries(restore?.counts ?? {}).map(([t, n]) => `${t}=${n}`);
  const restored = restore?.restored ? `; restored${counts.length ? ` (${counts.join(', ')})` : ''}` : '';
  return `newest backup ${entry.name}, ${formatDuration(now.getTime() - entry.time.getTime())} old, ${formatBytes(entry.size)}; checked ${check.ran.join(', ')}${restored}`;
}

/** What the older backups checked after a bad newest one showed. */
function olderNote(checks: readonly BackupCheck[], goodCheck: BackupCheck | undefined): string {
  const older = checks.length - 1;
  if (older <= 0) return '';
  if (!goodCheck) return `; the ${older} backup(s) before it are not good either`;
  return `; the newest good backup is ${goodCheck.entry.name}`;
}

/** Lists the set's backups, checks the newest (and, when it is bad, a few before it) and gives one result. */
export async function verifySet(set: BackupSet, now: () => Date = () => new Date()): Promise<SetVerdict> {
  const startedAt = now();
  const started = performance.now();
  const listed = await list(set);
  const entries = 'entries' in listed ? listed.entries : [];
  const findings: Finding[] = 'finding' in listed ? [listed.finding] : [];
  if ('entries' in listed && entries.length === 0) findings.push(finding('NO_BACKUPS', `no backups in ${set.source.path} match ${set.pattern.source}`));
  if (entries.length > 0 && entries.length < set.minCount) findings.push(finding('TOO_FEW_BACKUPS', `${entries.length} backup(s) in ${set.source.path}, at least ${set.minCount} expected`));
  if (set.windowMs !== undefined && entries.length > 0) {
    const gap = windowFinding(entries, set.windowMs, startedAt);
    if (gap) findings.push(gap);
  }

  const checks: BackupCheck[] = [];
  for (let i = 0; i < entries.length && i <= MAX_FALLBACK; i++) {
    const entry = entries[i] as BackupEntry;
    const check = await checkBackup(set, entry, entries.slice(i + 1), { restore: true });
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
  const goodEntry = goodCheck?.entry;
  const evidence: Evidence = {
    code: ordered[0]?.code ?? null,
    codes: ordered.map((f) => f.code).join(', '),
    ...undecidedMark(undecided),
    source: set.source.path,
    pattern: set.pattern.source,
    backups: entries.length,
    newest: newest?.name ?? null,
    'newest time': newest?.time.toISOString() ?? null,
    'newest age seconds': newest ? seconds(startedAt.getTime() - newest.time.getTime()) : null,
    'newest size bytes': newest?.size ?? null,
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
      ? passSummary(newestCheck, startedAt)
      : ordered.map((f) => `${f.code}: ${f.message.replace(/^could not decide: /, '')}`).join('; ') + olderNote(checks, goodCheck);
  const result: CheckResult = {
    id: set.id,
    kind: 'backup-verify',
    subject: set.name,
    target: `${set.source.path}/${set.pattern.source}`,
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
      target: `${set.source.path}/${set.pattern.source}`,
      status: 'fail',
      severity: 'P3',
      summary: `could not decide: CHECK_ERROR: the check failed unexpectedly: ${errorMessage(error)}`,
      evidence: { code: 'CHECK_ERROR', codes: 'CHECK_ERROR', ...undecidedMark(true), source: set.source.path },
      startedAt: now.toISOString(),
      durationMs: 0,
    },
  };
}
