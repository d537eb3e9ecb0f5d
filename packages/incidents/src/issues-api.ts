import { GitHubApiError, type GitHubClient } from './github-client.ts';
import { parseMarker } from './marker.ts';
import { INCIDENT_LABEL, type IssueWrite, type KnownIssue } from './planner.ts';

type IssueEdit = Omit<Extract<IssueWrite, { op: 'edit' }>, 'op'>;

/** The fields we read of GitHub's issue object (REST `GET /repos/{owner}/{repo}/issues`). */
interface ApiIssue {
  number: number;
  html_url: string;
  title: string;
  state: 'open' | 'closed';
  body?: string | null;
  labels: Array<{ name: string } | string>;
  closed_at: string | null;
  assignees?: Array<{ login: string }> | null;
  /** Present on pull requests, which the issues list also returns. */
  pull_request?: unknown;
}

interface ApiLabel {
  name: string;
  description?: string | null;
}

/** An issue as plain data. */
export interface PlainIssue {
  number: number;
  url: string;
  title: string;
  state: 'open' | 'closed';
  body: string;
  labels: string[];
}

export interface IssueRef {
  number: number;
  url: string;
}

export interface LabelSpec {
  name: string;
  color: string;
  description: string;
}

export interface IncidentList {
  issues: KnownIssue[];
  /** Every label seen on the listed issues: they exist in the repository. */
  labels: string[];
  /** The list stopped at this page limit: an incident past it is not matched. */
  stoppedAtPages?: number;
}

interface ApiComment {
  body?: string | null;
}

const labelName = (label: { name: string } | string): string => (typeof label === 'string' ? label : label.name);

/** The issue endpoints incidents use, on one repository. */
export class IssuesApi {
  private readonly path: string;

  constructor(
    private readonly client: GitHubClient,
    /** `owner/name` */
    repository: string,
  ) {
    this.path = `/repos/${repository.split('/').map(encodeURIComponent).join('/')}`;
  }

  /**
   * Incident issues: one paginated list call filtered by the `incident` label (never the search
   * API, which lags and has a tighter limit). Pull requests and issues without our marker are skipped.
   */
  async listIncidents(filter: { state: 'open' | 'all'; since?: Date }): Promise<IncidentList> {
    const { items, stoppedAtPages } = await this.client.paginate<ApiIssue>(`${this.path}/issues`, {
      labels: INCIDENT_LABEL,
      state: filter.state,
      ...(filter.since ? { since: filter.since.toISOString() } : {}),
    });
    const issues: KnownIssue[] = [];
    const labels = new Set<string>();
    for (const item of items) {
      if (item.pull_request !== undefined) continue;
      const names = item.labels.map(labelName);
      names.forEach((name) => labels.add(name));
      const marker = parseMarker(item.body);
      if (!marker) continue;
      issues.push({
        number: item.number,
        url: item.html_url,
        title: item.title,
        state: item.state,
        ...(item.closed_at ? { closedAt: item.closed_at } : {}),
        labels: names,
        marker,
        body: item.body ?? '',
      });
    }
    return { issues, labels: [...labels], ...(stoppedAtPages ? { stoppedAtPages } : {}) };
  }

  /** Issues (not pull requests) carrying every one of `labels`: one paginated list call. */
  async listLabelled(filter: { labels: string[]; state: 'open' | 'all'; since?: Date }): Promise<{ issues: PlainIssue[]; stoppedAtPages?: number }> {
    const { items, stoppedAtPages } = await this.client.paginate<ApiIssue>(`${this.path}/issues`, {
      labels: filter.labels.join(','),
      state: filter.state,
      ...(filter.since ? { since: filter.since.toISOString() } : {}),
    });
    const issues = items
      .filter((item) => item.pull_request === undefined)
      .map((item) => ({ number: item.number, url: item.html_url, title: item.title, state: item.state, body: item.body ?? '', labels: item.labels.map(labelName) }));
    return { issues, ...(stoppedAtPages ? { stoppedAtPages } : {}) };
  }

  /** Not retried on a 5xx or timeout here (that could make two issues): the caller re-reads first. */
  async createIssue(issue: { title: string; body: string; labels: string[] }): Promise<IssueRef> {
    const { data } = await this.client.request<ApiIssue>('POST', `${this.path}/issues`, { body: issue, retryServerErrors: false });
    return { number: data.number, url: data.html_url };
  }

  /** Only the fields given are sent: `labels` replaces the issue's labels, the rest stays. */
  async updateIssue(number: number, { title, body, labels, state, stateReason }: IssueEdit): Promise<void> {
    const patch = { title, body, labels, state, state_reason: stateReason }; // undefined fields are not serialized
    await this.client.request('PATCH', `${this.path}/issues/${number}`, { body: patch, retryServerErrors: true });
  }

  /** Not retried on a 5xx or timeout here (that could post it twice): the caller re-reads first. */
  async comment(number: number, body: string): Promise<void> {
    await this.client.request('POST', `${this.path}/issues/${number}/comments`, { body: { body }, retryServerErrors: false });
  }

  /** The bodies of the issue's comments made at or after `since`. */
  async commentsSince(number: number, since: Date): Promise<string[]> {
    const { items } = await this.client.paginate<ApiComment>(`${this.path}/issues/${number}/comments`, { since: since.toISOString() });
    return items.map((c) => c.body ?? '');
  }

  /**
   * Adds to the assignees (the people already assigned stay). GitHub silently leaves out logins it
   * cannot assign (no access, a typo), so this returns who is assigned now.
   */
  async addAssignees(number: number, assignees: string[]): Promise<string[]> {
    const { data } = await this.client.request<ApiIssue>('POST', `${this.path}/issues/${number}/assignees`, { body: { assignees }, retryServerErrors: true });
    return (data.assignees ?? []).map((a) => a.login);
  }

  async listLabels(): Promise<string[]> {
    return (await this.client.paginate<ApiLabel>(`${this.path}/labels`)).items.map((l) => l.name);
  }

  /** `exists` when a label of that name (in any case) is already there. */
  async createLabel(label: LabelSpec): Promise<'created' | 'exists'> {
    try {
      await this.client.request('POST', `${this.path}/labels`, { body: label, retryServerErrors: true });
      return 'created';
    } catch (error) {
      if (error instanceof GitHubApiError && error.status === 422) return 'exists';
      throw error;
    }
  }

  async getLabel(name: string): Promise<ApiLabel | undefined> {
    try {
      return (await this.client.request<ApiLabel>('GET', `${this.path}/labels/${encodeURIComponent(name)}`)).data;
    } catch (error) {
      if (error instanceof GitHubApiError && error.status === 404) return undefined;
      throw error;
    }
  }

  async deleteLabel(name: string): Promise<void> {
    try {
      await this.client.request('DELETE', `${this.path}/labels/${encodeURIComponent(name)}`, { retryServerErrors: true });
    } catch (error) {
      if (!(error instanceof GitHubApiError && error.status === 404)) throw error;
    }
  }
}
