import { parseDuration } from './duration.ts';

/**
 * Parsers for the value types shared by action inputs, CLI flags and the config file. Each
 * returns the value, or a string saying what was expected (the caller adds where it came from).
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; expected: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const expected = <T>(text: string): Parsed<T> => ({ ok: false, expected: text });

export function durationValue(text: string, { allowZero = false } = {}): Parsed<number> {
  const ms = parseDuration(text);
  if (ms === undefined || (!allowZero && ms === 0)) {
    return expected(`expected a ${allowZero ? 'non-negative' : 'positive'} duration like 500ms, 10s, 5m or 26h, got "${text}"`);
  }
  return ok(ms);
}

export function integerValue(text: string, min: number, max = Number.MAX_SAFE_INTEGER): Parsed<number> {
  const n = /^-?\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
    return expected(`expected a whole number ${range}, got "${text}"`);
  }
  return ok(n);
}

/** `1%`, `0.5%` or a fraction like `0.01`; returned as a fraction. */
export function rateValue(text: string): Parsed<number> {
  const t = text.trim();
  const n = /^\d+(\.\d+)?%$/.test(t) ? Number(t.slice(0, -1)) / 100 : /^\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
  if (!Number.isFinite(n) || n > 1) return expected(`expected a rate like 1% or 0.01, got "${text}"`);
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
    else return expected(`expected HTTP status codes like 200, 200,204, 200-299 or 2xx, got "${text}"`);
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
  return expected(`expected a JSON object like {"status":"healthy"}, got ${JSON.stringify(truncate(text, 60))}`);
}

export function regexValue(text: string): Parsed<RegExp> {
  try {
    return ok(new RegExp(text));
  } catch (error) {
    return expected(`expected a regular expression (${(error as Error).message})`);
  }
}

export function httpUrlValue(text: string): Parsed<URL> {
  try {
    const url = new URL(text.trim());
    if (url.protocol === 'http:' || url.protocol === 'https:') return ok(url);
  } catch {
    // reported below
  }
  return expected(`expected an http:// or https:// URL, got "${truncate(text, 80)}"`);
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
