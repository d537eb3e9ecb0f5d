import { formatDuration, type Severity, type Status } from '@runbook/core';
import type { PlatformWords, ServiceDeploy, ServiceTarget } from '../driver.ts';

/** Whether the service may have left its previous revision: the update went out for a new one. */
export const mayHaveChanged = (d: ServiceDeploy<unknown, ServiceTarget>): boolean => d.update !== undefined && d.revision !== d.previous;

export interface Verdict {
  status: Status;
  severity?: Severity;
  summary: string;
}

/**
 * How one service's deploy ended. A failed deploy that ended back on the previous, healthy
 * revision is P2 (users saw errors for a while; data may be half-migrated); a service left on a
 * failed revision, or whose rollback failed, is P1. A deploy that could not start is P3.
 * `planned` is a dry run's new revision, after the arrow.
 */
export function deployVerdict<S, T extends ServiceTarget>(d: ServiceDeploy<S, T>, failed: readonly string[], words: PlatformWords<T>, run: { dryRun: boolean; finished: boolean; planned?: string }): Verdict {
  const { label } = words;
  const took = formatDuration(d.rollout?.durationMs ?? 0);
  if (run.dryRun) return { status: 'pass', summary: `dry run: ${label(d.previous)} → ${run.planned}` };
  // Recorded while the deploy runs: what stands if it ends here.
  if (!run.finished) {
    const why = d.failure ? `${d.failure.reason}; ` : '';
    if (mayHaveChanged(d)) return { status: 'fail', severity: 'P1', summary: `${why}the deploy stopped before the service was verified; ${words.unverifiedAdvice(d.target, d.previous, d.revision)}` };
    return { status: 'fail', severity: 'P3', summary: `${why}the deploy stopped before the service was updated; it still runs ${label(d.previous)}` };
  }
  if (failed.length === 0) {
    return { status: 'pass', summary: `deployed ${label(d.revision)} in ${took}${d.smoke ? `; ${d.smoke.summary}` : ''}` };
  }
  const restore = d.restore;
  if (d.failure) {
    const { stage, reason } = d.failure;
    if ((stage === 'register' || stage === 'update') && !restore) return { status: 'fail', severity: 'P3', summary: `${reason}; the service still runs ${label(d.previous)}` };
    if (stage === 'migrate') return { status: 'fail', severity: 'P2', summary: reason };
    if (restore) return { status: 'fail', severity: restore.ok ? 'P2' : 'P1', summary: `${reason}; ${restore.summary}` };
    const byPlatform = d.rollout?.state === 'failed' && d.rollout.rolledBackByPlatform;
    return { status: 'fail', severity: byPlatform ? 'P2' : 'P1', summary: `${reason}${byPlatform ? '' : '; not rolled back (rollback-on-failure is false)'}` };
  }
  const why = `${failed.join(', ')} failed`;
  if (d.update !== 'done') return { status: 'warn', severity: 'P4', summary: `not deployed: ${why}` };
  if (!restore) return { status: 'warn', severity: 'P4', summary: `${why}; left on ${label(d.revision)} (rollback-on-failure is false)` };
  return restore.ok ? { status: 'warn', severity: 'P4', summary: `${why}: ${restore.summary}` } : { status: 'fail', severity: 'P1', summary: `${why}: ${restore.summary}` };
}

/** `migrate 42s, rollout 1m 10s, smoke 0.3s`: where this service's time went (the timeline has the rest). */
export function stageTimes(d: Pick<ServiceDeploy, 'migration' | 'rollout' | 'smoke'>): string {
  const smokeMs = d.smoke?.results.length ? Math.max(...d.smoke.results.map((r) => r.durationMs)) : undefined;
  const stages: [string, number | undefined][] = [['migrate', d.migration?.durationMs], ['rollout', d.rollout?.durationMs], ['smoke', smokeMs]];
  return stages.flatMap(([name, ms]) => (ms === undefined ? [] : [`${name} ${formatDuration(ms)}`])).join(', ') || '–';
}
