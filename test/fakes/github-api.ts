import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A GitHub REST API double on 127.0.0.1, reached through GITHUB_API_URL, speaking the shapes and
 * rules of the real endpoints the incidents package uses:
 * - GET  /repos/{o}/{r}/issues: state (open|closed|all, default open), labels (comma-separated,
 *   all must match, any case), since (updated at or after), sort/direction, per_page (default 30,
 *   max 100) and page, with a Link header whose URLs use the /repositories/{id}/ form, as GitHub's do;
 *   pull requests are returned too, with a `pull_request` key (issues have none).
 * - POST /repos/{o}/{r}/issues (labels that do not exist are created grey, as GitHub does),
 *   GET/PATCH /repos/{o}/{r}/issues/{n} (title, body, state, state_reason, labels and assignees replace),
 *   GET/POST …/issues/{n}/comments, POST …/issues/{n}/assignees (adds; logins that cannot be assigned are ignored).
 * - GET /repos/{o}/{r}/actions/workflows: `{ total_count, workflows }` (id, name, path, state,
 *   created_at, …), per_page (default 30, max 100) and page with a Link header;
 *   GET …/actions/workflows/{id or file}: one of them, 404 for a file the repository does not have.
 * - GET /repos/{o}/{r}/actions/workflows/{id or file}/runs: `{ total_count, workflow_runs }`, newest
 *   first, `status` (a status, or a conclusion such as `success`), `event`, `created` as `a..b`,
 *   `>=a`, `>a`, `<=b` or `<b` (dates or ISO times), per_page and page with a Link header, and at
 *   most 1,000 runs with `created`, as GitHub's search-backed list; 404 for an unknown workflow.
 * - GET/POST /repos/{o}/{r}/labels, GET/DELETE /repos/{o}/{r}/labels/{name}; a label name that
 *   exists in any case answers 422 `already_exists`.
 * - 401 "Bad credentials" for a wrong token; 403 "Resource not accessible by integration" for
 *   writes with a read-only token; x-ratelimit-* headers on every answer; injected faults
 *   (5xx, 403/429 rate limits with their headers, non-JSON bodies) for the next matching requests.
 * - GitHub's size limits: a title over 256 characters, an issue or comment body over 65,536
 *   characters answers 422 Validation Failed, as GitHub does.
 * - Assignees GitHub cannot assign (`assignable`) are dropped silently, with 201, as GitHub does.
 * - `lose`: the write is done, then the connection is destroyed before the answer.
 * - `hold`: a chosen request waits until another one has been answered (deterministic interleaving
 *   of concurrent runs, never timing).
 */

