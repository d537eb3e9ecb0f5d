import { describe, expect, it } from 'vitest';
import type { ProbeOutcome, ProbeSpec } from './probe.ts';
import { severityOf, toResult } from './smoke-test.ts';

const spec = (over: Partial<ProbeSpec> = {}): ProbeSpec => ({
  id: 'http:production/api/https://x/health',
  environment: 'production',
  service: 'api',
  url: new URL('https://x/health'),
  method: 'GET',
  headers: {},
  expect: { status: [{ min: 200, max: 200 }] },
  timeoutMs: 1_000,
  retries: 0,
  retryDelayMs: 10,
  samples: 4,
  maxRedirects: 5,
  ...over,
});

const outcome = (over: Partial<ProbeOutcome> = {}): ProbeOutcome => ({
  spec: spec(),
  up: true,
  sloMissed: false,
  attempts: 1,
  status: 200,
  latenciesMs: [10, 20, 30, 400],
  failedSamples: 0,
  startedAt: '2026-11-23T00:00:00.000Z',
  durationMs: 460,
  ...over,
});

describe('severityOf', () => {
  it('follows runbook 001 levels', () => {
    expect(severityOf(outcome(), false)).toBeUndefined();
    expect(severityOf(outcome({ up: false }), true)).toBe('P1');
    expect(severityOf(outcome({ up: false }), false)).toBe('P2');
    expect(severityOf(outcome({ sloMissed: true }), false)).toBe('P3');
    expect(severityOf(outcome({ up: false, spec: spec({ severity: 'P4' }) }), true)).toBe('P4');
  });
});

describe('toResult', () => {
  it('summarizes latency and keeps the evidence', () => {
    const r = toResult(outcome({ attempts: 3 }), false);
    expect(r).toMatchObject({ status: 'pass', summary: 'HTTP 200 in 400ms after 3 attempts', evidence: { 'p50 ms': 20, 'p95 ms': 400, 'max ms': 400, 'error rate': '0%', attempts: 3 } });
    expect(r.severity).toBeUndefined();
  });

  it('reports the error rate of the samples', () => {
    const r = toResult(outcome({ failedSamples: 1, sloMissed: true, reason: 'error rate 25% is over the 1% limit (1 of 4 requests failed)' }), false);
    expect(r).toMatchObject({ status: 'fail', severity: 'P3', evidence: { 'error rate': '25%' } });
  });
});
