import { GitHubClient } from './github-client.ts';
import { IssuesApi } from './issues-api.ts';
import { readIncidents, type IncidentReading, type Period } from './records.ts';
import { ReportIssues } from './report-issues.ts';
import { readWorkflowRuns, type WorkflowRunsReading } from './workflow-runs.ts';

export interface ReportApiOptions {
  apiUrl: string;
  token: string;
  /** `owner/name` */
  repository: string;
  onRetry?: (message: string) => void;
}

/** What the report action needs of GitHub's issues, over one client. */
export interface ReportApi {
  readIncidents(period: Period): Promise<IncidentReading>;
  reports: ReportIssues;
  readWorkflowRuns(workflows: readonly string[], period: Period): Promise<WorkflowRunsReading>;
}

export function reportApi(options: ReportApiOptions): ReportApi {
  const client = new GitHubClient({ apiUrl: options.apiUrl, token: options.token, ...(options.onRetry ? { onRetry: options.onRetry } : {}) });
  const api = new IssuesApi(client, options.repository);
  return {
    readIncidents: (period) => readIncidents(api, period),
    reports: new ReportIssues(api),
    readWorkflowRuns: (workflows, period) => readWorkflowRuns(client, options.repository, workflows, period),
  };
}
