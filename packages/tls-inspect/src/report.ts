import { headline, worstStatus, type CheckResult, type Emitter, type Table } from '@runbook/core';
import { certCheck } from './cert-check.ts';
import { formatDay } from './dates.ts';
import type { CertCheckPlan } from './options.ts';

const daysLeft = (r: CheckResult): number | undefined => (typeof r.evidence['days left'] === 'number' ? r.evidence['days left'] : undefined);

/** Hosts without a certificate first (they could not be checked), then the soonest to expire. */
export function byDaysLeft(a: CheckResult, b: CheckResult): number {
  const [x, y] = [daysLeft(a) ?? -Infinity, daysLeft(b) ?? -Infinity];
  return x === y ? 0 : x < y ? -1 : 1;
}

/** `O=Acme, CN=Acme CA` → `Acme CA`. */
const commonName = (dn: unknown): string => (typeof dn === 'string' ? (/(?:^|, )CN=([^,]+)/.exec(dn)?.[1] ?? dn) : '–');
const cell = (value: unknown): string => (value === null || value === undefined || value === '' ? '–' : String(value));

export function certCheckTable(results: readonly CheckResult[]): Table {
  const rows = [...results].sort(byDaysLeft).map((r) => {
    const notAfter = r.evidence['not after'];
    const bits = r.evidence['key bits'];
    return [
      r.subject,
      r.target,
      `${r.status}${r.severity ? ` ${r.severity}` : ''}`,
      cell(daysLeft(r)),
      typeof notAfter === 'string' ? formatDay(new Date(notAfter)) : '–',
      commonName(r.evidence.issuer),
      r.evidence['key type'] ? `${cell(r.evidence['key type'])}${bits === null ? '' : ` ${cell(bits)}`}` : '–',
      cell(r.evidence.protocol),
      r.status === 'pass' ? '' : r.summary,
    ];
  });
  return { columns: ['host', 'address', 'result', 'days left', 'expires', 'issuer', 'key', 'protocol', 'findings'], rows };
}

/** Runs the plan, reports through the emitter, and returns the results. */
export async function runCertCheck(plan: CertCheckPlan, emitter: Emitter): Promise<CheckResult[]> {
  emitter.progress(`Checking ${plan.targets.length} certificate(s), ${plan.concurrency} at a time`);
  const done: CheckResult[] = [];
  const results = await certCheck({
    targets: plan.targets,
    concurrency: plan.concurrency,
    onProgress: (r, count, total) => {
      done.push(r);
      emitter.record([...done]);
      emitter.progress(`[${count}/${total}] ${r.status === 'pass' ? 'ok  ' : r.status === 'warn' ? 'WARN' : 'FAIL'} ${r.target} — ${r.summary}`);
    },
  });
  const left = results.flatMap((r) => daysLeft(r) ?? []);
  await emitter.report({
    action: 'cert-check',
    headline: headline(results, 'certificates'),
    results,
    table: certCheckTable(results),
    outputs: {
      status: worstStatus(results),
      'min-days-left': left.length ? String(Math.min(...left)) : '',
    },
  });
  return results;
}
