import { errorMessage, poll, type Clock } from '@runbook/core';
import type { RestoreMove } from '../driver.ts';
import type { Timeline } from '../timeline.ts';
import type { CloudRun, Service } from './client.ts';
import { servicePath, type CloudRunServiceTarget } from './plan.ts';
import { PINNED_NOTE, unverifiedAdvice } from './report.ts';
import { serviceReadiness } from './service-state.ts';
import { describeTraffic, servingSnapshot, toTargets, type TrafficShare } from './traffic.ts';

export interface TrafficMove {
  target: CloudRunServiceTarget;
  api: CloudRun;
  /** Explicit revision targets (tags included) to write. */
  to: TrafficShare[];
  /** What `to` serves, for messages (`svc-00001-aaa`). */
  label: string;
  /** What serves before the move, for the advice when it cannot be verified. */
  from?: string;
}

const sameServing = (a: readonly TrafficShare[], b: readonly TrafficShare[]): boolean => {
  const key = (shares: readonly TrafficShare[]) => shares.filter((s) => s.percent > 0).map((s) => `${s.revision}=${s.percent}`).sort().join(',');
  return key(a) === key(b);
};

/** The service after a traffic change: reconciled, serving the split asked for. */
async function settle(api: CloudRun, target: CloudRunServiceTarget, to: readonly TrafficShare[], options: { deadline: number; pollIntervalMs: number; clock: Clock }): Promise<Service | undefined> {
  const outcome = await poll<Service>(
    async () => {
      const service = await api.getService(servicePath(target));
      const ready = serviceReadiness(service);
      return ready.state !== 'pending' && sameServing(servingSnapshot(service), to) ? { done: true, value: service } : { done: false };
    },
    { intervalMs: options.pollIntervalMs, timeoutMs: Math.max(0, options.deadline - options.clock.now()), clock: options.clock },
  );
  return outcome.done ? outcome.value : undefined;
}

/**
 * Writes explicit revision targets (a GET for the etag, a PATCH of `traffic` only) and waits until
 * the service serves them. A service that already serves them is left alone: a deploy whose revision
 * never became ready did not move traffic, and writing it again would pin a split that followed LATEST.
 */
export async function moveTraffic(move: TrafficMove, options: { deadline: number; pollIntervalMs: number; clock: Clock; timeline: Timeline }): Promise<RestoreMove> {
  const { target, to, label } = move;
  const api = move.api.within(options.deadline, (m) => options.timeline.add(target.key, m));
  try {
    const current = await api.getService(servicePath(target));
    if (sameServing(servingSnapshot(current), to)) {
      const summary = `traffic untouched: still ${describeTraffic(servingSnapshot(current))}`;
      options.timeline.add(target.key, summary);
      return { back: true, summary };
    }
    const pending = await api.updateService({ name: current.name ?? servicePath(target), etag: current.etag ?? null, traffic: toTargets(to) }, ['traffic']);
    options.timeline.add(target.key, `traffic → ${describeTraffic(to)}`);
    await api.wait(pending);
    const settled = await settle(api, target, to, options);
    if (!settled) {
      const summary = `traffic to ${label} was written but not verified by the deadline; ${unverifiedAdvice(target, label, move.from)}`;
      options.timeline.add(target.key, summary);
      return { back: false, summary };
    }
    const summary = `traffic back on ${describeTraffic(servingSnapshot(settled))} (${PINNED_NOTE})`;
    options.timeline.add(target.key, `traffic back on ${describeTraffic(servingSnapshot(settled))}`);
    return { back: true, summary };
  } catch (error) {
    const summary = `traffic could not be moved to ${label}: ${errorMessage(error)}; ${unverifiedAdvice(target, label, move.from)}`;
    options.timeline.add(target.key, summary);
    return { back: false, summary };
  }
}