export interface FakeLabel {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface FakeComment {
  id: number;
  body: string;
  created_at: string;
}

export interface FakeIssue {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: 'completed' | 'not_planned' | 'reopened' | null;
  labels: string[];
  assignees: string[];
  comments: FakeComment[];
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  pull_request?: true;
}

export interface FakeRun {
  id: number;
  workflow: string;
  name: string;
  event: string;
  status: 'completed' | 'in_progress' | 'queued';
  conclusion: 'success' | 'failure' | 'cancelled' | 'skipped' | 'timed_out' | 'startup_failure' | 'action_required' | 'neutral' | null;
  actor: string;
  created_at: string;
  /** When it last changed (completed); `created_at` when not given. */
  updated_at?: string;
}

/** GitHub's workflow states: `disabled_inactivity` is the 60-day rule for scheduled workflows. */
export type FakeWorkflowState = 'active' | 'deleted' | 'disabled_fork' | 'disabled_inactivity' | 'disabled_manually';

export interface FakeWorkflow {
  id: number;
  /** The file name in .github/workflows/. */
  file: string;
  name: string;
  state: FakeWorkflowState;
  created_at: string;
}

export interface LoggedRequest {
  method: string;
  /** `/repos/acme/ops/issues`, also when the request used the /repositories/{id}/ form. */
  route: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  /** performance.now() when the request was handled. */
  at: number;
  /** Done, but its answer was lost (`lose`). */
  lost?: true;
}

export interface Match {
  method?: string;
  /** Matched against the route (`/repos/acme/ops/issues`). */
  path?: RegExp;
  /** Matched against the parsed JSON body. */
  where?: (body: Record<string, unknown>) => boolean;
}

export type Fault = Match & {
  /** How many matching requests get this answer (default 1). */
  times?: number;
} & (
    | {
        status: number;
        headers?: Record<string, string>;
        body?: unknown;
        /** Sent as it is instead of `body` as JSON (an HTML error page from a proxy, a truncated answer). */
        raw?: { text: string; contentType: string };
      }
    | {
        /** The request is carried out, then the connection is destroyed before any answer. */
        lose: true;
      }
  );

export interface Hold extends Match {
  /** The held request goes on once a request matching this has been answered. */
  until: Match & { status?: number };
  /**
   * `handle` (default): the held request is carried out only after `until`.
   * `answer`: it is carried out at once, but its answer (now stale) is sent only after `until`.
   */
  delay?: 'handle' | 'answer';
}

export interface HeldRequest {
  /** Resolves when the first matching request has arrived and is being held. */
  reached: Promise<void>;
  /** Resolves when it has gone on. */
  released: Promise<void>;
}

export interface FakeGitHubOptions {
  repository?: string;
  token?: string;
  /** `read`: every write answers 403, like a GITHUB_TOKEN without `issues: write`. */
  permission?: 'read' | 'write';
  /** Lower than GitHub's 100, to exercise pagination with fewer issues. */
  maxPerPage?: number;
  /** Logins that can be assigned; others are ignored by the assignees endpoint. Default: anyone. */
  assignable?: string[];
}

export interface FakeGitHub {
  url: string;
  repository: string;
  token: string;
  issues: FakeIssue[];
  labels: FakeLabel[];
  requests: LoggedRequest[];
  options: FakeGitHubOptions;
  inject(fault: Fault): void;
  /** Holds the next request matching `hold` until a request matching `hold.until` has been answered. */
  hold(hold: Hold): HeldRequest;
  /** Adds an issue as if made earlier (times are ISO strings). */
  seed(issue: Partial<FakeIssue> & { title: string }): FakeIssue;
  /** Adds a workflow run (and its workflow file to the repository). */
  seedRun(run: Partial<FakeRun> & { workflow: string; created_at: string }): FakeRun;
  runs: FakeRun[];
  /** Adds a workflow file to the repository, or changes the one there (its `state`). */
  seedWorkflow(workflow: Partial<FakeWorkflow> & { file: string }): FakeWorkflow;
  workflows: FakeWorkflow[];
  issue(number: number): FakeIssue | undefined;
  /** Requests matching method and route pattern. */
  calls(method: string, path: RegExp): LoggedRequest[];
  reset(): void;
  close(): Promise<void>;
}

const REPOSITORY_ID = 1296269;
const stamp = (date = new Date()): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
const NOT_FOUND = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' };
/** GitHub's limits on issues and comments. */
const TITLE_MAX = 256;
const BODY_MAX = 65_536;

const matches = (m: Match, method: string, route: string, body: Record<string, unknown>): boolean =>
  (!m.method || m.method === method) && (!m.path || m.path.test(route)) && (!m.where || m.where(body));

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const repository = options.repository ?? 'acme/ops';
  const token = options.token ?? 'test-token';
  const state = { issues: [] as FakeIssue[], labels: [] as FakeLabel[], runs: [] as FakeRun[], workflows: [] as FakeWorkflow[], requests: [] as LoggedRequest[], faults: [] as Fault[], nextId: 1, used: 0 };
  let base = '';

