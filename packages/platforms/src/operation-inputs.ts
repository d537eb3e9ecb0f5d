import { DURATION_MAX, durationValue, httpUrlValue, quote, type InputReader } from '@runbook/core';
import { PROBE_DEFAULTS, probesFromUrls, type ProbeSpec } from '@runbook/http-probe';
import type { Operation, ServiceTarget } from './driver.ts';

/** What deploy and rollback read alike on every platform, before their services. */
export interface CommonInputs {
  waitTimeoutMs: number;
  pollIntervalMs: number;
  smokeUrls: URL[];
  dryRun: boolean;
}

export function commonInputs(reader: InputReader): CommonInputs {
  const waitTimeoutMs = reader.parse('wait-timeout', (t) => durationValue(t, { max: DURATION_MAX.waitTimeout }), 20 * 60_000);
  const pollIntervalMs = reader.parse('poll-interval', (t) => durationValue(t, { max: 60_000 }), 2_000);
  if (pollIntervalMs < 50) reader.fail('poll-interval', `expected from 50ms to 1m, got ${quote(reader.text('poll-interval'))}`);
  const smokeUrls = reader.list('smoke-urls').map((line) => {
    const parsed = httpUrlValue(line);
    return parsed.ok ? parsed.value : reader.fail('smoke-urls', parsed.expected);
  });
  return { waitTimeoutMs, pollIntervalMs, smokeUrls, dryRun: reader.boolean('dry-run', false) };
}

/** The operation from the common inputs and the resolved services: `smoke-urls` belong to the one service, or are shared. */
export function operationOf<T extends ServiceTarget>(reader: InputReader, common: CommonInputs, resolved: { environment: string; targets: T[]; secrets: string[] }): Operation<T> {
  const { environment, targets, secrets } = resolved;
  const smokeService = targets.length === 1 ? (targets[0] as T).key : 'smoke-urls';
  const smokeProbes: ProbeSpec[] = probesFromUrls(common.smokeUrls, environment, smokeService, PROBE_DEFAULTS);
  return { environment, targets, waitTimeoutMs: common.waitTimeoutMs, pollIntervalMs: common.pollIntervalMs, smokeProbes, dryRun: common.dryRun, secrets, inputLabel: reader.label };
}

/** Names in `services` (lines, commas or spaces, as a workflow_dispatch text field gives them), or the one `service`. */
export function serviceNames(reader: InputReader, nameRule: { pattern: RegExp; expected: string }, hint: string): { names: string[]; input: 'services' | 'service' } {
  const single = reader.declares('service') ? reader.text('service') : '';
  const list = reader.text('services');
  if (single && list) reader.fail('service', 'expected service or services, not both');
  const input = single ? 'service' : 'services';
  const names = (single || list).split(/[\s,]+/).filter(Boolean);
  if (names.length === 0) reader.fail('services', `expected one or more services: ${hint}`);
  if (single && names.length > 1) reader.fail('service', `expected one service name, got ${names.length} (give several in services)`);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) reader.fail(input, `${quote(twice)} is given twice`);
  const bad = names.find((n) => !nameRule.pattern.test(n));
  if (bad) reader.fail(input, `${nameRule.expected}, got ${quote(bad)}`);
  return { names, input };
}
