import { percentile, retryWhile, type Severity } from '@runbook/core';
import { mismatch, type Expectation } from './expect.ts';
import { RequestError, retryAfterOf, send, type HttpMethod, type HttpResponse } from './request.ts';

export interface ProbeSpec {
  id: string;
  environment: string;
  service: string;
  url: URL;
  method: HttpMethod;
  headers: Record<string, string>;
  body?: string;
  expect: Expectation;
  timeoutMs: number;
  retries: number;
  retryDelayMs: number;
  samples: number;
  maxP95Ms?: number;
  maxErrorRate?: number;
  maxRedirects: number;
  ca?: string;
  severity?: Severity;
  runbook?: string;
  /** Why this check cannot be sent (a secret it needs is not set): it fails with this, alone. */
  problem?: string;
}

export interface ProbeOutcome {
  spec: ProbeSpec;
  /** The URL answered as expected (after retries). */
  up: boolean;
  /** Why not, or why an SLO was missed, in plain words. */
  reason?: string;
  sloMissed: boolean;
  attempts: number;
  status?: number;
  latenciesMs: number[];
  failedSamples: number;
  startedAt: string;
  durationMs: number;
}

const RETRY_AFTER_CAP_MS = 60_000;

type Attempt = { ok: true; response: HttpResponse } | { ok: false; reason: string; status?: number; retryAfterMs?: number; final: boolean };

async function attempt(spec: ProbeSpec): Promise<Attempt> {
  try {
    const response = await send({
      url: spec.url,
      method: spec.method,
      headers: spec.headers,
      timeoutMs: spec.timeoutMs,
      maxRedirects: spec.maxRedirects,
      ...(spec.body === undefined ? {} : { body: spec.body }),
      ...(spec.ca === undefined ? {} : { ca: spec.ca }),
    });
    const reason = mismatch(spec.expect, response);
    if (!reason) return { ok: true, response };
    // A client error other than timeout/too-early/rate-limit will answer the same way again.
    const final = response.status >= 400 && response.status < 500 && ![408, 425, 429].includes(response.status);
    const retryAfterMs = retryAfterOf(response);
    return { ok: false, reason, status: response.status, final, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
  } catch (error) {
    if (error instanceof RequestError) return { ok: false, reason: error.reason, final: false };
    throw error;
  }
}

export interface ProbeOptions {
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/** The first sample: retried with backoff (or as long as Retry-After says) until it passes or retries run out. */
async function firstSample(spec: ProbeSpec, options: ProbeOptions): Promise<{ result: Attempt; attempts: number }> {
  return retryWhile(
    () => attempt(spec),
    (result) => !result.ok && !result.final,
    {
      retries: spec.retries,
      baseMs: spec.retryDelayMs,
      retryAfterMs: (result) => (result.ok || result.retryAfterMs === undefined ? undefined : Math.min(result.retryAfterMs, RETRY_AFTER_CAP_MS)),
      ...(options.sleep ? { sleep: options.sleep } : {}),
      ...(options.random ? { random: options.random } : {}),
    },
  );
}

/**
 * Checks one URL: the first sample is retried with backoff until it passes or retries run out
 * (a blip never reports a failure); further samples are single requests that measure latency
 * and error rate the way users meet them.
 */
export async function probe(spec: ProbeSpec, options: ProbeOptions = {}): Promise<ProbeOutcome> {
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const latenciesMs: number[] = [];
  const unsent: Attempt | undefined = spec.problem === undefined ? undefined : { ok: false, reason: spec.problem, final: true };
  const { result: last, attempts } = unsent ? { result: unsent, attempts: 0 } : await firstSample(spec, options);
  const durationMs = (): number => Math.round(performance.now() - started);
  if (!last.ok) {
    return {
      spec,
      up: false,
      reason: last.reason,
      sloMissed: false,
      attempts,
      ...(last.status === undefined ? {} : { status: last.status }),
      latenciesMs,
      // Further samples are not sent to a URL that is down; none of them would have passed.
      failedSamples: spec.samples,
      startedAt,
      durationMs: durationMs(),
    };
  }

  latenciesMs.push(last.response.latencyMs);
  let failedSamples = 0;
  for (let sample = 1; sample < spec.samples; sample++) {
    const result = await attempt(spec);
    if (result.ok) latenciesMs.push(result.response.latencyMs);
    else failedSamples++;
  }

  const p95 = percentile(latenciesMs, 95) ?? 0;
  const errorRate = failedSamples / spec.samples;
  const sloReasons: string[] = [];
  if (spec.maxP95Ms !== undefined && p95 > spec.maxP95Ms) sloReasons.push(`p95 ${Math.round(p95)}ms is over the ${spec.maxP95Ms}ms limit`);
  if (spec.maxErrorRate !== undefined && errorRate > spec.maxErrorRate) {
    sloReasons.push(`error rate ${formatRate(errorRate)} is over the ${formatRate(spec.maxErrorRate)} limit (${failedSamples} of ${spec.samples} requests failed)`);
  }
  return {
    spec,
    up: true,
    ...(sloReasons.length ? { reason: sloReasons.join('; ') } : {}),
    sloMissed: sloReasons.length > 0,
    attempts,
    status: last.response.status,
    latenciesMs,
    failedSamples,
    startedAt,
    durationMs: durationMs(),
  };
}

export function formatRate(rate: number): string {
  return `${Number((rate * 100).toFixed(2))}%`;
}
