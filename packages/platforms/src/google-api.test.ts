import { describe, expect, it } from 'vitest';
import { CallTimeoutError } from './calls.ts';
import { isRefusedForNow, isTransient, isTransientRead, RetryAfter } from './google-api.ts';

/** An error as gax's REST transport makes it: a gRPC code, the HTTP status when an answer came. */
const gax = (code: number, httpStatusCode?: number, statusDetails?: unknown[]) => Object.assign(new Error(`${code}`), { code, ...(httpStatusCode ? { httpStatusCode } : {}), ...(statusDetails ? { statusDetails } : {}) });
const headers = (value: string | null) => ({ get: (name: string) => (name === 'retry-after' ? value : null) });

describe('which Google API errors are retried', () => {
  it('a write only on a 429 or 503 answer; a lost answer may have been carried out', () => {
    expect(isRefusedForNow(gax(8, 429))).toBe(true);
    expect(isRefusedForNow(gax(14, 503))).toBe(true);
    expect(isRefusedForNow(gax(14))).toBe(false);
    expect(isRefusedForNow(new CallTimeoutError('Cloud Run UpdateService', 20_000))).toBe(false);
  });

  it('transient: also no answer, but not a failed one', () => {
    expect(isTransient(gax(14))).toBe(true);
    expect(isTransient(gax(4))).toBe(true);
    expect(isTransient(new CallTimeoutError('x', 1))).toBe(true);
    expect(isTransient(new Error('socket hang up'))).toBe(true);
    expect(isTransient(gax(13, 500))).toBe(false);
  });

  it('a read: also a failed answer, but never an operation’s own error, nor a refusal by permission', () => {
    expect(isTransientRead(gax(13, 500))).toBe(true);
    expect(isTransientRead(gax(10, 409))).toBe(true);
    expect(isTransientRead(gax(13))).toBe(false);
    expect(isTransientRead(gax(7, 403))).toBe(false);
    expect(isTransientRead(gax(5, 404))).toBe(false);
  });
});

describe('RetryAfter', () => {
  it('gives a 429’s noted Retry-After once, RetryInfo first', () => {
    const note = new RetryAfter();
    note.note({ status: 429, headers: headers('3') });
    expect(note.take(gax(8, 429, [{ retryDelay: { seconds: '2', nanos: 500_000_000 } }]))).toBe(2_500);
    note.note({ status: 429, headers: headers('3') });
    expect(note.take(gax(8, 429))).toBe(3_000);
    expect(note.take(gax(8, 429))).toBeUndefined();
  });

  it('is not given to an error of another answer', () => {
    const note = new RetryAfter();
    note.note({ status: 503, headers: headers('3') });
    note.note({ status: 200, headers: headers('9') });
    expect(note.take(gax(4))).toBeUndefined();
    expect(note.take(gax(14, 503))).toBe(3_000);
  });
});
