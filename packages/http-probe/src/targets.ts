import { UsageError, type EnvironmentConfig } from '@runbook/core';
import type { ProbeSpec } from './probe.ts';
import { probeId } from './smoke-test.ts';

/** Settings that apply to every URL unless a config entry says otherwise. */
export type ProbeDefaults = Omit<ProbeSpec, 'id' | 'environment' | 'service' | 'url' | 'body' | 'severity'>;

export function basicAuthHeader(userPassword: string): string {
  return `Basic ${Buffer.from(userPassword).toString('base64')}`;
}

/** Without a `service` name, each URL's host is its service: a host whose every URL is down is P1. */
export function probesFromUrls(urls: readonly URL[], environment: string, service: string | undefined, defaults: ProbeDefaults): ProbeSpec[] {
  return urls.map((url) => {
    const subject = service ?? url.host;
    return { ...defaults, id: probeId(environment, subject, url.href), environment, service: subject, url };
  });
}

export interface ConfigProbes {
  probes: ProbeSpec[];
  /** Values read from the environment that must be masked. */
  secrets: string[];
}

/**
 * Every service's health checks of one environment. Secrets come from environment variables
 * named in the config (`basic-auth-env`, `${VAR}` in header values), never from the file itself.
 */
export function probesFromConfig(
  env: EnvironmentConfig,
  environment: string,
  defaults: ProbeDefaults,
  readEnv: (name: string) => string | undefined,
): ConfigProbes {
  const secrets: string[] = [];
  const probes: ProbeSpec[] = [];
  for (const [service, svc] of Object.entries(env.services)) {
    svc.health.forEach((check, i) => {
      const path = `environments.${environment}.services.${service}.health[${i}]`;
      const fromEnv = (name: string, at: string): string => {
        const value = readEnv(name);
        if (value === undefined || value === '') throw new UsageError(`${path}.${at}`, `environment variable ${name} is not set`);
        secrets.push(value);
        return value;
      };
      const headers = { ...defaults.headers };
      for (const [name, value] of Object.entries(check.headers ?? {})) {
        headers[name.toLowerCase()] = value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, v: string) => fromEnv(v, `headers.${name}`));
      }
      const auth = check['basic-auth-env'];
      if (auth) headers.authorization = basicAuthHeader(fromEnv(auth, 'basic-auth-env'));
      const url = new URL(check.url);
      const runbook = check.runbook ?? svc.runbook ?? defaults.runbook;
      probes.push({
        ...defaults,
        id: probeId(environment, service, url.href),
        environment,
        service,
        url,
        method: check.method,
        headers,
        ...(check.body === undefined ? {} : { body: check.body }),
        expect: {
          status: check.expect?.status ?? defaults.expect.status,
          ...(check.expect?.json ? { json: check.expect.json } : defaults.expect.json ? { json: defaults.expect.json } : {}),
          ...(check.expect?.body ? { body: check.expect.body } : defaults.expect.body ? { body: defaults.expect.body } : {}),
        },
        timeoutMs: check.timeout ?? defaults.timeoutMs,
        retries: check.retries ?? defaults.retries,
        samples: check.samples ?? defaults.samples,
        ...(check['max-p95'] ?? defaults.maxP95Ms) !== undefined ? { maxP95Ms: (check['max-p95'] ?? defaults.maxP95Ms) as number } : {},
        ...(check['max-error-rate'] ?? defaults.maxErrorRate) !== undefined ? { maxErrorRate: (check['max-error-rate'] ?? defaults.maxErrorRate) as number } : {},
        ...(check.severity ? { severity: check.severity } : {}),
        ...(runbook ? { runbook } : {}),
      });
    });
  }
  return { probes, secrets };
}
