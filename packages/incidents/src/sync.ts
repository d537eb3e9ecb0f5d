import { errorMessage, retry, type CheckResult } from '@runbook/core';
import { GitHubApiError } from './github-client.ts';
import { messagesFor, type RunLink } from './i18n/index.ts';
import type { IncidentList, IssueRef, IssuesApi } from './issues-api.ts';
import { ensureLabels, labelsOf } from './labels.ts';
import { acquireLock } from './lock.ts';
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
  let release: (() => Promise<void>) | undefined;
  try {
    let known = await api.listIncidents({ state: 'open' });
    let plan = planIncidents({ ...planInput, issues: known.issues });
    if (plan.changes.some(opensIssue)) {
      release = await acquireLock(api, { owner: options.lockOwner, onWait: log });
      known = merge(known, await api.listIncidents({ state: 'all', since: new Date(now.getTime() - settings.reopenWithinMs - CLOCK_SKEW_MS) }));
      plan = planIncidents({ ...planInput, issues: known.issues });
    }
    outcome.belowThreshold = plan.belowThreshold;
    outcome.changes = plan.changes.map((change) => ({ ...change, done: false }));
    outcome.labelsCreated = await ensureLabels(api, labelsOf(plan.changes), known.labels, messagesFor(settings.locale));
    for (const change of outcome.changes) {
      await applyChange(api, change, outcome, now);
      change.done = true;
      log(`incidents: ${change.issue ? `#${change.issue.number}` : '(new)'} ${change.title}: ${change.events.map((e) => e.type).join(', ')}`);
    }
  } catch (error) {
    outcome.error = redact(errorMessage(error)).replace(/\s*\n\s*/g, ' ');
  } finally {
    if (release) {
      try {
        await release();
      } catch (error) {
        outcome.warnings.push(`could not release the incidents lock: ${redact(errorMessage(error))}`);
      }
    }
  }
  return outcome;
}

async function applyChange(api: IssuesApi, change: SyncedChange, outcome: SyncOutcome, now: Date): Promise<void> {
  const issue = (): number => {
    if (!change.issue) throw new Error(`no issue to write to for ${change.id}`);
    return change.issue.number;
  };
  for (const write of change.writes) {
    if (write.op === 'create') change.issue = await createIssue(api, write, change.id, now);
    else if (write.op === 'edit') await api.updateIssue(issue(), write);
    else if (write.op === 'comment') await api.comment(issue(), write.body);
    else await assign(api, issue(), write.assignees, outcome);
  }
}

/**
 * Creates an issue at most once. A 5xx or a timeout does not say whether GitHub made the issue,
 * so before trying again it looks for one carrying this id.
 */
async function createIssue(api: IssuesApi, write: Extract<IssueWrite, { op: 'create' }>, id: string, now: Date): Promise<IssueRef> {
  const since = new Date(now.getTime() - CLOCK_SKEW_MS);
  let attempts = 0;
  try {
    return await retry(
      async (attempt) => {
        attempts = attempt;
        if (attempt > 1) {
          const made = (await api.listIncidents({ state: 'open', since })).issues.find((i) => i.marker.id === id);
          if (made) return { number: made.number, url: made.url };
        }
        return api.createIssue(write);
      },
      { retries: 2, baseMs: 1_000, retryable: (error) => error instanceof GitHubApiError && error.transient && (error.status === undefined || error.status >= 500) },
    );
  } catch (error) {
    if (error instanceof GitHubApiError && attempts > 1) throw new GitHubApiError(`${error.message} (after ${attempts} attempts)`, error.status, error.transient);
    throw error;
  }
}

/** GitHub refuses assignees who cannot be assigned (no access, a typo): that is a warning, not a lost incident. */
async function assign(api: IssuesApi, number: number, assignees: string[], outcome: SyncOutcome): Promise<void> {
  try {
    await api.addAssignees(number, assignees);
  } catch (error) {
    if (!(error instanceof GitHubApiError) || error.transient) throw error;
    outcome.warnings.push(`could not assign ${assignees.join(', ')} to #${number}: ${error.message}`);
  }
}
