import { headline, percentile, worstStatus, type CheckResult, type Emitter, type Table } from '@runbook/core';
import type { ProbeOutcome } from './probe.ts';
import { shownUrl } from './request.ts';
import { resultsOf, smokeTest } from './smoke-test.ts';
import type { SmokeTestPlan } from './options.ts';

const order = { fail: 0, warn: 1, pass: 2 } as const;
const ms = (v: unknown): string => (typeof v === 'number' ? `${v}ms` : '–');

export function smokeTestTable(results: readonly CheckResult[]): Table {
  const rows = [...results]
    .sort((a, b) => order[a.status] - order[b.status])
    .map((r) => [
      r.subject,
      r.target,
      `${r.status}${r.severity ? ` ${r.severity}` : ''}`,
      String(r.evidence.status ?? '–'),
      String(r.evidence.attempts),
      ms(r.evidence['p50 ms']),
      ms(r.evidence['p95 ms']),
      ms(r.evidence['max ms']),
      String(r.evidence['error rate']),
      r.status === 'pass' ? '' : r.summary,
    ]);
  return { columns: ['service', 'url', 'result', 'http', 'attempts', 'p50', 'p95', 'max', 'errors', 'reason'], rows };
}

/** Runs the plan, reports through the emitter, and returns the results. */
export async function runSmokeTest(plan: SmokeTestPlan, emitter: Emitter): Promise<CheckResult[]> {
  emitter.progress(`Checking ${plan.probes.length} URL(s), ${plan.concurrency} at a time`);
  const done: ProbeOutcome[] = [];
  const results = await smokeTest({
    probes: plan.probes,
    concurrency: plan.concurrency,
    onProgress: (o, count, total) => {
      done.push(o);
      emitter.record(resultsOf(done));
      emitter.progress(`[${count}/${total}] ${o.up && !o.sloMissed ? 'ok  ' : 'FAIL'} ${shownUrl(o.spec.url)}${o.reason ? ` — ${o.reason}` : ''}`);
    },
  });
  const latencies = results.flatMap((r) => (typeof r.evidence['p95 ms'] === 'number' ? [r.evidence['p95 ms']] : []));
  await emitter.report({
    action: 'smoke-test',
    headline: headline(results, 'URLs'),
    results,
    table: smokeTestTable(results),
    outputs: {
      status: worstStatus(results),
      failed: String(results.filter((r) => r.status === 'fail').length),
      'p95-ms': String(percentile(latencies, 95) ?? ''),
    },
  });
  return results;
}
