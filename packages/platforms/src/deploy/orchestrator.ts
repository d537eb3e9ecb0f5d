import { errorMessage, systemClock, type CheckResult, type Clock, type Emitter } from '@runbook/core';
import type { ProbeSpec } from '@runbook/http-probe';
import type { DeployDriver, DeployOperation, DeployStage, DriverContext, ServiceDeploy, ServiceTarget } from '../driver.ts';
import { restoreAndCheck } from '../restore.ts';
import { smokeCheckServices } from '../smoke.ts';
import { bestEffort, runStage } from '../stages.ts';
import { Timeline } from '../timeline.ts';
import { deployResults, reportDeploy } from './report.ts';
import { mayHaveChanged } from './verdict.ts';

export interface DeployRun<S = unknown, T extends ServiceTarget = ServiceTarget> {
  plan: DeployOperation<T>;
  driver: DeployDriver<S, T>;
  deploys: ServiceDeploy<S, T>[];
  timeline: Timeline;
  startedAt: string;
  clock: Clock;
  /** Every stage and the recovery are over: the results are final. */
  finished: boolean;
}

async function register<S, T extends ServiceTarget>(run: DeployRun<S, T>): Promise<boolean> {
  const { driver } = run;
  for (const d of run.deploys) {
    try {
      await driver.register?.(d);
    } catch (error) {
      d.failure = { stage: 'register', reason: `${driver.stages.register?.failure}: ${errorMessage(error)}` };
      run.timeline.add(d.target.key, d.failure.reason);
      return false;
    }
  }
  return true;
}

async function migrate<S, T extends ServiceTarget>(run: DeployRun<S, T>): Promise<boolean> {
  for (const d of run.deploys) {
    if (!d.migrates || !run.driver.migrate) continue;
    d.migration = await run.driver.migrate(d);
    if (!d.migration.ok) {
      d.failure = { stage: 'migrate', reason: `${d.migration.summary}; the service was not updated` };
      return false;
    }
  }
  return true;
}

async function update<S, T extends ServiceTarget>(run: DeployRun<S, T>): Promise<boolean> {
  const { driver } = run;
  for (const d of run.deploys) {
    try {
      d.update = 'sent';
      await driver.update(d);
      d.update = 'done';
    } catch (error) {
      // A definite refusal changed nothing; a lost answer or a bug after the call may have changed it.
      if (driver.refused(error)) delete d.update;
      d.failure = { stage: 'update', reason: `${driver.stages.update.failure}: ${errorMessage(error)}` };
      run.timeline.add(d.target.key, d.failure.reason);
      return false;
    }
  }
  return true;
}

async function rollout<S, T extends ServiceTarget>(run: DeployRun<S, T>): Promise<boolean> {
  const outcomes = await run.driver.follow(run.deploys);
  for (const [d, outcome] of outcomes) {
    d.rollout = outcome;
    if (outcome.state === 'failed' || outcome.state === 'timed-out') d.failure = { stage: 'rollout', reason: outcome.reason };
  }
  return run.deploys.every((d) => d.rollout?.state === 'completed');
}

const probesOf = <S, T extends ServiceTarget>(run: DeployRun<S, T>, deploys: readonly ServiceDeploy<S, T>[]) => [...deploys.flatMap((d) => d.target.probes), ...run.plan.smokeProbes];

async function smokeCheck<S, T extends ServiceTarget>(run: DeployRun<S, T>, probes: readonly ProbeSpec[], stage: DeployStage, prefix = ''): Promise<boolean> {
  const outcomes = await smokeCheckServices(
    run.deploys.map((d) => d.target.key),
    probes,
    run.timeline,
  );
  for (const d of run.deploys) {
    const outcome = outcomes.get(d.target.key);
    if (!outcome) continue;
    d.smoke = outcome;
    if (!outcome.ok) d.failure = { stage, reason: `${prefix}${outcome.summary}` };
  }
  return run.deploys.every((d) => !d.failure);
}

function smoke<S, T extends ServiceTarget>(run: DeployRun<S, T>): Promise<boolean> {
  const probes = probesOf(run, run.deploys);
  return smokeCheck(run, run.driver.smokeProbes ? run.driver.smokeProbes(run.deploys, probes) : probes, 'smoke');
}

/** Traffic for the revisions that passed their own smoke checks, then every check again, on the traffic. */
async function promote<S, T extends ServiceTarget>(run: DeployRun<S, T>): Promise<boolean> {
  const { driver } = run;
  if (!driver.promote) return true;
  for (const d of run.deploys.filter((x) => x.promotes)) {
    await driver.promote(d);
    d.promoted = true;
  }
  return smokeCheck(run, probesOf(run, run.deploys), 'promote', 'after the promotion: ');
}

const failedOnPlatform = (d: ServiceDeploy<unknown, ServiceTarget>): boolean => d.failure?.stage === 'rollout' || d.failure?.stage === 'smoke' || d.failure?.stage === 'promote';

/**
 * What failed is diagnosed, then every service that may have changed goes back together. Nothing
 * in here throws: a failing diagnosis or clean-up is a note, and a rollback that cannot be carried
 * out is the service's (P1) outcome.
 */
