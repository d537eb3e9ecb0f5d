import { errorMessage, formatDuration, headline, isManaged, resultCell as cellOf, statusOutput, systemClock, withoutUndecidedPrefix, type CheckResult, type Clock, type Emitter, type Table } from '@runbook/core';
import { targetOf, type BackupSet } from './backup-set.ts';
import { SourceError, sourceOf } from './sources/index.ts';
import type { BackupVerifyPlan } from './options.ts';
import { crashedSet, verifySet, type SetVerdict } from './verify-set.ts';

const resultCell = (v: SetVerdict): string => cellOf(v.result);
const cell = (value: unknown): string => (value === null || value === undefined || value === '' ? '–' : String(value));

export function backupTable(verdicts: readonly SetVerdict[]): Table {
  return {
    columns: ['backup set', 'source', 'result', 'code', 'newest', 'age', 'checks', 'reason'],
    rows: verdicts.map((v) => {
      const age = v.result.evidence['newest age seconds'];
      return [
        v.result.subject,
        v.result.target,
        resultCell(v),
        cell(v.result.evidence.code),
        cell(v.result.evidence.newest),
        typeof age === 'number' ? formatDuration(age * 1000) : '–',
        cell(v.result.evidence.checks),
        v.result.status === 'pass' ? '' : v.result.summary,
      ];
    }),
  };
}

/** The set whose newest good backup is oldest decides the single-value outputs: it is the data most at risk. */
function outputsOf(verdicts: readonly SetVerdict[], now: Date): Record<string, string> {
  const ages = verdicts.map((v) => ({ v, rpo: v.newestGood ? now.getTime() - v.newestGood.time.getTime() : Infinity }));
  const worst = ages.sort((a, b) => b.rpo - a.rpo)[0]?.v;
  const secondsSince = (t: Date | undefined): string => (t ? String(Math.max(0, Math.round((now.getTime() - t.getTime()) / 1000))) : '');
  return {
    status: statusOutput(verdicts.map((v) => v.result)),
    'newest-backup': worst?.newest?.path ?? '',
    'newest-age-seconds': secondsSince(worst?.newest?.time),
    'rpo-seconds': secondsSince(worst?.newestGood?.time),
  };
}

function describePlan(set: BackupSet): string {
  if (isManaged(set.source)) return `the provider's backup status (${set.source.kind === 'cloudsql' ? 'backup runs, point-in-time recovery' : 'retention, snapshots, latest restorable time'})`;
  const steps = ['size', ...(set.require.length ? [`require ${set.require.join(', ')}`] : []), ...set.verify.map((s) => (s.path ? `${s.kind}: ${s.path}` : s.kind))];
  if (set.restore) steps.push(`restore into a new scratch database on ${set.restore.databaseUrl.hostname}:${set.restore.databaseUrl.port || '5432'}`);
  return steps.join(', ');
}

/** Lists (a listing reads no object) and says what would be checked; nothing is fetched, verified or restored. */
async function dryRunSet(set: BackupSet, now: Date, clock: Clock): Promise<SetVerdict> {
  const listed = await sourceOf(set, clock)
    .then((source) => source.list(now))
    .then((l) => ({ entries: l.entries, note: '' }))
    .catch((error: unknown) => ({ entries: [], note: ` (cannot list now: ${error instanceof SourceError ? withoutUndecidedPrefix(error.finding.message) : errorMessage(error)})` }));
  const { entries } = listed;
  const newest = entries[0];
  const result: CheckResult = {
    id: set.id,
    kind: 'backup-verify',
    subject: set.name,
    target: targetOf(set),
    status: 'pass',
    summary: `dry run: would check ${newest ? `${newest.name} (newest of ${entries.length})` : 'the newest backup (none found now)'} with ${describePlan(set)}${listed.note}`,
    evidence: { 'dry run': true, source: set.where, backups: entries.length, newest: newest?.name ?? null, checks: describePlan(set) },
    startedAt: now.toISOString(),
    durationMs: 0,
  };
  return { result, ...(newest ? { newest } : {}), undecided: false };
}

/** Runs the plan set by set, recording each result as it comes, reports through the emitter, and returns the results. */
export async function runBackupVerify(plan: BackupVerifyPlan, emitter: Emitter, now: () => Date = () => new Date(), clock: Clock = systemClock): Promise<CheckResult[]> {
  const verdicts: SetVerdict[] = [];
  for (const set of plan.sets) {
    const verdict = plan.dryRun
      ? await dryRunSet(set, now(), clock)
      : await emitter.group(`Backup set ${set.name} (${set.where})`, () =>
          verifySet(set, now, clock, (m) => emitter.progress(`${set.name}: ${m}`)).catch((error: unknown) => crashedSet(set, error, now())),
        );
    verdicts.push(verdict);
    emitter.record(verdicts.map((v) => v.result));
    emitter.progress(`${resultCell(verdict).toUpperCase()} ${set.name}: ${verdict.result.summary}`);
  }
  const results = verdicts.map((v) => v.result);
  const undecided = verdicts.filter((v) => v.undecided).length;
  await emitter.report({
    action: 'backup-verify',
    headline: `${headline(results, 'backup sets')}${undecided ? ` (${undecided} could not be decided)` : ''}${plan.dryRun ? ' (dry run: nothing was verified or restored)' : ''}`,
    results,
    table: backupTable(verdicts),
    outputs: outputsOf(verdicts, now()),
  });
  return results;
}
