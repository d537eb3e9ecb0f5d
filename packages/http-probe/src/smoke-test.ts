import { errorMessage, mapLimit, percentile, type CheckResult, type Severity } from '@runbook/core';
import { formatRate, probe, type ProbeOptions, type ProbeOutcome, type ProbeSpec } from './probe.ts';
import { shownUrl } from './request.ts';

export interface SmokeTestRequest {
  probes: ProbeSpec[];
  concurrency: number;
  onProgress?: (outcome: ProbeOutcome, done: number, total: number) => void;
}

export function probeId(environment: string, service: string, url: string): string {
  return `http:${environment}/${service}/${url}`;
}

/**
 * Severity by the runbooks' levels: every URL of a service down means the service is down (P1),
 * some URLs down means part of it is (P2), a missed latency or error-rate SLO is degradation (P3).
 */
export function severityOf(outcome: ProbeOutcome, serviceFullyDown: boolean): Severity | undefined {
  if (outcome.up && !outcome.sloMissed) return undefined;
  if (outcome.spec.severity) return outcome.spec.severity;
  if (!outcome.up) return serviceFullyDown ? 'P1' : 'P2';
  return 'P3';
}

export function toResult(outcome: ProbeOutcome, serviceFullyDown: boolean): CheckResult {
  const { spec } = outcome;
  const severity = severityOf(outcome, serviceFullyDown);
  const p50 = percentile(outcome.latenciesMs, 50);
  const p95 = percentile(outcome.latenciesMs, 95);
  const max = outcome.latenciesMs.length ? Math.max(...outcome.latenciesMs) : undefined;
  const ms = (v: number | undefined): number | null => (v === undefined ? null : Math.round(v));
  const passed = outcome.up && !outcome.sloMissed;
  const summary = passed
    ? `HTTP ${outcome.status} in ${ms(p95)}ms${outcome.attempts > 1 ? ` after ${outcome.attempts} attempts` : ''}`
    : (outcome.reason ?? 'failed');
  return {
    id: spec.id,
    kind: 'smoke-test',
    subject: spec.service,
    target: shownUrl(spec.url),
    status: passed ? 'pass' : 'fail',
    ...(severity ? { severity } : {}),
    summary,
    evidence: {
      method: spec.method,
      url: shownUrl(spec.url),
      status: outcome.status ?? null,
      attempts: outcome.attempts,
      samples: spec.samples,
      'p50 ms': ms(p50),
      'p95 ms': ms(p95),
      'max ms': ms(max),
      'error rate': formatRate(outcome.failedSamples / spec.samples),
      reason: outcome.reason ?? null,
    },
    ...(spec.runbook ? { runbook: spec.runbook } : {}),
    startedAt: outcome.startedAt,
    durationMs: outcome.durationMs,
  };
}

/** The results of the outcomes so far: a service is fully down when each of its URLs checked so far is. */
export function resultsOf(outcomes: readonly ProbeOutcome[]): CheckResult[] {
  const serviceKey = (o: ProbeOutcome): string => `${o.spec.environment}/${o.spec.service}`;
  const downByService = new Map<string, boolean>();
  for (const o of outcomes) downByService.set(serviceKey(o), (downByService.get(serviceKey(o)) ?? true) && !o.up);
  return outcomes.map((o) => toResult(o, downByService.get(serviceKey(o)) ?? false));
}

/** A probe that threw (a bug, an error nobody foresaw) fails its own check, never the others. */
async function probeSafely(spec: ProbeSpec, options: ProbeOptions): Promise<ProbeOutcome> {
  const startedAt = new Date().toISOString();
  const started = performance.now();
  try {
    return await probe(spec, options);
  } catch (error) {
    const reason = `the check failed unexpectedly: ${errorMessage(error)}`;
    return { spec, up: false, reason, sloMissed: false, attempts: 1, latenciesMs: [], failedSamples: spec.samples, startedAt, durationMs: Math.round(performance.now() - started) };
  }
}

export async function smokeTest(request: SmokeTestRequest, options: ProbeOptions = {}): Promise<CheckResult[]> {
  let done = 0;
  const outcomes = await mapLimit(request.probes, request.concurrency, async (spec) => {
    const outcome = await probeSafely(spec, options);
    request.onProgress?.(outcome, ++done, request.probes.length);
    return outcome;
  });
  return resultsOf(outcomes);
}
