import { errorMessage, retry, type CheckResult } from '@runbook/core';
import { afterAttempts, GitHubApiError } from './github-client.ts';
import { messagesFor, type RunLink } from './i18n/index.ts';
import type { IncidentList, IssueRef, IssuesApi } from './issues-api.ts';
import { ensureLabels, labelsOf } from './labels.ts';
import { acquireLock, type Lock } from './lock.ts';
import { planIncidents, type IncidentChange, type IssueWrite, type KnownIssue } from './planner.ts';
import type { IncidentSettings } from './settings.ts';

export interface SyncOptions {
  api: IssuesApi;
  settings: IncidentSettings;
  /** Identifies this run in the lock label. */
  lockOwner: string;
  run?: RunLink;
  environment?: string;
  now?: () => Date;
  /** Waits between attempts (the lock, a write whose answer was lost); tests pass one that does not wait. */
  sleep?: (ms: number) => Promise<void>;
  /** Applied to every result before anything is written: issues are public to the repository's readers. */
  redact?: (text: string) => string;
  log?: (message: string) => void;
}

export interface SyncedChange extends IncidentChange {
  /** All its writes went through. */
  done: boolean;
}

export interface SyncOutcome {
  changes: SyncedChange[];
  belowThreshold: CheckResult[];
  labelsCreated: string[];
  /** Problems that did not stop the sync (an assignee GitHub refused). */
  warnings: string[];
  /** Why the issues could not be (fully) written. */
  error?: string;
}

/** Runner and GitHub clocks differ a little; the re-read looks back this much further. */
const CLOCK_SKEW_MS = 5 * 60_000;

function redactResult(result: CheckResult, redact: (text: string) => string): CheckResult {
  const evidence = Object.fromEntries(Object.entries(result.evidence).map(([key, value]) => [redact(key), typeof value === 'string' ? redact(value) : value]));
  return {
    ...result,
    id: redact(result.id),
    subject: redact(result.subject),
    target: redact(result.target),
    summary: redact(result.summary),
    evidence,
    ...(result.runbook === undefined ? {} : { runbook: redact(result.runbook) }),
  };
}

function merge(a: IncidentList, b: IncidentList): IncidentList {
  const byNumber = new Map<number, KnownIssue>(a.issues.map((i) => [i.number, i]));
  for (const issue of b.issues) byNumber.set(issue.number, issue);
  return { issues: [...byNumber.values()], labels: [...new Set([...a.labels, ...b.labels])] };
}

const opensIssue = (change: IncidentChange): boolean => change.writes.some((w) => w.op === 'create');

/**
 * Brings the incident issues in line with this run's results: one paginated list of open
 * incidents, a pure plan, then the writes, one at a time (GitHub's secondary limits punish bursts
 * of content-creating requests). When the plan opens issues, it first takes the lock and re-reads
 * incidents updated within `reopen-within` (open or closed), then plans again: an issue another
 * run created meanwhile is updated instead of duplicated, and a recently closed one is reopened.
 * Never throws: a failure ends the sync and is reported in `error`, so the check's own result
 * is never hidden by it.
 */
