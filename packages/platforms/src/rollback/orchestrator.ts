import { formatDuration, headline, systemClock, worstStatus, type CheckResult, type Emitter } from '@runbook/core';
import type { DriverContext, Operation, PlatformWords, RollbackDriver, ServiceRollback, ServiceTarget } from '../driver.ts';
import { perService } from '../outputs.ts';
import { restoreAndCheck } from '../restore.ts';
import { runStage } from '../stages.ts';
import { Timeline } from '../timeline.ts';

type Verdict = Pick<CheckResult, 'status' | 'summary'> & { severity?: 'P1' };

const target = <S, T extends ServiceTarget>(r: ServiceRollback<S, T>, label: (revision: string) => string): string => (r.to ? label(r.to) : `a new revision with ${r.changes}`);

function verdict<S, T extends ServiceTarget>(r: ServiceRollback<S, T>, { label }: PlatformWords<T>): Verdict {
  if (r.to === r.from && !r.restore) return { status: 'pass', summary: `already on ${label(r.to)}: nothing to roll back` };
  if (r.problem) return { status: 'fail', severity: 'P1', summary: r.problem };
  if (!r.restore) return { status: 'pass', summary: `dry run: ${label(r.from)} → ${target(r, label)}` };
  return r.restore.ok ? { status: 'pass', summary: `${label(r.from)} → ${r.restore.summary}` } : { status: 'fail', severity: 'P1', summary: r.restore.summary };
}

function unfinishedVerdict<S, T extends ServiceTarget>(r: ServiceRollback<S, T>, words: PlatformWords<T>): Verdict {
  if (r.to === r.from || r.problem || !r.to) return verdict(r, words);
  return { status: 'fail', severity: 'P1', summary: `the rollback stopped before it was verified; ${words.unverifiedAdvice(r.target, r.to, r.from)}` };
}

interface RollbackRun<S, T extends ServiceTarget> {
  plan: Operation<T>;
  driver: RollbackDriver<S, T>;
  rollbacks: ServiceRollback<S, T>[];
  startedAt: string;
  timeline: Timeline;
}

/** One result per service: final once `finished`, what stands if the run ends now before. */
function rollbackResults<S, T extends ServiceTarget>({ plan, driver, rollbacks, startedAt, timeline }: RollbackRun<S, T>, finished: boolean): CheckResult[] {
  const durationMs = Math.round(timeline.elapsed());
  return rollbacks.map((r) => ({
    id: `rollback:${plan.environment}/${r.target.key}`,
    kind: 'rollback',
    subject: r.target.key,
    target: driver.words.targetId(r.target),
    ...(finished ? verdict(r, driver.words) : unfinishedVerdict(r, driver.words)),
    evidence: driver.evidence(r),
    runbook: r.target.runbook ?? driver.words.defaultRunbook,
    startedAt,
    durationMs,
  }));
}

async function report<S, T extends ServiceTarget>(run: RollbackRun<S, T>, emitter: Emitter): Promise<CheckResult[]> {
  const { plan, driver, rollbacks, timeline } = run;
  const { label, where } = driver.words;
  const results = rollbackResults(run, true);
  const durationMs = Math.round(timeline.elapsed());
  const names = rollbacks.map((r) => r.target.key).join(', ');
  await emitter.report({
    action: 'rollback',
    headline: plan.dryRun ? `dry run for ${names}: nothing changed` : results.every((r) => r.status === 'pass') ? `rolled back ${names} in ${formatDuration(durationMs)}` : headline(results, 'services'),
    results,
    table: {
      columns: ['service', where.heading, 'from', 'to', 'result', 'time'],
      rows: rollbacks.map((r, i) => [r.target.key, where.cell(r.target), label(r.from), r.to ? label(r.to) : 'new revision', `${results[i]?.status}: ${results[i]?.summary}`, formatDuration(durationMs)]),
    },
    sections: [{ heading: 'Timeline', body: timeline.render() }, ...driver.sections()],
    outputs: {
      status: worstStatus(results),
      from: perService(rollbacks, (r) => r.from),
      to: perService(rollbacks, (r) => r.to ?? ''),
      revision: perService(rollbacks, (r) => r.to ?? ''),
      'previous-revision': perService(rollbacks, (r) => r.from),
    },
  });
  return results;
}

/** Moves services back to an earlier revision together on any platform, waits for it, smoke-checks it. */
export async function orchestrateRollback<S, T extends ServiceTarget>(plan: Operation<T>, emitter: Emitter, driverFor: (context: DriverContext) => RollbackDriver<S, T>): Promise<CheckResult[]> {
  const clock = plan.clock ?? systemClock;
  const startedAt = new Date().toISOString();
  const timeline = new Timeline(emitter);
  const driver = driverFor({ clock, timeline });
  const { label } = driver.words;
  const rollbacks = await emitter.group(driver.titles.resolve, async () => {
    const resolved: ServiceRollback<S, T>[] = [];
    for (const t of plan.targets) {
      const r = { target: t, ...(await driver.resolve(t)) };
      timeline.add(t.key, `running ${label(r.from)}; target ${r.to ? label(r.to) : `a new revision (${r.changes})`}`);
      resolved.push(r);
    }
    return resolved;
  });
  const run = { plan, driver, rollbacks, startedAt, timeline };
  if (!plan.dryRun) {
    const { register } = driver;
    if (register && driver.titles.register) await emitter.group(driver.titles.register, () => register.call(driver, rollbacks));
    const todo = rollbacks.filter((r) => r.to && r.to !== r.from && !r.problem);
    emitter.record(rollbackResults(run, false));
    await runStage(
      emitter,
      driver.titles.rollback,
      async () => {
        const outcomes = await restoreAndCheck(todo, (items) => driver.restore(items), [...todo.flatMap((r) => r.target.probes), ...plan.smokeProbes], timeline);
        for (const [r, outcome] of outcomes) r.restore = outcome;
        return true;
      },
      (reason) => {
        for (const r of todo) if (!r.restore) r.problem = `rollback to ${label(r.to)} broke off: ${reason}; ${driver.words.unverifiedAdvice(r.target, r.to as string, r.from)}`;
      },
    );
  }
  return report(run, emitter);
}
