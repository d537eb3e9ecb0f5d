import { formatDuration, parseRetryAfter, retry, sleep as realSleep } from '@runbook/core';
import { classifyRefusal, nextLink, refusalHint } from './rate-limit.ts';

export interface GitHubClientOptions {
  /** `GITHUB_API_URL`: https://api.github.com, or https://ghe.example/api/v3. */
  apiUrl: string;
  token: string;
  /** Per request, each attempt, the answer's body included. */
  timeoutMs?: number;
  /** Further attempts after a rate limit, a 5xx or a network error. */
  retries?: number;
  /** First backoff delay after a 5xx or network error; doubles, with jitter. */
  baseDelayMs?: number;
  /** A rate limit asking for a longer wait than this fails instead of stalling the job. */
  maxWaitMs?: number;
  /** Pages a list call reads at most (100 items each). */
  maxPages?: number;
  /**
   * How long one second of a rate limit's wait (`retry-after`, `x-ratelimit-reset`) lasts for the
   * throttling plugin, which does the waiting; tests make it 1 ms.
   */
  rateLimitSecondMs?: number;
  /** The wait between retries after a 5xx or network error. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Told about every retry and why, with the wait, for the job log. */
  onRetry?: (message: string, waitMs: number) => void;
}

export interface RequestOptions {
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  /**
   * Whether a 5xx or a network error may be retried: only when sending the request twice does no
   * harm. Rate-limited requests were never processed and are always retried.
   */
  retryServerErrors?: boolean;
}

export interface ApiResponse<T> {
  status: number;
  data: T;
  headers: Record<string, string | number | undefined>;
}

export interface Page<T> {
  items: T[];
  /** Set to the page limit when the list had more pages: `items` is not all of it. */
  stoppedAtPages?: number;
}

export class GitHubApiError extends Error {
  constructor(
    message: string,
    /** HTTP status; undefined when no answer came (timeout, connection refused or lost). */
    readonly status: number | undefined,
    /** Worth another try by whoever retries: a 5xx, a network error, a non-JSON answer (rate limits are waited out by the throttling plugin). */
    readonly transient: boolean,
    /** When a 5xx said when to come back (`retry-after`). */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'GitHubApiError';
  }
}

export const MAX_PAGES = 50;

/** The error of the last of several attempts, saying how many there were. */
export function afterAttempts(error: unknown, attempts: number): unknown {
  if (!(error instanceof GitHubApiError) || attempts < 2) return error;
  return new GitHubApiError(`${error.message} (after ${attempts} attempts)`, error.status, error.transient, error.retryAfterMs);
}

/** What @octokit/request throws (a RequestError, or the fetch's own error on an abort). */
interface OctokitFailure {
  status?: number;
  message: string;
  name?: string;
  cause?: unknown;
  response?: { status: number; headers: Record<string, string | number | undefined>; data: unknown };
}

type Octokit = { request: (route: string, parameters: Record<string, unknown>) => Promise<ApiResponse<unknown>> };

const oneLine = (text: string, max: number): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

/** An answer that should have been JSON and is not (an HTML page from a proxy, a cut body). */
function notJson(data: unknown): string | undefined {
  if (data instanceof ArrayBuffer) return new TextDecoder().decode(data);
  return typeof data === 'string' && data !== '' ? data : undefined;
}

function messageOf(data: unknown): string {
  const body = data as { message?: unknown; errors?: Array<{ message?: unknown; code?: unknown; field?: unknown }> } | null;
  if (typeof body?.message !== 'string') return '';
  const details = (Array.isArray(body.errors) ? body.errors : []).map((e) => (typeof e.message === 'string' ? e.message : [e.field, e.code].filter((x) => typeof x === 'string').join(' '))).filter(Boolean);
  return details.length ? `${body.message}: ${details.join('; ')}` : body.message;
}

function networkReason(failure: OctokitFailure, timeoutMs: number): string {
  const cause = failure.cause as { name?: string; code?: string; cause?: { code?: string } } | undefined;
  if ([failure.name, cause?.name].some((n) => n === 'TimeoutError' || n === 'AbortError')) return `timed out after ${formatDuration(timeoutMs)}`;
  const code = cause?.code ?? cause?.cause?.code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (code === 'UND_ERR_SOCKET' || code === 'ECONNRESET') return 'the connection was lost before an answer came';
  return code ?? failure.message;
}