async function recover<S, T extends ServiceTarget>(run: DeployRun<S, T>): Promise<void> {
  const { plan, timeline, driver } = run;
  for (const d of run.deploys) {
    if (!failedOnPlatform(d) || !d.revision) continue;
    await bestEffort(
      () => driver.diagnose(d),
      (reason) => d.notes.push(`no diagnosis: ${reason}`),
    );
  }
  const updated = run.deploys.filter(mayHaveChanged);
  if (!plan.rollbackOnFailure) {
    for (const d of updated) d.notes.push('rollback-on-failure is false: not rolled back');
    return;
  }
  await bestEffort(
    async () => {
      const outcomes = await restoreAndCheck(updated, (items) => driver.restore(items), probesOf(run, updated), timeline);
      for (const [d, outcome] of outcomes) d.restore = outcome;
    },
    (reason) => {
      for (const d of updated) {
        if (d.restore) continue;
        const summary = `rollback to ${driver.words.label(d.previous)} broke off: ${reason}; ${driver.words.unverifiedAdvice(d.target, d.previous, d.revision)}`;
        d.restore = { back: false, ok: false, summary };
        timeline.add(d.target.key, summary);
      }
    },
  );
  const { recovered } = driver;
  if (recovered) await bestEffort(() => recovered.call(driver, run.deploys), (reason) => run.deploys.forEach((d) => d.notes.push(reason)));
}

type StageBody = <S, T extends ServiceTarget>(run: DeployRun<S, T>) => Promise<boolean>;
const STAGES: readonly [DeployStage, StageBody][] = [
  ['register', register],
  ['migrate', migrate],
  ['update', update],
  ['rollout', rollout],
  ['smoke', smoke],
  ['promote', promote],
];

function stageDone(d: ServiceDeploy<unknown, ServiceTarget>, stage: DeployStage): boolean {
  switch (stage) {
    case 'register':
      return d.revision !== undefined;
    case 'migrate':
      return !d.migrates || d.migration?.ok === true;
    case 'update':
      return d.update === 'done';
    case 'rollout':
      return d.rollout?.state === 'completed';
    case 'smoke':
      return d.smoke !== undefined;
    case 'promote':
      return !d.promotes || d.promoted === true;
  }
}

/** A stage threw: every service it had not finished fails that stage (all of them when it had finished each). */
function failStage<S, T extends ServiceTarget>(run: DeployRun<S, T>, stage: DeployStage, failure: string, message: string): void {
  const open = run.deploys.filter((d) => !d.failure);
  const unfinished = open.filter((d) => !stageDone(d, stage));
  for (const d of unfinished.length ? unfinished : open) {
    d.failure = { stage, reason: `${failure}: ${message}` };
    run.timeline.add(d.target.key, d.failure.reason);
  }
}

/**
 * The deploy on any platform: prepare (reads only), register, migrate, update, follow each
 * update, smoke-check, promote (a revision deployed without traffic, checked on its own URL); on any failure (a throw included) diagnose and roll every updated service
 * back together. Each phase is a log group; the results so far are recorded after each, and
 * reported through the emitter.
 */
export async function orchestrateDeploy<S, T extends ServiceTarget>(
  plan: DeployOperation<T>,
  emitter: Emitter,
  driverFor: (context: DriverContext) => DeployDriver<S, T>,
): Promise<CheckResult[]> {
  const clock = plan.clock ?? systemClock;
  const startedAt = new Date().toISOString();
  const timeline = new Timeline(emitter);
  const driver = driverFor({ clock, timeline });
  const deploys = await emitter.group(driver.prepareTitle, async () => {
    const prepared: ServiceDeploy<S, T>[] = [];
    for (const target of plan.targets) prepared.push({ target, ...(await driver.prepare(target)), notes: [] });
    return prepared;
  });
  const run: DeployRun<S, T> = { plan, driver, deploys, timeline, startedAt, clock, finished: plan.dryRun };
  if (!plan.dryRun) {
    emitter.record(deployResults(run));
    const stages = STAGES.flatMap(([stage, body]) => {
      const words = driver.stages[stage];
      return words ? [{ stage, body, ...words }] : [];
    });
    let ok = true;
    for (const [i, { stage, body, title, failure }] of stages.entries()) {
      ok = await runStage(emitter, title, () => body(run), (message) => failStage(run, stage, failure, message));
      // Past the smoke checks every service is verified: clean-up can add notes, not change a verdict.
      if (ok && i === stages.length - 1) run.finished = true;
      emitter.record(deployResults(run));
      if (!ok) break;
    }
    const { cleanup } = driver;
    if (!ok) await emitter.group('recover: roll back, wait, smoke-check', () => recover(run));
    // The deploy is verified: a clean-up that throws is a note, never a lost report.
    else if (cleanup) await emitter.group(cleanup.title, () => bestEffort(() => cleanup.run(run.deploys), (reason) => run.deploys.forEach((d) => d.notes.push(`${cleanup.title}: ${reason}`))));
    run.finished = true;
  }
  return reportDeploy(run, emitter);
}
