import { backoffDelay, formatDuration, sleep as realSleep } from '@runbook/core';
import type { IssuesApi } from './issues-api.ts';

export const LOCK_LABEL = 'runbook-incidents-lock';

export interface LockOptions {
  /** Who holds it: written into the label, so only the holder releases it. */
  owner: string;
  /** A holder that died is ignored after this long. */
  ttlMs?: number;
  /** Give up waiting for another run after this long. */
  maxWaitMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  onWait?: (message: string) => void;
}

const UNTIL = / until (\S+)$/;

/**
 * A short-lived lock around "re-read, then create", so that two runs at the same moment (two
 * workflows, or matrix jobs, which a workflow's `concurrency` does not serialize) never both
 * create an issue for one failure. It is a label: creating a label whose name exists fails
 * (422), which makes the create atomic, and labels need only `issues: write`. The label names
 * its holder and an expiry, so a run that died does not block the next ones for long.
 * Returns the release function.
 */
export async function acquireLock(api: IssuesApi, options: LockOptions): Promise<() => Promise<void>> {
  const { owner, ttlMs = 5 * 60_000, maxWaitMs = 6 * 60_000, now = Date.now, sleep = realSleep } = options;
  const started = now();
  const waitedTooLong = (holder: string): Error => new Error(`another run has held the incidents lock for over ${formatDuration(maxWaitMs)} (label "${LOCK_LABEL}": ${holder})`);
  for (let attempt = 0; ; attempt++) {
    const until = new Date(now() + ttlMs).toISOString();
    const created = await api.createLabel({ name: LOCK_LABEL, color: 'ededed', description: `runbook-actions lock ${owner} until ${until}` });
    if (created === 'created') return () => releaseLock(api, owner);
    const held = await api.getLabel(LOCK_LABEL);
    // Ours: an earlier create succeeded but its answer was lost, and the retry met our own label.
    if (held?.description?.includes(` ${owner} `)) return () => releaseLock(api, owner);
    if (now() - started > maxWaitMs) throw waitedTooLong(held?.description ?? 'gone, yet it cannot be created');
    const delay = backoffDelay(Math.min(attempt, 3), { baseMs: 250, maxMs: 2_000 });
    if (!held) {
      // Released between our create and our read; try again at once, then with backoff.
      if (attempt > 0) await sleep(delay);
      continue;
    }
    const expires = Date.parse(UNTIL.exec(held.description ?? '')?.[1] ?? '');
    if (Number.isNaN(expires) || expires < now()) {
      await api.deleteLabel(LOCK_LABEL);
      continue;
    }
    options.onWait?.(`incidents: another run is writing incidents (${held.description ?? LOCK_LABEL}); waiting ${formatDuration(delay)}`);
    await sleep(delay);
  }
}

async function releaseLock(api: IssuesApi, owner: string): Promise<void> {
  const held = await api.getLabel(LOCK_LABEL);
  if (held?.description?.includes(` ${owner} `)) await api.deleteLabel(LOCK_LABEL);
}
