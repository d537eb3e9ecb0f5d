import { parseRetryAfter, retry, sleep as realSleep } from './retry.ts';

export interface PostOptions {
  /** Per attempt. */
  timeoutMs?: number;
  retries?: number;
  baseDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  onRetry?: (message: string) => void;
}

class PostError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A webhook or ping URL: https, or http to this machine (a relay on the runner, a test double). */
export function postUrl(text: string): URL | undefined {
  const url = URL.canParse(text) ? new URL(text) : undefined;
  return url && (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))) ? url : undefined;
}

/** A Retry-After longer than this fails the post instead of stalling the job. */
const MAX_WAIT_MS = 60_000;

/**
 * POSTs `body` to a webhook-style URL: a timeout on each attempt, retries with backoff and jitter on
 * 429, 5xx and network errors, honouring Retry-After, no redirects. Errors name `what`, never the
 * URL (webhook and ping URLs are secrets).
 */
export async function postWithRetry(what: string, url: URL, body: { text: string; contentType: string }, options: PostOptions = {}): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  await retry(
    async () => {
      let response: Response;
      try {
        response = await fetch(url, { method: 'POST', headers: { 'content-type': body.contentType }, body: body.text, signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
      } catch (error) {
        const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
        throw new PostError(timedOut ? `${what} did not answer within ${timeoutMs / 1000}s` : `${what} could not be reached`, true);
      }
      const text = (await response.text()).slice(0, 100).replace(/\s+/g, ' ').trim();
      if (response.ok) return;
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
      const transient = response.status === 429 || response.status >= 500;
      throw new PostError(`${what} answered ${response.status}${text ? ` (${text})` : ''}`, transient && (retryAfterMs ?? 0) <= MAX_WAIT_MS, retryAfterMs);
    },
    {
      retries: options.retries ?? 3,
      baseMs: options.baseDelayMs ?? 1_000,
      sleep: options.sleep ?? realSleep,
      ...(options.random ? { random: options.random } : {}),
      retryable: (error) => error instanceof PostError && error.retryable,
      retryAfterMs: (error) => (error instanceof PostError ? error.retryAfterMs : undefined),
      onRetry: ({ error, delayMs }) => options.onRetry?.(`${(error as Error).message}; retrying in ${Math.round(delayMs / 100) / 10}s`),
    },
  );
}
