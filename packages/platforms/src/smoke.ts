import { errorMessage, type CheckResult } from '@runbook/core';
import { DEFAULT_CONCURRENCY, smokeTest, type ProbeSpec } from '@runbook/http-probe';
import type { Timeline } from './timeline.ts';

export interface SmokeOutcome {
  ok: boolean;
  results: CheckResult[];
  /** `smoke checks: 2 of 2 passed`, or the first failure in plain words. */
  summary: string;
}

/**
 * The smoke checks after a rollout, through @runbook/http-probe (retries with backoff,
 * expectations, reasons in plain words), all at once. Each service is judged by its own checks
 * plus the shared ones (`smoke-urls` when several services deploy together).
 */
export async function smokeCheckServices(keys: readonly string[], probes: readonly ProbeSpec[], timeline: Timeline): Promise<Map<string, SmokeOutcome>> {
  const outcomes = new Map<string, SmokeOutcome>();
  if (probes.length === 0) return outcomes;
  timeline.add(keys.join(', '), `smoke checks: ${probes.length} URL(s)`);
  let results: CheckResult[];
  try {
    results = await smokeTest({ probes: [...probes], concurrency: DEFAULT_CONCURRENCY });
  } catch (error) {
    // A probe that throws (a header the HTTP client refuses…) is a failed check, not a crash.
    const summary = `the smoke checks could not run: ${errorMessage(error)}`;
    timeline.add(keys.join(', '), summary);
    return new Map(keys.map((key) => [key, { ok: false, results: [], summary }]));
  }
  for (const r of results) timeline.add(r.subject, `smoke ${r.status === 'pass' ? 'ok' : 'FAILED'} ${r.target}: ${r.summary}`);
  const shared = results.filter((r) => !keys.includes(r.subject));
  for (const key of keys) {
    const mine = [...results.filter((r) => r.subject === key), ...shared];
    if (mine.length === 0) continue;
    const failed = mine.filter((r) => r.status === 'fail');
    const first = failed[0];
    const summary = first
      ? `smoke check ${first.target} failed: ${first.summary}${failed.length > 1 ? ` (and ${failed.length - 1} more)` : ''}`
      : `smoke checks: ${mine.length} of ${mine.length} passed`;
    outcomes.set(key, { ok: !first, results: mine, summary });
  }
  return outcomes;
}
