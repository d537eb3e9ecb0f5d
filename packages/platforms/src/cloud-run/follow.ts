import { errorMessage, poll, type Clock } from '@runbook/core';
import type { FollowOutcome } from '../driver.ts';
import type { Timeline } from '../timeline.ts';
import { CloudRunError, type CloudRun, type PendingOperation, type Revision, type Service } from './client.ts';
import { servicePath, type CloudRunServiceTarget } from './plan.ts';
import { failingCondition, revisionReadiness, serviceReadiness, shortName } from './service-state.ts';

export interface Watch {
  target: CloudRunServiceTarget;
  api: CloudRun;
  pending: PendingOperation;
  /** The revision expected to be ready (short name). */
  revision: string;
}

export interface FollowResult {
  outcome: FollowOutcome;
  service?: Service;
  revision?: Revision;
}

/** The revision's own failed condition, the most telling reason there is (undefined when it cannot be read). */
async function revisionReason(api: CloudRun, target: CloudRunServiceTarget, revision: string): Promise<{ reason?: string; revision?: Revision }> {
  try {
    const rev = await api.getRevision(`${servicePath(target)}/revisions/${revision}`);
    const reason = failingCondition(rev.conditions);
    return { revision: rev, ...(reason ? { reason } : {}) };
  } catch {
    return {};
  }
}

/**
 * Follows one update: its operation to its end, then the service until it is reconciled with the
 * new revision ready (read from the revision itself, which is where a revision without traffic
 * shows it). A failure's reason is the revision's own condition when it has one.
 */
export async function followUpdate(watch: Watch, options: { deadline: number; pollIntervalMs: number; clock: Clock; timeline: Timeline }): Promise<FollowResult> {
  const { target, revision } = watch;
  const { clock, timeline } = options;
  const started = clock.now();
  const api = watch.api.within(options.deadline, (m) => timeline.add(target.key, m));
  const took = () => clock.now() - started;
  const failed = async (why: string): Promise<FollowResult> => {
    const own = await revisionReason(api, target, revision);
    const reason = `revision ${revision} did not become ready: ${own.reason ?? why}`;
    timeline.add(target.key, reason);
    return { outcome: { state: 'failed', reason, durationMs: took() }, ...(own.revision ? { revision: own.revision } : {}) };
  };
  try {
    await api.wait(watch.pending);
  } catch (error) {
    if (error instanceof CloudRunError && error.transient) return { outcome: { state: 'timed-out', reason: `${errorMessage(error)}`, durationMs: took() } };
    return failed(errorMessage(error));
  }
  let last: FollowResult | undefined;
  const outcome = await poll<FollowResult>(
    async () => {
      const service = await api.getService(servicePath(target));
      const state = serviceReadiness(service);
      if (state.state === 'failed') return { done: true, value: await failed(state.reason) };
      if (state.state === 'pending') return { done: false };
      const rev = await api.getRevision(`${servicePath(target)}/revisions/${revision}`);
      const ready = revisionReadiness(rev);
      if (ready.state === 'failed') return { done: true, value: await failed(ready.reason) };
      last = { outcome: { state: 'completed', durationMs: took() }, service, revision: rev };
      return ready.state === 'ready' ? { done: true, value: last } : { done: false };
    },
    { intervalMs: options.pollIntervalMs, timeoutMs: Math.max(0, options.deadline - clock.now()), clock },
  );
  if (outcome.done) {
    if (outcome.value.outcome.state === 'completed') timeline.add(target.key, `${revision} is ready (${shortName(outcome.value.service?.latestReadyRevision)} latest ready)`);
    return outcome.value;
  }
  const reason = `revision ${revision} was not ready within the wait-timeout`;
  timeline.add(target.key, reason);
  return { outcome: { state: 'timed-out', reason, durationMs: took() } };
}