/**
 * The GitHub REST API through @actions/github's Octokit, which honours the runner's proxy settings
 * (`https_proxy`, `no_proxy`), with @octokit/plugin-throttling for rate limits (primary and
 * secondary, `retry-after`, `x-ratelimit-reset`). On top: a timeout on every request, retries
 * with backoff and jitter on 5xx and network errors (only when sending twice is harmless),
 * bounded Link-header pagination that never sends the token to another host, and errors that name
 * the request. Octokit is loaded on the first request, so a step that writes no issue never loads it.
 */
export class GitHubClient {
  private readonly base: URL;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly maxWaitMs: number;
  private octokit: Promise<Octokit> | undefined;

  constructor(private readonly options: GitHubClientOptions) {
    this.base = new URL(options.apiUrl.replace(/\/*$/, '/'));
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.retries = options.retries ?? 3;
    this.maxWaitMs = options.maxWaitMs ?? 120_000;
  }

  request<T>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    return this.send<T>(method, this.url(path, options.query), options);
  }

  /**
   * The items of a list endpoint, following `Link: rel="next"` (100 per page) for at most `maxPages`
   * pages. `key`: the list is that field of each page's object (`workflow_runs`), not the page itself.
   */
  async paginate<T>(path: string, query: RequestOptions['query'] = {}, key?: string): Promise<Page<T>> {
    const items: T[] = [];
    let url: URL | undefined = this.url(path, { per_page: 100, ...query });
    const limit = this.options.maxPages ?? MAX_PAGES;
    for (let page = 0; url && page < limit; page++) {
      const answer = await this.send<unknown>('GET', url, {});
      const { headers } = answer;
      const data = key === undefined ? answer.data : (answer.data as Record<string, unknown> | null)?.[key];
      if (!Array.isArray(data)) throw new GitHubApiError(`GitHub API GET ${url.pathname} answered a list call with something that is not a list`, 200, false);
      items.push(...(data as T[]));
      const next = nextLink(typeof headers.link === 'string' ? headers.link : null);
      url = next === undefined ? undefined : this.sameOrigin(next);
    }
    return { items, ...(url ? { stoppedAtPages: limit } : {}) };
  }

  private url(path: string, query: RequestOptions['query'] = {}): URL {
    const url = new URL(`${this.base.pathname}${path.replace(/^\//, '')}`, this.base);
    for (const [key, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(key, String(value));
    return url;
  }

  /** The token is only ever sent to the API's own host. */
  private sameOrigin(link: string): URL {
    const url = new URL(link, this.base);
    if (url.origin !== this.base.origin) throw new GitHubApiError(`refusing to follow a pagination link to another host (${url.origin})`, undefined, false);
    return url;
  }

  private client(): Promise<Octokit> {
    this.octokit ??= this.load();
    return this.octokit;
  }

  private async load(): Promise<Octokit> {
    const [{ GitHub, defaults, getOctokitOptions }, { throttling }] = await Promise.all([import('@actions/github/lib/utils'), import('@octokit/plugin-throttling')]);
    // The proxy-aware fetch of @actions/github, with a deadline on each request.
    const proxyFetch = (defaults.request?.fetch ?? fetch) as typeof fetch;
    const timeoutMs = this.timeoutMs;
    const timedFetch: typeof fetch = (url, init = {}) => {
      const deadline = AbortSignal.timeout(timeoutMs);
      return proxyFetch(url, { ...init, signal: init.signal ? AbortSignal.any([init.signal, deadline]) : deadline });
    };
    const onLimit = (kind: string) => (retryAfterSeconds: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const waitMs = retryAfterSeconds * 1_000;
      if (retryCount >= this.retries || waitMs > this.maxWaitMs) return false;
      this.options.onRetry?.(`GitHub API ${request.method} ${new URL(request.url, this.base).pathname} answered with a ${kind}; retrying in ${formatDuration(waitMs)}`, waitMs);
      return true;
    };
    const log = { debug: () => undefined, info: () => undefined, warn: (m: string) => this.options.onRetry?.(m, 0), error: () => undefined };
    // GitHub asks for a second between writes; these runs write a handful of issues one by one,
    // and a secondary limit, when it comes, is waited out as GitHub says.
    const unpaced = { key: () => ({ schedule: (_options: unknown, job: (...args: unknown[]) => unknown, ...args: unknown[]) => Promise.resolve(job(...args)) }) };
    const Client = GitHub.plugin(throttling);
    return new Client(
      getOctokitOptions(this.options.token, {
        baseUrl: this.base.href.replace(/\/$/, ''),
        userAgent: 'runbook-actions',
        log,
        request: { fetch: timedFetch },
        throttle: {
          onRateLimit: onLimit('rate limit'),
          onSecondaryRateLimit: onLimit('secondary rate limit'),
          retryAfterBaseValue: this.options.rateLimitSecondMs ?? 1_000,
          write: unpaced,
          notifications: unpaced,
        } as never,
      }),
    ) as unknown as Octokit;
  }

  private async send<T>(method: string, url: URL, { body, retryServerErrors = method !== 'POST' }: RequestOptions): Promise<ApiResponse<T>> {
    const octokit = await this.client();
    const label = `GitHub API ${method} ${url.pathname}`;
    let attempts = 0;
    try {
      return await retry(
        async (attempt) => {
          attempts = attempt;
          return this.once<T>(octokit, method, url, body, label);
        },
        {
          retries: this.retries,
          baseMs: this.options.baseDelayMs ?? 500,
          ...(this.options.random ? { random: this.options.random } : {}),
          sleep: this.options.sleep ?? realSleep,
          retryable: (error) => retryServerErrors && error instanceof GitHubApiError && error.transient,
          retryAfterMs: (error) => (error instanceof GitHubApiError ? error.retryAfterMs : undefined),
          onRetry: ({ delayMs, error }) => this.options.onRetry?.(`${(error as Error).message}; retrying in ${formatDuration(delayMs)}`, delayMs),
        },
      );
    } catch (error) {
      throw afterAttempts(error, attempts);
    }
  }

  private async once<T>(octokit: Octokit, method: string, url: URL, body: unknown, label: string): Promise<ApiResponse<T>> {
    let response: ApiResponse<unknown>;
    try {
      response = await octokit.request(`${method} ${url.href}`, { headers: { 'x-github-api-version': '2022-11-28' }, ...(body === undefined ? {} : { data: body }) });
    } catch (error) {
      throw this.failure(error as OctokitFailure, label);
    }
    const text = notJson(response.data);
    if (text !== undefined) throw new GitHubApiError(`${label} answered ${response.status} with a non-JSON body (${oneLine(text, 100)})`, response.status, true);
    return response as ApiResponse<T>;
  }

  private failure(failure: OctokitFailure, label: string): GitHubApiError {
    const answer = failure.response;
    if (!answer) return new GitHubApiError(`${label}: ${networkReason(failure, this.timeoutMs)}`, undefined, true);
    const { status, headers, data } = answer;
    const header = (name: string): string | null => (headers[name] === undefined ? null : String(headers[name]));
    const text = notJson(data);
    const message = text === undefined ? messageOf(data) : '';
    const failed = text === undefined ? `${label} answered ${status}: ${message || `HTTP ${status}`}` : `${label} answered ${status} with a non-JSON body (${oneLine(text, 100)})`;
    const refusal = classifyRefusal(status, header, message);
    if (refusal.kind === 'rate-limit') return new GitHubApiError(`${failed}${refusal.waitMs === undefined ? '' : `; rate limited for ${formatDuration(refusal.waitMs)} more`}`, status, false);
    if (refusal.kind === 'server') {
      const waitMs = parseRetryAfter(header('retry-after'));
      return new GitHubApiError(failed, status, true, waitMs === undefined ? undefined : Math.min(waitMs, this.maxWaitMs));
    }
    return new GitHubApiError(`${failed}${refusalHint(status, message)}`, status, false);
  }
}
