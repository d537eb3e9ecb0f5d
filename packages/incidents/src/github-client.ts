import { backoffDelay, formatDuration, sleep as realSleep } from '@runbook/core';
import { classifyRefusal, nextLink, refusalHint, SECONDARY_LIMIT_WAIT_MS } from './rate-limit.ts';

export interface GitHubClientOptions {
  /** `GITHUB_API_URL`: https://api.github.com, or https://ghe.example/api/v3. */
  apiUrl: string;
  token: string;
  /** Per request, each attempt. */
  timeoutMs?: number;
  /** Further attempts after a rate limit, a 5xx or a network error. */
  retries?: number;
  /** First backoff delay after a 5xx or network error; doubles, with jitter. */
  baseDelayMs?: number;
  /** A rate limit asking for a longer wait than this fails instead of stalling the job. */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Told about every retry and why, for the job log. */
  onRetry?: (message: string) => void;
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
  headers: Headers;
}

export class GitHubApiError extends Error {
  constructor(
    message: string,
    /** HTTP status; undefined when no answer came (timeout, connection refused). */
    readonly status: number | undefined,
    /** The failure may pass by itself (5xx, rate limit, network); a 4xx will not. */
    readonly transient: boolean,
  ) {
    super(message);
    this.name = 'GitHubApiError';
  }
}

const MAX_PAGES = 50;

function networkReason(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `timed out after ${formatDuration(timeoutMs)}`;
  const code = (error as { cause?: { code?: string } }).cause?.code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (code) return code;
  return error instanceof Error ? error.message : String(error);
}

function messageOf(text: string): string {
  try {
    const body = JSON.parse(text) as { message?: unknown };
    if (typeof body.message === 'string') return body.message;
  } catch {
    // not JSON
  }
  return text.slice(0, 200);
}

/**
 * A small GitHub REST client on `fetch`: a timeout on every request, retries with backoff and
 * jitter on 5xx and network errors (when safe), GitHub's rate-limit rules (`retry-after`,
 * `x-ratelimit-reset`, a minute for a bare secondary limit), and Link-header pagination.
 */
export class GitHubClient {
  private readonly base: URL;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly baseDelayMs: number;
  private readonly maxWaitMs: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: GitHubClientOptions) {
    this.base = new URL(options.apiUrl.replace(/\/*$/, '/'));
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.retries = options.retries ?? 3;
    this.baseDelayMs = options.baseDelayMs ?? 500;
    this.maxWaitMs = options.maxWaitMs ?? 120_000;
    this.sleep = options.sleep ?? realSleep;
  }

  url(path: string, query: RequestOptions['query'] = {}): URL {
    const url = new URL(`${this.base.pathname}${path.replace(/^\//, '')}`, this.base);
    for (const [key, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(key, String(value));
    return url;
  }

  request<T>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    return this.send<T>(method, this.url(path, options.query), options);
  }

  /** Every item of a list endpoint, following `Link: rel="next"` (100 per page). */
  async paginate<T>(path: string, query: RequestOptions['query'] = {}): Promise<T[]> {
    const items: T[] = [];
    let url: URL | undefined = this.url(path, { per_page: 100, ...query });
    for (let page = 0; url && page < MAX_PAGES; page++) {
      const { data, headers } = await this.send<T[]>('GET', url, {});
      items.push(...data);
      const next = nextLink(headers.get('link'));
      url = next === undefined ? undefined : this.sameOrigin(next);
    }
    return items;
  }

  /** The token is only ever sent to the API's own host. */
  private sameOrigin(link: string): URL {
    const url = new URL(link, this.base);
    if (url.origin !== this.base.origin) throw new GitHubApiError(`refusing to follow a pagination link to another host (${url.origin})`, undefined, false);
    return url;
  }

  private async send<T>(method: string, url: URL, { body, retryServerErrors = method === 'GET' }: RequestOptions): Promise<ApiResponse<T>> {
    const label = `GitHub API ${method} ${url.pathname}`;
    const headers: Record<string, string> = {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${this.options.token}`,
      'user-agent': 'runbook-actions',
      'x-github-api-version': '2022-11-28',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    };
    for (let attempt = 1; ; attempt++) {
      const canRetry = attempt <= this.retries;
      const attempts = attempt > 1 ? ` (after ${attempt} attempts)` : '';
      let response: Response;
      try {
        response = await fetch(url, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }), signal: AbortSignal.timeout(this.timeoutMs) });
      } catch (error) {
        const reason = `${label}: ${networkReason(error, this.timeoutMs)}`;
        if (retryServerErrors && canRetry) {
          await this.wait(this.backoff(attempt), reason);
          continue;
        }
        throw new GitHubApiError(`${reason}${attempts}`, undefined, true);
      }
      if (response.ok) {
        const text = await response.text();
        return { status: response.status, headers: response.headers, data: (text ? JSON.parse(text) : undefined) as T };
      }
      const message = messageOf(await response.text()) || response.statusText;
      const failure = `${label} answered ${response.status}: ${message}`;
      const refusal = classifyRefusal(response.status, (name) => response.headers.get(name), message);
      if (refusal.kind === 'rate-limit') {
        const waitMs = refusal.waitMs ?? SECONDARY_LIMIT_WAIT_MS * 2 ** (attempt - 1);
        if (canRetry && waitMs <= this.maxWaitMs) {
          await this.wait(waitMs, `${failure} (rate limited)`);
          continue;
        }
        throw new GitHubApiError(`${failure}${attempts}; rate limited for ${formatDuration(waitMs)} more`, response.status, true);
      }
      if (refusal.kind === 'server' && retryServerErrors && canRetry) {
        await this.wait(this.backoff(attempt), failure);
        continue;
      }
      throw new GitHubApiError(`${failure}${attempts}${refusalHint(response.status, message)}`, response.status, refusal.kind === 'server');
    }
  }

  private backoff(attempt: number): number {
    return backoffDelay(attempt - 1, { baseMs: this.baseDelayMs, ...(this.options.random ? { random: this.options.random } : {}) });
  }

  private async wait(ms: number, why: string): Promise<void> {
    this.options.onRetry?.(`${why}; retrying in ${formatDuration(ms)}`);
    await this.sleep(ms);
  }
}
