import { formatDuration, headline, worstStatus, type CheckResult, type Emitter, type Table } from '@runbook/core';
import type { ServiceTarget } from '../driver.ts';
import { perService } from '../outputs.ts';
import type { DeployRun } from './orchestrator.ts';
import { deployVerdict, stageTimes } from './verdict.ts';

/** One result per service: final once the run is finished, what stands so far before. */
export function deployResults<S, T extends ServiceTarget>(run: DeployRun<S, T>): CheckResult[] {
  const { plan, deploys, driver } = run;
  const failed = deploys.filter((d) => d.failure).map((d) => d.target.key);
  const durationMs = Math.round(run.timeline.elapsed());
  return deploys.map((d) => {
    const verdict = deployVerdict(d, failed, driver.words, { dryRun: plan.dryRun, finished: run.finished, ...(plan.dryRun ? { planned: driver.planned(d) } : {}) });
    return {
      id: `deploy:${plan.environment}/${d.target.key}`,
      kind: 'deploy',
      subject: d.target.key,
      target: driver.words.targetId(d.target),
      status: verdict.status,
      ...(verdict.severity ? { severity: verdict.severity } : {}),
      summary: verdict.summary,
      evidence: driver.evidence(d),
      // An empty default leaves the steps to the incident's own, in the run's locale.
      ...(d.target.runbook || driver.words.defaultRunbook ? { runbook: d.target.runbook ?? driver.words.defaultRunbook } : {}),
      startedAt: run.startedAt,
      durationMs,
    };
  });
}

function deployTable<S, T extends ServiceTarget>(run: DeployRun<S, T>, results: readonly CheckResult[]): Table {
  const { driver } = run;
  const { label, where } = driver.words;
  return {
    columns: ['service', where.heading, 'from', 'to', driver.table.change, 'result', 'stages'],
    rows: run.deploys.map((d, i) => {
      const r = results[i] as CheckResult;
      return [d.target.key, where.cell(d.target), label(d.previous), driver.table.to(d), driver.table.changes(d), `${r.status}${r.severity ? ` ${r.severity}` : ''}: ${r.summary}`, stageTimes(d)];
    }),
  };
}

function failureSection<S, T extends ServiceTarget>(run: DeployRun<S, T>): { heading: string; body: string } | undefined {
  const failed = run.deploys.filter((d) => d.failure);
  if (failed.length === 0) return undefined;
  const blocks = failed.map((d) => [`**${d.target.key}**: ${d.failure?.reason}`, ...run.driver.failureLines(d)].join('\n'));
  return { heading: 'Why it failed', body: blocks.join('\n\n') };
}

/** The deploy's outputs, summary table and sections, through the emitter. */
export async function reportDeploy<S, T extends ServiceTarget>(run: DeployRun<S, T>, emitter: Emitter): Promise<CheckResult[]> {
  const { plan, deploys, driver } = run;
  const failed = deploys.filter((d) => d.failure);
  const durationMs = Math.round(run.timeline.elapsed());
  const results = deployResults(run);
  const names = deploys.map((d) => d.target.key).join(', ');
  const restores = deploys.flatMap((d) => (d.restore ? [d.restore] : []));
  // Only a rollback followed to completion counts, ours or the platform's: one that could not start or failed does not.
  const rolledBack = restores.length > 0 && restores.every((r) => r.back);
  const failure = failureSection(run);
  const plannedSection = { heading: 'Plan (dry run: nothing was changed)', body: deploys.map((d) => driver.planBlock(d)).join('\n\n') };
  await emitter.report({
    action: 'deploy',
    headline: plan.dryRun ? `dry run for ${names}: nothing changed` : failed.length ? `${headline(results, 'services')}${rolledBack ? ', rolled back' : ''}` : `deployed ${names} in ${formatDuration(durationMs)}`,
    results,
    table: deployTable(run, results),
    sections: [...(plan.dryRun ? [plannedSection] : []), ...(failure ? [failure] : []), { heading: 'Timeline', body: run.timeline.render() }, ...driver.sections()],
    outputs: {
      status: worstStatus(results),
      revision: perService(deploys, (d) => (plan.dryRun ? '' : (d.revision ?? ''))),
      'previous-revision': perService(deploys, (d) => d.previous),
      ...driver.outputs(deploys),
      'rolled-back': String(rolledBack),
    },
  });
  return results;
}
