import { formatStatusSpec, quote, truncate, type StatusRange } from '@runbook/core';
import type { Pattern } from '@runbook/core/pattern';
import type { HttpResponse } from './request.ts';

export interface Expectation {
  status: StatusRange[];
  /** Must be a subset of the JSON body. */
  json?: Record<string, unknown>;
  body?: Pattern;
}

/** True when every key of `expected` is in `actual` with a matching value, recursively. */
export function isSubset(expected: unknown, actual: unknown): boolean {
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && expected.length === actual.length && expected.every((e, i) => isSubset(e, actual[i]));
  }
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object' || Array.isArray(actual)) return false;
    return Object.entries(expected).every(([k, v]) => isSubset(v, (actual as Record<string, unknown>)[k]));
  }
  return Object.is(expected, actual);
}

/** The part of `actual` that `expected` talks about, so a mismatch shows like for like. */
export function project(expected: unknown, actual: unknown): unknown {
  if (expected && typeof expected === 'object' && !Array.isArray(expected) && actual && typeof actual === 'object' && !Array.isArray(actual)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(expected)) {
      if (key in actual) out[key] = project((expected as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key]);
    }
    return out;
  }
  return actual;
}

/** Why the response does not meet the expectation, or undefined when it does. */
export function mismatch(expectation: Expectation, response: HttpResponse): string | undefined {
  if (!expectation.status.some((r) => response.status >= r.min && response.status <= r.max)) {
    const hint = response.status === 401 ? ' (unauthorized: check basic-auth or headers)' : '';
    return `expected status ${formatStatusSpec(expectation.status)}, got ${response.status}${hint}`;
  }
  if (expectation.json) {
    const wanted = JSON.stringify(expectation.json);
    let body: unknown;
    try {
      body = JSON.parse(response.body);
    } catch {
      return `expected JSON ${wanted}, got a body that is not JSON: ${quote(response.body.trim())}`;
    }
    if (!isSubset(expectation.json, body)) {
      return `expected ${wanted}, got ${truncate(JSON.stringify(project(expectation.json, body)) ?? 'null', 300)}`;
    }
  }
  if (expectation.body && !expectation.body.test(response.body)) {
    return `expected the body to match /${expectation.body.source}/, got ${quote(response.body.trim())}`;
  }
  return undefined;
}
