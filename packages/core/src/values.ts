import { formatDuration, parseDuration } from './duration.ts';

/**
 * Parsers for the value types shared by action inputs, CLI flags and the config file. Each
 * returns the value, or a string saying what was expected (the caller adds where it came from).
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; expected: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const expected = <T>(text: string): Parsed<T> => ({ ok: false, expected: text });

// Decimal and binary units, and `k`/`m`/`g` as `ls -lh` prints them (binary).
const BYTE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1e3, kib: 1024, m: 1024 ** 2, mb: 1e6, mib: 1024 ** 2, g: 1024 ** 3, gb: 1e9, gib: 1024 ** 3 };

/** `0`, `512KiB`, `10 MB`, `100M` in bytes; undefined when the text is no size. */
export function bytesOf(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const unit = BYTE_UNITS[(m?.[2] ?? 'x').toLowerCase()];
  return m && unit !== undefined ? Math.round(Number(m[1]) * unit) : undefined;
}

/** The longest delay a timer can hold: setTimeout fires after 1 ms for anything longer. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** Upper bounds of durations, per use: each is a timer's delay somewhere, so none is above MAX_TIMER_MS. */
export const DURATION_MAX = {
  /** One request or one TLS handshake, and a latency limit. */
  request: 5 * 60_000,
  /** The wait before a retry. */
  retryDelay: 5 * 60_000,
  /** Waiting for a rollout or a rollback to finish. */
  waitTimeout: 6 * 3_600_000,
  /** Any other duration. */
  any: 24 * 86_400_000,
} as const;

export interface DurationBounds {
  allowZero?: boolean;
  /** Milliseconds; DURATION_MAX.any when not given. */
  max?: number;
}

export function durationValue(text: string, { allowZero = false, max = DURATION_MAX.any }: DurationBounds = {}): Parsed<number> {
  const ms = parseDuration(text);
  if (ms === undefined || (!allowZero && ms === 0)) {
    return expected(`expected a ${allowZero ? 'non-negative' : 'positive'} duration like 500ms, 10s, 5m or 26h, got ${quote(text)}`);
  }
  if (ms > Math.min(max, MAX_TIMER_MS)) return expected(`expected a duration of at most ${formatDuration(max)}, got ${quote(text)}`);
  return ok(ms);
}

export function integerValue(text: string, min: number, max = Number.MAX_SAFE_INTEGER): Parsed<number> {
  const n = /^-?\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
    return expected(`expected a whole number ${range}, got ${quote(text)}`);
  }
  return ok(n);
}

/** `1%`, `0.5%` or a fraction like `0.01`; returned as a fraction. */
export function rateValue(text: string): Parsed<number> {
  const t = text.trim();
  const n = /^\d+(\.\d+)?%$/.test(t) ? Number(t.slice(0, -1)) / 100 : /^\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
  if (!Number.isFinite(n) || n > 1) return expected(`expected a rate like 1% or 0.01, got ${quote(text)}`);
  return ok(n);
}

export interface StatusRange {
  min: number;
  max: number;
}

/** `200`, `200,204`, `200-299`, `2xx`, or a mix: `200-204,301`. */
export function statusSpecValue(text: string): Parsed<StatusRange[]> {
  const ranges: StatusRange[] = [];
  for (const part of text.split(',').map((p) => p.trim())) {
    const single = /^([1-5]\d\d)$/.exec(part);
    const span = /^([1-5]\d\d)-([1-5]\d\d)$/.exec(part);
    const klass = /^([1-5])xx$/i.exec(part);
    if (single) ranges.push({ min: Number(single[1]), max: Number(single[1]) });
    else if (span && Number(span[1]) <= Number(span[2])) ranges.push({ min: Number(span[1]), max: Number(span[2]) });
    else if (klass) ranges.push({ min: Number(klass[1]) * 100, max: Number(klass[1]) * 100 + 99 });
    else return expected(`expected HTTP status codes like 200, 200,204, 200-299 or 2xx, got ${quote(text)}`);
  }
  return ok(ranges);
}

export function formatStatusSpec(ranges: readonly StatusRange[]): string {
  return ranges.map((r) => (r.min === r.max ? `${r.min}` : `${r.min}-${r.max}`)).join(',');
}

export function jsonObjectValue(text: string): Parsed<Record<string, unknown>> {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return ok(value as Record<string, unknown>);
  } catch {
    // reported below
  }
  return expected(`expected a JSON object like {"status":"healthy"}, got ${quote(text)}`);
}

export function httpUrlValue(text: string): Parsed<URL> {
  try {
    const url = new URL(text.trim());
    if (url.protocol === 'http:' || url.protocol === 'https:') return ok(url);
  } catch {
    // reported below
  }
  return expected(`expected an http:// or https:// URL, got ${quote(withoutCredentials(text.trim()))}`);
}

/**
 * A URL-like text with whatever stands before its host's `@` cut out, for messages: a URL that
 * does not parse may still hold a password (one with a `/` in it, say).
 */
export function withoutCredentials(text: string): string {
  return text.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@]*@/i, '$1***@');
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A value as "got …" messages show it: quoted, on one line, cut to about 100 characters. */
export function quote(text: string, max = 100): string {
  return JSON.stringify(truncate(text, max));
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// Node's own rule (http.validateHeaderValue): tab, visible ASCII and Latin-1, nothing else.
const HEADER_VALUE_BAD = /[^\t\x20-\x7e\x80-\xff]/;

export function headerNameValue(text: string): Parsed<string> {
  return HEADER_NAME.test(text) ? ok(text) : expected(`expected a header name of letters, digits and !#$%&'*+.^_\`|~-, got ${quote(text)}`);
}

/**
 * A header value Node will send. The value is never echoed (it is often a secret): the message
 * says which character is wrong and where.
 */
export function headerValueValue(text: string): Parsed<string> {
  const bad = HEADER_VALUE_BAD.exec(text);
  if (!bad) return ok(text);
  const code = bad[0].codePointAt(0) ?? 0;
  const what = code === 0x0a ? 'a line feed' : code === 0x0d ? 'a carriage return' : code < 0x20 || code === 0x7f ? 'a control character' : 'a character outside Latin-1';
  return expected(`expected a header value of tabs and printable Latin-1 characters, got ${what} (U+${code.toString(16).toUpperCase().padStart(4, '0')}) at character ${bad.index + 1} of ${text.length}`);
}
