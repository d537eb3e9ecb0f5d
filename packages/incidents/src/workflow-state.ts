import { errorMessage } from '@runbook/core';
import { GitHubClient, type GitHubClientOptions } from './github-client.ts';

/** GitHub's workflow states; `disabled_inactivity` is the 60-day rule for scheduled workflows. */
export type WorkflowState = 'active' | 'deleted' | 'disabled_fork' | 'disabled_inactivity' | 'disabled_manually';

/** A completed run, as plain data. */
export interface CompletedRun {
  id: number;
  url: string;
  event: string;
  /** `success`, `failure`, `cancelled`, `skipped`, `startup_failure`, … */
  conclusion: string;
  createdAt: string;
  /** When it finished (GitHub's `updated_at` of a completed run). */
  updatedAt: string;
}

/** What GitHub says of one workflow file: its state and its newest completed runs. */
export type WorkflowStatus =
  | { file: string; found: false }
  | { file: string; found: true; name: string; state: WorkflowState | string; createdAt: string; url: string; runs: CompletedRun[] }
  /** GitHub could not be read for it; `reason` says why. */
  | { file: string; found: undefined; reason: string };

/** The fields we read of GitHub's workflow (`GET /repos/{o}/{r}/actions/workflows`). */
interface ApiWorkflow {
  id: number;
  name: string;
  path: string;
  state: string;
  created_at: string;
  html_url: string;
}

interface ApiRun {
  id: number;
  html_url: string;
  event: string;
  conclusion: string | null;
  created_at: string;
  updated_at: string;
}

/** The newest completed runs looked at per workflow: enough to see past a few cancelled or skipped ones. */
export const RUNS_LOOKED_AT = 30;

const repoPath = (repository: string): string => `/repos/${repository.split('/').map(encodeURIComponent).join('/')}/actions/workflows`;

/**
 * Each workflow file's state and newest completed runs: one paginated list of the repository's
 * workflows, then one page of completed runs per workflow found. A workflow whose runs cannot be
 * read gets a `reason`; the others are still read.
 */
export async function readWorkflowStatuses(client: GitHubClient, repository: string, files: readonly string[]): Promise<WorkflowStatus[]> {
  const base = repoPath(repository);
  let workflows: ApiWorkflow[];
  let stoppedAtPages: number | undefined;
  try {
    ({ items: workflows, stoppedAtPages } = await client.paginate<ApiWorkflow>(base, {}, 'workflows'));
  } catch (error) {
    return files.map((file) => ({ file, found: undefined, reason: errorMessage(error) }));
  }
  const statuses: WorkflowStatus[] = [];
  for (const file of files) {
    const workflow = workflows.find((w) => w.path === `.github/workflows/${file}`);
    if (!workflow) {
      // Past the page bound, a workflow not seen may be on a page never read: that is not "missing".
      statuses.push(stoppedAtPages ? { file, found: undefined, reason: `not among the first ${stoppedAtPages} pages of ${repository}'s workflows (the list stopped at its bound)` } : { file, found: false });
      continue;
    }
    try {
      const answer = await client.request<{ workflow_runs?: ApiRun[] }>('GET', `${base}/${workflow.id}/runs`, { query: { status: 'completed', per_page: RUNS_LOOKED_AT, exclude_pull_requests: 'true' } });
      const runs = (answer.data.workflow_runs ?? []).map((r) => ({ id: r.id, url: r.html_url, event: r.event, conclusion: r.conclusion ?? '', createdAt: r.created_at, updatedAt: r.updated_at }));
      statuses.push({ file, found: true, name: workflow.name, state: workflow.state, createdAt: workflow.created_at, url: workflow.html_url, runs });
    } catch (error) {
      statuses.push({ file, found: undefined, reason: errorMessage(error) });
    }
  }
  return statuses;
}

/** The watchdog's reader over its own client. */
export function workflowStatusReader(options: GitHubClientOptions & { repository: string }): (files: readonly string[]) => Promise<WorkflowStatus[]> {
  const client = new GitHubClient(options);
  return (files) => readWorkflowStatuses(client, options.repository, files);
}