export async function syncIncidents(results: readonly CheckResult[], options: SyncOptions): Promise<SyncOutcome> {
  const { api, settings } = options;
  const redact = options.redact ?? ((text: string) => text);
  const log = options.log ?? (() => undefined);
  const now = options.now?.() ?? new Date();
  const planInput = {
    results: results.map((r) => redactResult(r, redact)),
    now,
    settings,
    ...(options.run ? { run: options.run } : {}),
    ...(options.environment ? { environment: options.environment } : {}),
  };
  const outcome: SyncOutcome = { changes: [], belowThreshold: [], labelsCreated: [], warnings: [] };
  const write: WriteContext = { api, outcome, now, ...(options.sleep ? { sleep: options.sleep } : {}) };
  const warnIfCut = (list: IncidentList): void => {
    const pages = list.stoppedAtPages;
    if (pages && !outcome.warnings.some((w) => w.startsWith('the incident issue list'))) {
      outcome.warnings.push(`the incident issue list stopped at its limit of ${pages} pages (${pages * 100} issues): some incidents may not be matched, so an issue may be opened twice or left open`);
    }
  };
  try {
    let known = await api.listIncidents({ state: 'open' });
    warnIfCut(known);
    let plan = planIncidents({ ...planInput, issues: known.issues });
    if (plan.changes.some(opensIssue)) {
      write.lock = await acquireLock(api, { owner: options.lockOwner, onWait: log, ...(options.sleep ? { sleep: options.sleep } : {}) });
      const recent = await api.listIncidents({ state: 'all', since: new Date(now.getTime() - settings.reopenWithinMs - CLOCK_SKEW_MS) });
      warnIfCut(recent);
      known = merge(known, recent);
      plan = planIncidents({ ...planInput, issues: known.issues });
    }
    outcome.belowThreshold = plan.belowThreshold;
    outcome.changes = plan.changes.map((change) => ({ ...change, done: false }));
    outcome.labelsCreated = await ensureLabels(api, labelsOf(plan.changes), known.labels, messagesFor(settings.locale));
    for (const change of outcome.changes) {
      await applyChange(write, change);
      change.done = true;
      log(`incidents: ${change.issue ? `#${change.issue.number}` : '(new)'} ${change.title}: ${change.events.map((e) => e.type).join(', ')}`);
    }
  } catch (error) {
    outcome.error = redact(errorMessage(error)).replace(/\s*\n\s*/g, ' ');
  } finally {
    if (write.lock) {
      try {
        await write.lock.release();
      } catch (error) {
        outcome.warnings.push(`could not release the incidents lock: ${redact(errorMessage(error))}`);
      }
    }
  }
  return outcome;
}

interface WriteContext {
  api: IssuesApi;
  outcome: SyncOutcome;
  now: Date;
  sleep?: (ms: number) => Promise<void>;
  /** Held when the plan opens issues. */
  lock?: Lock;
}

async function applyChange(context: WriteContext, change: SyncedChange): Promise<void> {
  const { api } = context;
  const issue = (): number => {
    if (!change.issue) throw new Error(`no issue to write to for ${change.id}`);
    return change.issue.number;
  };
  for (const write of change.writes) {
    if (write.op === 'create') change.issue = await createIssue(context, write, change.id);
    else if (write.op === 'edit') await api.updateIssue(issue(), write);
    else if (write.op === 'comment') await comment(context, issue(), write.body);
    else await assign(context, issue(), write.assignees);
  }
}

/**
 * Does a write that must not happen twice (a new issue, a comment) at most once. A 5xx, a timeout
 * or a lost answer does not say whether GitHub did it, so before trying again it re-reads and
 * looks for what the write makes. Without an answer at all, the re-read is at once; after a 5xx,
 * after its `retry-after` or a backoff.
 */
async function writeOnce<T>(context: WriteContext, write: () => Promise<T>, landed: () => Promise<T | undefined>): Promise<T> {
  let attempts = 0;
  try {
    return await retry(
      async (attempt) => {
        attempts = attempt;
        if (attempt > 1) {
          const found = await landed();
          if (found !== undefined) return found;
        }
        return write();
      },
      {
        retries: 2,
        baseMs: 1_000,
        ...(context.sleep ? { sleep: context.sleep } : {}),
        retryable: (error) => error instanceof GitHubApiError && error.transient && (error.status === undefined || error.status >= 500),
        retryAfterMs: (error) => (error instanceof GitHubApiError ? (error.status === undefined ? 0 : error.retryAfterMs) : undefined),
      },
    );
  } catch (error) {
    throw afterAttempts(error, attempts);
  }
}

/** Creates an issue at most once, under the lock, which must still name this run. */
async function createIssue(context: WriteContext, write: Extract<IssueWrite, { op: 'create' }>, id: string): Promise<IssueRef> {
  const since = new Date(context.now.getTime() - CLOCK_SKEW_MS);
  await context.lock?.verify();
  return writeOnce(
    context,
    () => context.api.createIssue(write),
    async () => {
      const made = (await context.api.listIncidents({ state: 'open', since })).issues.find((i) => i.marker.id === id);
      return made && { number: made.number, url: made.url };
    },
  );
}

async function comment(context: WriteContext, number: number, body: string): Promise<void> {
  const since = new Date(context.now.getTime() - CLOCK_SKEW_MS);
  await writeOnce(
    context,
    async () => {
      await context.api.comment(number, body);
      return true;
    },
    async () => ((await context.api.commentsSince(number, since)).includes(body) ? true : undefined),
  );
}

/**
 * GitHub leaves out, without an error, assignees it cannot assign (no access, a typo), and
 * refuses some with a 4xx: either way a warning naming them, not a lost incident.
 */
async function assign({ api, outcome }: WriteContext, number: number, assignees: string[]): Promise<void> {
  try {
    const now = new Set((await api.addAssignees(number, assignees)).map((login) => login.toLowerCase()));
    const missing = assignees.filter((login) => !now.has(login.toLowerCase()));
    if (missing.length) outcome.warnings.push(`GitHub did not assign ${missing.map((l) => `@${l}`).join(', ')} to #${number}: they cannot be assigned in this repository (no access, or a typo in \`incidents.assignees\` or \`escalate.<P>.assignees\`)`);
  } catch (error) {
    // A refusal about the assignees, not GitHub failing or limiting us, which loses the incident's writes.
    if (!(error instanceof GitHubApiError) || error.transient || error.status === 403 || error.status === 429) throw error;
    outcome.warnings.push(`could not assign ${assignees.join(', ')} to #${number}: ${error.message}`);
  }
}
