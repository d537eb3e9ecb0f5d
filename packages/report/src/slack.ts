import { parseRetryAfter, retry, sleep as realSleep } from '@runbook/core';

export interface SlackOptions {
  /** Per attempt. */
  timeoutMs?: number;
  retries?: number;
  baseDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  onRetry?: (message: string) => void;
}

class SlackError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** A Retry-After longer than this fails the post instead of stalling the job. */
const MAX_WAIT_MS = 60_000;

/**
 * Posts to a Slack incoming webhook: a timeout on each attempt, retries with backoff and jitter on
 * 429, 5xx and network errors, honouring Retry-After. Errors never contain the URL (it is a secret).
 */
export async function postToSlack(url: URL, text: string, options: SlackOptions = {}): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  await retry(
    async () => {
      let response: Response;
      try {
        response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }), signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
      } catch (error) {
        const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
        throw new SlackError(timedOut ? `the Slack webhook did not answer within ${timeoutMs / 1000}s` : 'the Slack webhook could not be reached', true);
      }
      const body = (await response.text()).slice(0, 100).replace(/\s+/g, ' ');
      if (response.ok) return;
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
      const transient = response.status === 429 || response.status >= 500;
      throw new SlackError(`the Slack webhook answered ${response.status}${body ? ` (${body})` : ''}`, transient && (retryAfterMs ?? 0) <= MAX_WAIT_MS, retryAfterMs);
    },
    {
      retries: options.retries ?? 3,
      baseMs: options.baseDelayMs ?? 1_000,
      sleep: options.sleep ?? realSleep,
      ...(options.random ? { random: options.random } : {}),
      retryable: (error) => error instanceof SlackError && error.retryable,
      retryAfterMs: (error) => (error instanceof SlackError ? error.retryAfterMs : undefined),
      onRetry: ({ error, delayMs }) => options.onRetry?.(`${(error as Error).message}; retrying in ${Math.round(delayMs / 100) / 10}s`),
    },
  );
}
