import { describe, expect, it } from 'vitest';
import { classifyRefusal, nextLink, refusalHint } from './rate-limit.ts';

const headers = (values: Record<string, string>) => (name: string) => values[name] ?? null;
const NOW = 1_760_000_000_000;

describe('classifyRefusal', () => {
  it('reads a secondary limit with Retry-After', () => {
    expect(classifyRefusal(403, headers({ 'retry-after': '1' }), 'You have exceeded a secondary rate limit', NOW)).toEqual({ kind: 'rate-limit', waitMs: 1_000 });
    expect(classifyRefusal(429, headers({ 'retry-after': '30' }), '', NOW)).toEqual({ kind: 'rate-limit', waitMs: 30_000 });
  });

  it('waits for x-ratelimit-reset when the primary limit is used up', () => {
    const reset = String(NOW / 1_000 + 20);
    expect(classifyRefusal(403, headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }), 'API rate limit exceeded', NOW)).toEqual({ kind: 'rate-limit', waitMs: 21_000 });
  });

  it('leaves the wait to the caller for a secondary limit without headers', () => {
    expect(classifyRefusal(403, headers({}), 'You have exceeded a secondary rate limit.', NOW)).toEqual({ kind: 'rate-limit' });
  });

  it('tells permissions and other client errors apart from limits and server errors', () => {
    expect(classifyRefusal(403, headers({ 'x-ratelimit-remaining': '950' }), 'Resource not accessible by integration', NOW)).toEqual({ kind: 'client' });
    expect(classifyRefusal(422, headers({}), 'Validation Failed', NOW)).toEqual({ kind: 'client' });
    expect(classifyRefusal(502, headers({}), 'Server Error', NOW)).toEqual({ kind: 'server' });
  });

  it('hints at the fix for the refusals people cause', () => {
    expect(refusalHint(403, 'Resource not accessible by integration')).toContain('issues: write');
    expect(refusalHint(401, 'Bad credentials')).toContain('github-token');
    expect(refusalHint(422, 'Validation Failed')).toBe('');
  });
});

describe('nextLink', () => {
  it('finds rel="next" among the others', () => {
    const link = '<https://api.github.com/repositories/1/issues?page=3>; rel="next", <https://api.github.com/repositories/1/issues?page=5>; rel="last", <https://api.github.com/repositories/1/issues?page=1>; rel="first"';
    expect(nextLink(link)).toBe('https://api.github.com/repositories/1/issues?page=3');
    expect(nextLink('<https://api.github.com/x?page=1>; rel="prev"')).toBeUndefined();
    expect(nextLink(null)).toBeUndefined();
  });
});
