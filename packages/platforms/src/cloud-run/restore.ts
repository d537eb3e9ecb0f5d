import { errorMessage, poll, type Clock } from '@runbook/core';
import type { RestoreMove } from '../driver.ts';
import type { Timeline } from '../timeline.ts';
import { CloudRunError, type CloudRun, type Service } from './client.ts';
import { servicePath, type CloudRunServiceTarget } from './plan.ts';
import { PINNED_NOTE, unverifiedAdvice } from './report.ts';
import { serviceReadiness } from './service-state.ts';
import { describeTraffic, servesSplit, servingSnapshot, toTargets, type TrafficShare } from './traffic.ts';

export interface Waits {
  deadline: number;
  pollIntervalMs: number;
  clock: Clock;
}

export type TargetsOutcome =
  | { state: 'served'; service: Service }
  /** The operation ended in error: said at once, with its message. */
  | { state: 'failed'; reason: string }
  /** Written, but the operation or the serving split was not seen by the deadline. */
  | { state: 'unverified'; reason: string };

/**
 * Writes explicit revision targets (a PATCH of `traffic` only, with `current`'s etag), waits for
 * its operation, then until trafficStatuses serve the split, all by one deadline. The PATCH's own
 * error is thrown (the caller knows whether a refusal or a lost answer); `api` is bound to the deadline.
 */
export async function writeTargets(api: CloudRun, target: CloudRunServiceTarget, current: Service, to: readonly TrafficShare[], waits: Waits): Promise<TargetsOutcome> {
  const pending = await api.updateService({ name: current.name ?? servicePath(target), etag: current.etag ?? null, traffic: toTargets(to) }, ['traffic']);
  try {
    await api.wait(pending);
  } catch (error) {
    if (error instanceof CloudRunError && !error.transient) return { state: 'failed', reason: errorMessage(error) };
    return { state: 'unverified', reason: errorMessage(error) };
  }
  try {
    const outcome = await poll<Service>(
      async () => {
        const service = await api.getService(servicePath(target));
        return serviceReadiness(service).state !== 'pending' && servesSplit(service, to) ? { done: true, value: service } : { done: false };
      },
      { intervalMs: waits.pollIntervalMs, timeoutMs: Math.max(0, waits.deadline - waits.clock.now()), clock: waits.clock },
    );
    return outcome.done ? { state: 'served', service: outcome.value } : { state: 'unverified', reason: `the service did not serve ${describeTraffic(to)} by the deadline` };
  } catch (error) {
    return { state: 'unverified', reason: errorMessage(error) };
  }
}

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

/**
 * A failed deploy's way back: reads the service for its etag, writes the targets and verifies them.
 * A service that already serves them is left alone: a deploy whose revision never became ready did
 * not move traffic, and writing it again would pin a split that followed LATEST.
 */
export async function moveTraffic(move: TrafficMove, options: Waits & { timeline: Timeline }): Promise<RestoreMove> {
  const { target, to, label } = move;
  const api = move.api.within(options.deadline, (m) => options.timeline.add(target.key, m));
  const end = (back: boolean, summary: string, line = summary): RestoreMove => {
    options.timeline.add(target.key, line);
    return { back, summary };
  };
  try {
    const current = await api.getService(servicePath(target));
    if (servesSplit(current, to)) return end(true, `traffic untouched: still ${describeTraffic(servingSnapshot(current))}`);
    options.timeline.add(target.key, `traffic → ${describeTraffic(to)}`);
    const outcome = await writeTargets(api, target, current, to, options);
    if (outcome.state === 'failed') return end(false, `traffic could not be moved to ${label}: ${outcome.reason}; ${unverifiedAdvice(target, label, move.from)}`);
    if (outcome.state === 'unverified') return end(false, `traffic to ${label} was written but not verified by the deadline (${outcome.reason}); ${unverifiedAdvice(target, label, move.from)}`);
    const now = describeTraffic(servingSnapshot(outcome.service));
    return end(true, `traffic back on ${now} (${PINNED_NOTE})`, `traffic back on ${now}`);
  } catch (error) {
    return end(false, `traffic could not be moved to ${label}: ${errorMessage(error)}; ${unverifiedAdvice(target, label, move.from)}`);
  }
}
