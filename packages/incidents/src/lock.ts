import { createHash } from 'node:crypto';
import { backoffDelay, formatDuration, sleep as realSleep } from '@runbook/core';
import type { IssuesApi } from './issues-api.ts';

export const LOCK_LABEL = 'runbook-incidents-lock';
/** How long a takeover guard blocks others: a run that died halfway through a takeover. */
const GUARD_TTL_MS = 60_000;
/** Attempts to take the lock, whatever the clock says. */
const MAX_ATTEMPTS = 1_000;

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

export interface Lock {
  /** Throws when the lock no longer names this run (it expired and another run took it over). */
  verify(): Promise<void>;
  release(): Promise<void>;
}

const UNTIL = / until (\S+)$/;
const expiresAt = (description: string | null | undefined): number => Date.parse(UNTIL.exec(description ?? '')?.[1] ?? '');
const names = (description: string | null | undefined, owner: string): boolean => description?.includes(` ${owner} `) ?? false;

/** The guard label of one generation of the lock: its name is derived from that holder's description. */
export const guardLabel = (description: string): string => `${LOCK_LABEL}~${createHash('sha256').update(description).digest('hex').slice(0, 12)}`;

/**
 * A short-lived lock around "re-read, then create", so that two runs at the same moment (two
 * workflows, or matrix jobs, which a workflow's `concurrency` does not serialize) never both
 * create an issue for one failure. It is a label, which needs only `issues: write`: creating a
 * label whose name exists fails (422), and that create-if-absent is the only compare-and-set it
 * relies on. The label names its holder and an expiry, so a run that died does not block the
 * next ones for long.
 *
 * Deleting a label is by name only, so a run that read an expired holder must not simply delete
 * "the lock": by then another run may have taken it over and hold a live one. Every removal of
 * the lock (a takeover or a release) first creates the guard label of the generation it read,
 * which only one run can do, re-reads the lock under that guard and deletes it only when it is
 * still that generation.
 */
export async function acquireLock(api: IssuesApi, options: LockOptions): Promise<Lock> {
  const { owner, ttlMs = 5 * 60_000, maxWaitMs = 6 * 60_000, now = Date.now, sleep = realSleep } = options;
  const started = now();
  const lock: Lock = {
    verify: async () => {
      const held = await api.getLabel(LOCK_LABEL);
      if (!names(held?.description, owner)) throw new Error(`this run lost the incidents lock while writing (label "${LOCK_LABEL}": ${held?.description ?? 'gone'}); the next run writes what is missing`);
    },
    release: async () => {
      const held = await api.getLabel(LOCK_LABEL);
      if (held?.description && names(held.description, owner)) await removeGeneration(api, held.description, owner, now);
    },
  };
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const until = new Date(now() + ttlMs).toISOString();
    const created = await api.createLabel({ name: LOCK_LABEL, color: 'ededed', description: `runbook-actions lock ${owner} until ${until}` });
    if (created === 'created') return lock;
    const held = await api.getLabel(LOCK_LABEL);
    // Ours: an earlier create succeeded but its answer was lost, and the retry met our own label.
    if (names(held?.description, owner)) return lock;
    if (now() - started > maxWaitMs) break;
    const delay = backoffDelay(Math.min(attempt, 3), { baseMs: 250, maxMs: 2_000 });
    if (!held?.description) {
      // Released between our create and our read (or made without a description); try again, with backoff.
      if (attempt > 0) await sleep(delay);
      continue;
    }
    const expires = expiresAt(held.description);
    // An expired holder is removed at once, unless another run is removing it: then wait for that run.
    if ((Number.isNaN(expires) || expires < now()) && (await removeGeneration(api, held.description, owner, now))) continue;
    options.onWait?.(`incidents: another run is writing incidents (${held.description}); waiting ${formatDuration(delay)}`);
    await sleep(delay);
  }
  const holder = (await api.getLabel(LOCK_LABEL))?.description ?? 'gone, yet it cannot be created';
  throw new Error(`another run has held the incidents lock for over ${formatDuration(maxWaitMs)} (label "${LOCK_LABEL}": ${holder})`);
}

/**
 * Deletes the lock only if it is still the generation described by `description`, under that
 * generation's guard. False when another run holds the guard.
 */
async function removeGeneration(api: IssuesApi, description: string, owner: string, now: () => number): Promise<boolean> {
  const guard = guardLabel(description);
  const made = await api.createLabel({ name: guard, color: 'ededed', description: `runbook-actions lock guard ${owner} until ${new Date(now() + GUARD_TTL_MS).toISOString()}` });
  if (made === 'exists') {
    const other = await api.getLabel(guard);
    if (!names(other?.description, owner)) {
      // Another run is removing this generation; a guard whose maker died mid-way is cleared.
      if (other && !(expiresAt(other.description) >= now())) await api.deleteLabel(guard);
      return false;
    }
  }
  try {
    const current = await api.getLabel(LOCK_LABEL);
    if (current?.description === description) await api.deleteLabel(LOCK_LABEL);
  } finally {
    await api.deleteLabel(guard);
  }
  return true;
}
