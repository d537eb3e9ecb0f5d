import { UsageError, type EnvironmentConfig } from '@runbook/core';
import { certId, type CertTarget } from './cert-check.ts';
import { hostSpecValue, type HostPort } from './host-spec.ts';

/** Settings that apply to every host unless a config entry says otherwise. */
export type TargetDefaults = Pick<CertTarget, 'ca' | 'timeoutMs' | 'retries' | 'retryDelayMs' | 'thresholds' | 'runbook'>;

function target(environment: string, { host, port }: HostPort, servername: string | undefined, defaults: TargetDefaults): CertTarget {
  return { ...defaults, id: certId(environment, host, port, servername), environment, host, port, ...(servername ? { servername } : {}) };
}

export function targetsFromHosts(hosts: readonly HostPort[], environment: string, servername: string | undefined, defaults: TargetDefaults): CertTarget[] {
  return hosts.map((hostPort) => target(environment, hostPort, servername, defaults));
}

/** The `certs:` entries of one environment; each entry's own thresholds win over the inputs'. */
export function targetsFromConfig(env: EnvironmentConfig, environment: string, defaults: TargetDefaults): CertTarget[] {
  return env.certs.map((entry, i) => {
    const parsed = hostSpecValue(entry.host);
    if (!parsed.ok) throw new UsageError(`environments.${environment}.certs[${i}].host`, parsed.expected);
    const given = entry['min-key-bits'];
    const inherited = defaults.thresholds.minKeyBits;
    const warnDays = entry['warn-days'] ?? defaults.thresholds.warnDays;
    const criticalDays = entry['critical-days'] ?? defaults.thresholds.criticalDays;
    if (warnDays < criticalDays) {
      const path = `environments.${environment}.certs[${i}].${entry['warn-days'] === undefined ? 'critical-days' : 'warn-days'}`;
      throw new UsageError(path, `expected warn-days (${warnDays}) to be at least critical-days (${criticalDays})`);
    }
    const minKeyBits = typeof given === 'number' ? { ...inherited, rsa: given } : { rsa: given?.rsa ?? inherited.rsa, ec: given?.ec ?? inherited.ec };
    const t = target(environment, { host: parsed.value.host, port: entry.port ?? parsed.value.port }, entry.servername, {
      ...defaults,
      thresholds: {
        warnDays,
        criticalDays,
        minKeyBits,
      },
      ...(entry.runbook ? { runbook: entry.runbook } : {}),
    });
    return entry.severity ? { ...t, severity: entry.severity } : t;
  });
}
