import { isIP } from 'node:net';
import { DURATION_MAX, durationValue, integerValue, quote, type InputReader } from '@runbook/core';
import type { CertTarget } from './cert-check.ts';
import { hostSpecValue } from './host-spec.ts';
import { targetsFromConfig, targetsFromHosts, type TargetDefaults } from './targets.ts';
import { DEFAULT_MIN_KEY_BITS, minKeyBitsValue } from './thresholds.ts';

/** The cert-check inputs, as named in action.yml and as CLI flags. */
export const CERT_CHECK_INPUTS = [
  'hosts',
  'warn-days',
  'critical-days',
  'servername',
  'ca-file',
  'min-key-bits',
  'timeout',
  'retries',
  'retry-delay',
  'concurrency',
  'runbook',
  'config',
  'environment',
] as const;

export interface CertCheckPlan {
  targets: CertTarget[];
  concurrency: number;
}

const days = (text: string) => integerValue(text, 0, 3650);

function readServername(reader: InputReader): string | undefined {
  const text = reader.text('servername');
  if (text === '') return undefined;
  const parsed = hostSpecValue(text);
  if (!parsed.ok || text.includes(':') || isIP(text)) reader.fail('servername', `expected a DNS name like example.com, got ${quote(text)}`);
  return parsed.value.host;
}

/** A host listed twice (inline and in the config, say) is checked once, with its first settings: ids key incidents. */
function uniqueById(targets: readonly CertTarget[]): CertTarget[] {
  const byId = new Map<string, CertTarget>();
  for (const target of targets) if (!byId.has(target.id)) byId.set(target.id, target);
  return [...byId.values()];
}

/** Turns the inputs into concrete targets, validating everything before any connection is made. */
export async function planCertCheck(reader: InputReader): Promise<CertCheckPlan> {
  const criticalDays = reader.parse('critical-days', days, 7);
  const warnDays = reader.parse('warn-days', days, 30);
  if (warnDays < criticalDays) reader.fail('warn-days', `expected at least critical-days (${criticalDays}), got ${warnDays}`);
  const ca = reader.pemCertificates('ca-file');
  const runbook = reader.text('runbook');
  const defaults: TargetDefaults = {
    thresholds: { warnDays, criticalDays, minKeyBits: reader.parse('min-key-bits', minKeyBitsValue, DEFAULT_MIN_KEY_BITS) },
    timeoutMs: reader.parse('timeout', (t) => durationValue(t, { max: DURATION_MAX.request }), 10_000),
    retries: reader.parse('retries', (t) => integerValue(t, 0, 10), 2),
    retryDelayMs: reader.parse('retry-delay', (t) => durationValue(t, { allowZero: true, max: DURATION_MAX.retryDelay }), 2_000),
    ...(ca ? { ca } : {}),
    ...(runbook ? { runbook } : {}),
  };
  const servername = readServername(reader);
  const concurrency = reader.parse('concurrency', (t) => integerValue(t, 1, 1000), 16);
  const hosts = reader.list('hosts').map((line, i) => {
    const parsed = hostSpecValue(line);
    return parsed.ok ? parsed.value : reader.fail('hosts', `line ${i + 1}: ${parsed.expected}`);
  });
  const configPath = reader.text('config');
  const environment = reader.text('environment');
  const inline = targetsFromHosts(hosts, environment || 'default', servername, defaults);
  if (hosts.length > 0 && !configPath) return { targets: uniqueById(inline), concurrency };
  if (environment === '') {
    if (hosts.length > 0) reader.fail('environment', 'expected the environment to read from the config');
    reader.fail('hosts', 'expected at least one host (host, host:port or an https:// URL), or config and environment to take the certs from');
  }
  const { DEFAULT_CONFIG_PATH, loadEnvironment } = await import('@runbook/core/config');
  const path = configPath || DEFAULT_CONFIG_PATH;
  const fromConfig = targetsFromConfig(loadEnvironment(path, environment), environment, defaults);
  if (fromConfig.length === 0 && hosts.length === 0) reader.fail('environment', `no certs are configured for "${environment}" in ${path}`);
  return { targets: uniqueById([...inline, ...fromConfig]), concurrency };
}
