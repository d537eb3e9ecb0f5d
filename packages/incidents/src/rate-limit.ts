import { parseRetryAfter } from '@runbook/core';

export type HeaderSource = (name: string) => string | null;

/**
 * Why GitHub refused a request, following its documented rules:
 * - `rate-limit`: 429, or 403 with `retry-after`, `x-ratelimit-remaining: 0` or a "rate limit"
 *   message. The request was not processed, so it is always safe to send again. `waitMs` is what
 *   GitHub asked for (`retry-after`, else until `x-ratelimit-reset`); undefined for a secondary
 *   limit that names no time (GitHub then says: wait at least a minute, longer each time).
 * - `server`: 5xx; the request may or may not have been processed.
 * - `client`: anything else (401, 403 permissions, 404, 422): sending it again cannot help.
 */
export type Refusal = { kind: 'rate-limit'; waitMs?: number } | { kind: 'server' } | { kind: 'client' };

export function classifyRefusal(status: number, header: HeaderSource, message: string, now = Date.now()): Refusal {
  const retryAfter = parseRetryAfter(header('retry-after'), now);
  const exhausted = header('x-ratelimit-remaining') === '0';
  if (status === 429 || (status === 403 && (retryAfter !== undefined || exhausted || /rate limit/i.test(message)))) {
    if (retryAfter !== undefined) return { kind: 'rate-limit', waitMs: retryAfter };
    const reset = Number(header('x-ratelimit-reset'));
    if (exhausted && Number.isFinite(reset) && reset > 0) return { kind: 'rate-limit', waitMs: Math.max(0, reset * 1_000 - now) + 1_000 };
    return { kind: 'rate-limit' };
  }
  return status >= 500 ? { kind: 'server' } : { kind: 'client' };
}

/** What to tell a person about a refusal that will not be retried. */
export function refusalHint(status: number, message: string): string {
  if (status === 401) return ' (check `github-token`)';
  if (status === 403 && /not accessible by integration|permission/i.test(message)) return ' (the token needs `issues: write`: add `permissions: { contents: read, issues: write }` to the job)';
  if (status === 404) return ' (check GITHUB_REPOSITORY and that the token can see the repository)';
  if (status === 410) return ' (issues are disabled in this repository)';
  return '';
}

/** The `rel="next"` URL of a Link header. */
export function nextLink(link: string | null): string | undefined {
  for (const part of (link ?? '').split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
    if (match?.[2]?.split(/\s+/).includes('next')) return match[1];
  }
  return undefined;
}
