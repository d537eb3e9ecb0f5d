import { GitHubApiError, type GitHubClient } from './github-client.ts';
import type { Period } from './records.ts';

/** A workflow run as plain data. */
export interface WorkflowRunRecord {
  workflow: string;
  id: number;
  name: string;
  url: string;
  event: string;
  /** Who started it (`triggering_actor`, else `actor`). */
  actor: string;
  status: string;
  /** `success`, `failure`, `cancelled`, …; null while it runs. */
  conclusion: string | null;
  createdAt: string;
}

export interface WorkflowRunsReading {
  runs: WorkflowRunRecord[];
  /** Workflow files GitHub does not know in the repository. */
  missing: string[];
  stoppedAtPages?: number;
}

/** The fields we read of GitHub's workflow run (`GET /repos/{o}/{r}/actions/workflows/{file}/runs`). */
interface ApiRun {
  id: number;
  name?: string | null;
  html_url: string;
  event: string;
  status: string | null;
  conclusion: string | null;
  created_at: string;
  actor?: { login: string } | null;
  triggering_actor?: { login: string } | null;
}

const stamp = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The runs of each workflow file created in the period: one paginated list per workflow, bounded. */
export async function readWorkflowRuns(client: GitHubClient, repository: string, workflows: readonly string[], period: Period): Promise<WorkflowRunsReading> {
  const base = `/repos/${repository.split('/').map(encodeURIComponent).join('/')}/actions/workflows`;
  const reading: WorkflowRunsReading = { runs: [], missing: [] };
  for (const workflow of workflows) {
    try {
      const { items, stoppedAtPages } = await client.paginate<ApiRun>(`${base}/${encodeURIComponent(workflow)}/runs`, { created: `${stamp(period.from)}..${stamp(new Date(period.to.getTime() - 1000))}` }, 'workflow_runs');
      if (stoppedAtPages) reading.stoppedAtPages = stoppedAtPages;
      for (const run of items) {
        reading.runs.push({
          workflow,
          id: run.id,
          name: run.name ?? workflow,
          url: run.html_url,
          event: run.event,
          actor: run.triggering_actor?.login ?? run.actor?.login ?? '',
          status: run.status ?? '',
          conclusion: run.conclusion,
          createdAt: run.created_at,
        });
      }
    } catch (error) {
      if (error instanceof GitHubApiError && error.status === 404) reading.missing.push(workflow);
      else throw error;
    }
  }
  reading.runs.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  return reading;
}