  const labelJson = (l: FakeLabel) => ({ id: l.id, node_id: `LA_${l.id}`, url: `${base}/repos/${repository}/labels/${encodeURIComponent(l.name)}`, name: l.name, color: l.color, default: false, description: l.description });
  const findLabel = (name: string) => state.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
  const ensureLabel = (name: string): FakeLabel => findLabel(name) ?? addLabel(name, 'ededed', null);
  const addLabel = (name: string, color: string, description: string | null): FakeLabel => {
    const label = { id: state.nextId++, name, color, description };
    state.labels.push(label);
    return label;
  };
  const user = (login: string) => ({ login, id: login.length * 1000 + login.charCodeAt(0), type: 'User', site_admin: false });
  const issueJson = (i: FakeIssue) => ({
    url: `${base}/repos/${repository}/issues/${i.number}`,
    repository_url: `${base}/repos/${repository}`,
    labels_url: `${base}/repos/${repository}/issues/${i.number}/labels{/name}`,
    comments_url: `${base}/repos/${repository}/issues/${i.number}/comments`,
    events_url: `${base}/repos/${repository}/issues/${i.number}/events`,
    html_url: `https://github.example/${repository}/${i.pull_request ? 'pull' : 'issues'}/${i.number}`,
    id: i.id,
    node_id: `I_${i.id}`,
    number: i.number,
    title: i.title,
    user: { login: 'github-actions[bot]', id: 41898282, type: 'Bot', site_admin: false },
    labels: i.labels.map((name) => labelJson(ensureLabel(name))),
    state: i.state,
    state_reason: i.state_reason,
    locked: false,
    assignee: i.assignees[0] ? user(i.assignees[0]) : null,
    assignees: i.assignees.map(user),
    milestone: null,
    comments: i.comments.length,
    created_at: i.created_at,
    updated_at: i.updated_at,
    closed_at: i.closed_at,
    author_association: 'NONE',
    body: i.body,
    ...(i.pull_request ? { pull_request: { url: `${base}/repos/${repository}/pulls/${i.number}`, html_url: `https://github.example/${repository}/pull/${i.number}`, diff_url: null, patch_url: null } } : {}),
  });
  const commentJson = (i: FakeIssue, c: FakeComment) => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${base}/repos/${repository}/issues/comments/${c.id}`,
    html_url: `https://github.example/${repository}/issues/${i.number}#issuecomment-${c.id}`,
    issue_url: `${base}/repos/${repository}/issues/${i.number}`,
    body: c.body,
    user: { login: 'github-actions[bot]', id: 41898282, type: 'Bot', site_admin: false },
    created_at: c.created_at,
    updated_at: c.created_at,
    author_association: 'NONE',
  });
  const seed = (partial: Partial<FakeIssue> & { title: string }): FakeIssue => {
    const now = stamp();
    const number = Math.max(0, ...state.issues.map((i) => i.number)) + 1;
    const issue: FakeIssue = { id: state.nextId++, number, body: null, state: 'open', state_reason: null, labels: [], assignees: [], comments: [], created_at: now, updated_at: now, closed_at: null, ...partial };
    issue.labels.forEach(ensureLabel);
    state.issues.push(issue);
    return issue;
  };

  const seedWorkflow = (partial: Partial<FakeWorkflow> & { file: string }): FakeWorkflow => {
    const known = state.workflows.find((w) => w.file === partial.file);
    if (known) return Object.assign(known, partial);
    const workflow: FakeWorkflow = { id: 161335 + state.nextId++, name: partial.file.replace(/\.ya?ml$/, ''), state: 'active', created_at: '2025-01-06T00:00:00Z', ...partial };
    state.workflows.push(workflow);
    return workflow;
  };
  const seedRun = (partial: Partial<FakeRun> & { workflow: string; created_at: string }): FakeRun => {
    if (!state.workflows.some((w) => w.file === partial.workflow)) seedWorkflow({ file: partial.workflow, created_at: partial.created_at });
    const run: FakeRun = { id: state.nextId++, name: partial.workflow.replace(/\.ya?ml$/, ''), event: 'workflow_dispatch', status: 'completed', conclusion: 'success', actor: 'octocat', ...partial };
    state.runs.push(run);
    return run;
  };
  const workflowJson = (w: FakeWorkflow) => ({
    id: w.id,
    node_id: `W_${w.id}`,
    name: w.name,
    path: `.github/workflows/${w.file}`,
    state: w.state,
    created_at: w.created_at,
    updated_at: w.created_at,
    url: `${base}/repos/${repository}/actions/workflows/${w.id}`,
    html_url: `https://github.example/${repository}/blob/main/.github/workflows/${w.file}`,
    badge_url: `https://github.example/${repository}/workflows/${encodeURIComponent(w.name)}/badge.svg`,
  });
  /** `{id}` or the file name, as GitHub takes either. */
  const findWorkflow = (key: string): FakeWorkflow | undefined => state.workflows.find((w) => w.file === key || String(w.id) === key);
  const RUN_STATUSES = ['completed', 'in_progress', 'queued', 'requested', 'waiting', 'pending', 'action_required'];
  const runJson = (r: FakeRun) => ({
    id: r.id,
    name: r.name,
    node_id: `WFR_${r.id}`,
    path: `.github/workflows/${r.workflow}`,
    event: r.event,
    status: r.status,
    conclusion: r.conclusion,
    html_url: `https://github.example/${repository}/actions/runs/${r.id}`,
    created_at: r.created_at,
    updated_at: r.updated_at ?? r.created_at,
    run_started_at: r.created_at,
    actor: user(r.actor),
    triggering_actor: user(r.actor),
  });
  /** GitHub's `created` qualifier: `a..b`, `>=a`, `>a`, `<=b`, `<b`; a bare date is that whole day. */
  const createdFilter = (text: string): ((t: number) => boolean) => {
    const at = (v: string, end: boolean): number => (/^\d{4}-\d\d-\d\d$/.test(v) ? Date.parse(`${v}T00:00:00Z`) + (end ? 86_400_000 - 1 : 0) : Date.parse(v));
    const range = /^(.+)\.\.(.+)$/.exec(text);
    if (range) return (t) => t >= at(range[1] as string, false) && t <= at(range[2] as string, true);
    const op = /^(>=|>|<=|<)(.+)$/.exec(text);
    if (!op) return (t) => t >= at(text, false) && t <= at(text, true);
    const v = op[2] as string;
    return { '>=': (t: number) => t >= at(v, false), '>': (t: number) => t > at(v, true), '<=': (t: number) => t <= at(v, true), '<': (t: number) => t < at(v, false) }[op[1] as '>=' | '>' | '<=' | '<'];
  };

  /** A page of items and the Link header for it, in GitHub's format. */
  function paginate<T>(items: T[], query: URLSearchParams, path: string): { page: T[]; link?: string } {
    const perPage = Math.min(Math.max(1, Number(query.get('per_page') ?? 30) || 30), 100, options.maxPerPage ?? 100);
    const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const at = (n: number): string => {
      const q = new URLSearchParams(query);
      q.set('per_page', String(perPage));
      q.set('page', String(n));
      return `<${base}${path}?${q.toString()}>`;
    };
    const links = [
      ...(page < last ? [`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`] : []),
      ...(page > 1 ? [`${at(1)}; rel="first"`, `${at(page - 1)}; rel="prev"`] : []),
    ];
    return { page: items.slice((page - 1) * perPage, page * perPage), ...(links.length ? { link: links.join(', ') } : {}) };
  }

  type Answer = { status: number; body?: unknown; headers?: Record<string, string> };
  const invalid = (resource: string, code: string, field: string, message?: string): Answer => ({
    status: 422,
    body: { message: 'Validation Failed', errors: [{ resource, code, field, ...(message ? { message } : {}) }], documentation_url: 'https://docs.github.com/rest' },
  });
  /** GitHub's answer to a title or body over its limit, undefined when within. */
  const tooLong = (resource: string, body: Record<string, unknown>): Answer | undefined => {
    if (typeof body.title === 'string' && body.title.length > TITLE_MAX) return invalid(resource, 'custom', 'title', `title is too long (maximum is ${TITLE_MAX} characters)`);
    if (typeof body.body === 'string' && body.body.length > BODY_MAX) return invalid(resource, 'custom', 'body', `body is too long (maximum is ${BODY_MAX} characters)`);
    return undefined;
  };
  const assignable = (logins: unknown): string[] => (Array.isArray(logins) ? (logins as string[]) : []).filter((login) => (options.assignable ?? [login]).includes(login));

  function handle(method: string, route: string, query: URLSearchParams, body: Record<string, unknown>): Answer {
    const prefix = `/repos/${repository}`;
    if (!route.startsWith(`${prefix}/`)) return { status: 404, body: NOT_FOUND };
    const rest = route.slice(prefix.length);
    const touch = (i: FakeIssue) => void (i.updated_at = stamp());

    if (rest === '/issues' && method === 'GET') {
      const wanted = (query.get('labels') ?? '').split(',').map((l) => l.trim().toLowerCase()).filter(Boolean);
      const stateFilter = query.get('state') ?? 'open';
      const since = query.get('since') ? Date.parse(query.get('since') as string) : undefined;
      const sort = query.get('sort') ?? 'created';
      const direction = query.get('direction') ?? 'desc';
      const key = (i: FakeIssue): number => (sort === 'updated' ? Date.parse(i.updated_at) : sort === 'comments' ? i.comments.length : Date.parse(i.created_at)) * 1e6 + i.number;
      const matching = state.issues
        .filter((i) => stateFilter === 'all' || i.state === stateFilter)
        .filter((i) => wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)))
        .filter((i) => since === undefined || Date.parse(i.updated_at) >= since)
        .sort((a, b) => (direction === 'asc' ? key(a) - key(b) : key(b) - key(a)));
      const { page, link } = paginate(matching, query, `/repositories/${REPOSITORY_ID}/issues`);
      return { status: 200, body: page.map(issueJson), ...(link ? { headers: { link } } : {}) };
    }
    if (rest === '/issues' && method === 'POST') {
      if (typeof body.title !== 'string' || body.title === '') return invalid('Issue', 'missing_field', 'title');
      const limit = tooLong('Issue', body);
      if (limit) return limit;
      const issue = seed({
        title: body.title,
        body: typeof body.body === 'string' ? body.body : null,
        labels: Array.isArray(body.labels) ? (body.labels as string[]).map((n) => ensureLabel(n).name) : [],
        assignees: assignable(body.assignees),
      });
      return { status: 201, body: issueJson(issue), headers: { location: `${base}/repos/${repository}/issues/${issue.number}` } };
    }
    const one = /^\/issues\/(\d+)(\/comments|\/assignees)?$/.exec(rest);
    if (one) {
      const issue = state.issues.find((i) => i.number === Number(one[1]));
      if (!issue) return { status: 404, body: NOT_FOUND };
      const sub = one[2];
      if (!sub && method === 'GET') return { status: 200, body: issueJson(issue) };
      if (!sub && method === 'PATCH') {
        if (body.state !== undefined && body.state !== 'open' && body.state !== 'closed') return invalid('Issue', 'invalid', 'state');
        const limit = tooLong('Issue', body);
        if (limit) return limit;
        if (typeof body.title === 'string') issue.title = body.title;
        if (typeof body.body === 'string') issue.body = body.body;
        if (Array.isArray(body.labels)) issue.labels = (body.labels as string[]).map((n) => ensureLabel(n).name);
        if (Array.isArray(body.assignees)) issue.assignees = assignable(body.assignees);
        if (body.state === 'closed' && issue.state === 'open') Object.assign(issue, { state: 'closed', closed_at: stamp(), state_reason: (body.state_reason as FakeIssue['state_reason']) ?? 'completed' });
        if (body.state === 'open' && issue.state === 'closed') Object.assign(issue, { state: 'open', closed_at: null, state_reason: 'reopened' });
        touch(issue);
        return { status: 200, body: issueJson(issue) };
      }
      if (sub === '/comments' && method === 'GET') {
        const since = query.get('since') ? Date.parse(query.get('since') as string) : undefined;
        const { page, link } = paginate(issue.comments.filter((c) => since === undefined || Date.parse(c.created_at) >= since), query, `/repositories/${REPOSITORY_ID}/issues/${issue.number}/comments`);
        return { status: 200, body: page.map((c) => commentJson(issue, c)), ...(link ? { headers: { link } } : {}) };
      }
      if (sub === '/comments' && method === 'POST') {
        if (typeof body.body !== 'string' || body.body === '') return invalid('IssueComment', 'missing_field', 'body');
        const limit = tooLong('IssueComment', body);
        if (limit) return limit;
        const comment = { id: state.nextId++, body: body.body, created_at: stamp() };
        issue.comments.push(comment);
        touch(issue);
        return { status: 201, body: commentJson(issue, comment) };
      }
      if (sub === '/assignees' && method === 'POST') {
        for (const login of assignable(body.assignees)) if (!issue.assignees.includes(login)) issue.assignees.push(login);
        touch(issue);
        return { status: 201, body: issueJson(issue) };
      }
      return { status: 404, body: NOT_FOUND };
    }
    if (rest === '/actions/workflows' && method === 'GET') {
      const { page, link } = paginate([...state.workflows].sort((a, b) => a.id - b.id), query, `/repositories/${REPOSITORY_ID}/actions/workflows`);
      return { status: 200, body: { total_count: state.workflows.length, workflows: page.map(workflowJson) }, ...(link ? { headers: { link } } : {}) };
    }
    const oneWorkflow = /^\/actions\/workflows\/([^/]+)$/.exec(rest);
    if (oneWorkflow && method === 'GET') {
      const workflow = findWorkflow(decodeURIComponent(oneWorkflow[1] as string));
      return workflow ? { status: 200, body: workflowJson(workflow) } : { status: 404, body: NOT_FOUND };
    }
    const runs = /^\/actions\/workflows\/([^/]+)\/runs$/.exec(rest);
    if (runs && method === 'GET') {
      const workflow = findWorkflow(decodeURIComponent(runs[1] as string))?.file;
      if (!workflow) return { status: 404, body: NOT_FOUND };
      const created = query.get('created');
      const keep = created ? createdFilter(created) : () => true;
      const status = query.get('status');
      const event = query.get('event');
      const matching = state.runs
        .filter((r) => r.workflow === workflow && keep(Date.parse(r.created_at)))
        .filter((r) => !status || (RUN_STATUSES.includes(status) ? r.status === status : r.conclusion === status))
        .filter((r) => !event || r.event === event)
        .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || b.id - a.id)
        .slice(0, created ? 1_000 : undefined);
      const { page, link } = paginate(matching, query, `/repositories/${REPOSITORY_ID}/actions/workflows/${runs[1]}/runs`);
      return { status: 200, body: { total_count: matching.length, workflow_runs: page.map(runJson) }, ...(link ? { headers: { link } } : {}) };
    }
    if (rest === '/labels' && method === 'GET') {
      const { page, link } = paginate(state.labels, query, `/repositories/${REPOSITORY_ID}/labels`);
      return { status: 200, body: page.map(labelJson), ...(link ? { headers: { link } } : {}) };
    }
    if (rest === '/labels' && method === 'POST') {
      if (typeof body.name !== 'string' || body.name === '') return invalid('Label', 'missing_field', 'name');
      if (findLabel(body.name)) return invalid('Label', 'already_exists', 'name');
      const color = typeof body.color === 'string' ? body.color : 'ededed';
      if (!/^[0-9a-fA-F]{6}$/.test(color)) return invalid('Label', 'invalid', 'color');
      if (typeof body.description === 'string' && body.description.length > 100) return invalid('Label', 'invalid', 'description');
      return { status: 201, body: labelJson(addLabel(body.name, color, typeof body.description === 'string' ? body.description : null)) };
    }
    const label = /^\/labels\/([^/]+)$/.exec(rest);
    if (label) {
      const found = findLabel(decodeURIComponent(label[1] as string));
      if (!found) return { status: 404, body: NOT_FOUND };
      if (method === 'GET') return { status: 200, body: labelJson(found) };
      if (method === 'DELETE') {
        state.labels = state.labels.filter((l) => l !== found);
        for (const i of state.issues) i.labels = i.labels.filter((n) => n !== found.name);
        return { status: 204 };
      }
    }
    return { status: 404, body: NOT_FOUND };
  }

  interface PendingHold extends Hold {
    held?: () => void;
    reach: () => void;
    release: () => void;
  }
  const holds: PendingHold[] = [];
  /** A request that completes a hold's `until` lets the held request go on. */
  const answered = (method: string, route: string, body: Record<string, unknown>, status: number): void => {
    for (const hold of holds.filter((h) => h.held && matches(h.until, method, route, body) && (h.until.status === undefined || h.until.status === status))) {
      holds.splice(holds.indexOf(hold), 1);
      hold.held?.();
      hold.release();
    }
  };

  function respond(req: http.IncomingMessage, res: http.ServerResponse, text: string): void {
    const at = performance.now();
    const url = new URL(req.url ?? '/', base);
    const route = url.pathname.replace(`/repositories/${REPOSITORY_ID}/`, `/repos/${repository}/`);
    const method = req.method ?? 'GET';
    let body: Record<string, unknown> = {};
    let answer: Answer;
    let lose = false;
    let raw: { text: string; contentType: string } | undefined;
    try {
      body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      const auth = req.headers.authorization ?? '';
      const fault = state.faults.find((f) => matches(f, method, route, body));
      if (auth !== `Bearer ${token}` && auth !== `token ${token}`) answer = { status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' } };
      else if (fault && !('lose' in fault)) {
        fault.times = (fault.times ?? 1) - 1;
        if (fault.times <= 0) state.faults.splice(state.faults.indexOf(fault), 1);
        answer = { status: fault.status, body: fault.body ?? { message: http.STATUS_CODES[fault.status] ?? 'error' }, ...(fault.headers ? { headers: fault.headers } : {}) };
        raw = fault.raw;
      } else if (method !== 'GET' && options.permission === 'read') answer = { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } };
      else {
        if (fault) {
          fault.times = (fault.times ?? 1) - 1;
          if (fault.times <= 0) state.faults.splice(state.faults.indexOf(fault), 1);
          lose = true;
        }
        answer = handle(method, route, url.searchParams, body);
      }
    } catch {
      answer = { status: 400, body: { message: 'Problems parsing JSON' } };
    }
    state.requests.push({ method, route, query: Object.fromEntries(url.searchParams), body, status: answer.status, at, ...(lose ? { lost: true } : {}) });
    state.used++;
    const headers = {
      'content-type': raw?.contentType ?? 'application/json; charset=utf-8',
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': String(Math.max(0, 1000 - state.used)),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': String(state.used),
      'x-ratelimit-resource': 'core',
      ...answer.headers,
    };
    const send = (): void => {
      if (lose) res.socket?.destroy();
      else res.writeHead(answer.status, headers).end(raw ? raw.text : answer.status === 204 || answer.body === undefined ? undefined : JSON.stringify(answer.body));
      answered(method, route, body, answer.status);
    };
    const hold = holds.find((h) => !h.held && h.delay === 'answer' && matches(h, method, route, body));
    if (hold) {
      hold.held = send;
      hold.reach();
    } else send();
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: Record<string, unknown> = {};
      try {
        body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      } catch {
        // answered 400 by respond()
      }
      const route = new URL(req.url ?? '/', base).pathname.replace(`/repositories/${REPOSITORY_ID}/`, `/repos/${repository}/`);
      const hold = holds.find((h) => !h.held && (h.delay ?? 'handle') === 'handle' && matches(h, req.method ?? 'GET', route, body));
      if (!hold) return respond(req, res, text);
      hold.held = () => respond(req, res, text);
      hold.reach();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    repository,
    token,
    options,
    get issues() {
      return state.issues;
    },
    get labels() {
      return state.labels;
    },
    get requests() {
      return state.requests;
    },
    inject: (fault) => void state.faults.push({ ...fault }),
    hold(hold) {
      let reach = (): void => undefined;
      let release = (): void => undefined;
      const reached = new Promise<void>((resolve) => (reach = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      holds.push({ ...hold, reach, release });
      return { reached, released };
    },
    seed,
    seedRun,
    seedWorkflow,
    get runs() {
      return state.runs;
    },
    get workflows() {
      return state.workflows;
    },
    issue: (number) => state.issues.find((i) => i.number === number),
    calls: (method, path) => state.requests.filter((r) => r.method === method && path.test(r.route)),
    reset() {
      Object.assign(state, { issues: [], labels: [], runs: [], workflows: [], requests: [], faults: [], used: 0 });
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const hold of holds.splice(0)) hold.held?.();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
