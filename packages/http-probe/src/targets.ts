import { headerValueValue, UsageError, type EnvironmentConfig } from '@runbook/core';
import type { ProbeSpec } from './probe.ts';
import { shownUrl } from './request.ts';
import { probeId } from './smoke-test.ts';

/** Settings that apply to every URL unless a config entry says otherwise. */
export type ProbeDefaults = Omit<ProbeSpec, 'id' | 'environment' | 'service' | 'url' | 'body' | 'severity' | 'problem'>;

export function basicAuthHeader(userPassword: string): string {
  return `Basic ${Buffer.from(userPassword).toString('base64')}`;
}

/** A `user:password` value and its password on its own, both to be masked. */
export function basicAuthSecrets(userPassword: string): string[] {
  const colon = userPassword.indexOf(':');
  return colon < 0 ? [userPassword] : [userPassword, userPassword.slice(colon + 1)];
}

/** Credentials written into a URL (`https://user:pass@host/`), as sent and as written. */
export function urlSecrets(url: URL): string[] {
  if (!url.password) return [];
  const decode = (part: string): string => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  };
  const [user, password] = [decode(url.username), decode(url.password)];
  return [...new Set([`${user}:${password}`, password, `${url.username}:${url.password}`, url.password])];
}

/** Without a `service` name, each URL's host is its service: a host whose every URL is down is P1. */
export function probesFromUrls(urls: readonly URL[], environment: string, service: string | undefined, defaults: ProbeDefaults): ProbeSpec[] {
  return urls.map((url) => {
    const subject = service ?? url.host;
    return { ...defaults, id: probeId(environment, subject, shownUrl(url)), environment, service: subject, url };
  });
}

export interface ConfigProbes {
  probes: ProbeSpec[];
  /** Values read from the environment, and URL credentials, that must be masked. */
  secrets: string[];
}

export interface ConfigProbeOptions {
  /** The config file, named in usage errors. */
  source?: string;
  /**
   * A variable that is not set is a usage error instead of a failed check: a deploy must not
   * start when a check it will need after the rollout cannot be sent.
   */
  refuseUnset?: boolean;
}

const VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * Every service's health checks of one environment. Secrets come from environment variables
 * named in the config (`basic-auth-env`, `${VAR}` in header values), never from the file itself.
 * A variable that is not set fails that check alone (its `problem`) unless `refuseUnset`; a
 * header that is not valid HTTP once filled in is a usage error naming its path, before anything
 * is sent.
 */
export function probesFromConfig(
  env: EnvironmentConfig,
  environment: string,
  defaults: ProbeDefaults,
  readEnv: (name: string) => string | undefined,
  options: ConfigProbeOptions = {},
): ConfigProbes {
  const { source, refuseUnset = false } = options;
  const secrets: string[] = [];
  const probes: ProbeSpec[] = [];
  for (const [service, svc] of Object.entries(env.services)) {
    svc.health.forEach((check, i) => {
      const path = `${source ? `${source}: ` : ''}environments.${environment}.services.${service}.health[${i}]`;
      const problems: string[] = [];
      const fromEnv = (name: string, at: string): string => {
        const value = readEnv(name);
        if (value !== undefined && value !== '') {
          secrets.push(value);
          return value;
        }
        const problem = `${name} is ${value === undefined ? 'not set' : 'empty'}`;
        if (refuseUnset) throw new UsageError(`${path}.${at}`, `environment variable ${problem}`);
        problems.push(`${at}: ${problem}`);
        return '';
      };
      const headers = { ...defaults.headers };
      for (const [name, template] of Object.entries(check.headers ?? {})) {
        const missing = problems.length;
        const value = template.replace(VARIABLE, (_, v: string) => fromEnv(v, `headers.${name}`));
        headers[name.toLowerCase()] = value;
        if (value === template || problems.length > missing) continue;
        secrets.push(value);
        const valid = headerValueValue(value);
        if (!valid.ok) throw new UsageError(`${path}.headers.${name}`, `${valid.expected}, once its variables were filled in`);
      }
      const auth = check['basic-auth-env'];
      if (auth) {
        const userPassword = fromEnv(auth, 'basic-auth-env');
        secrets.push(...(userPassword ? basicAuthSecrets(userPassword) : []));
        headers.authorization = basicAuthHeader(userPassword);
      }
      const url = new URL(check.url);
      secrets.push(...urlSecrets(url));
      const runbook = check.runbook ?? svc.runbook ?? defaults.runbook;
      const maxP95Ms = check['max-p95'] ?? defaults.maxP95Ms;
      const maxErrorRate = check['max-error-rate'] ?? defaults.maxErrorRate;
      const json = check.expect?.json ?? defaults.expect.json;
      const body = check.expect?.body ?? defaults.expect.body;
      probes.push({
        ...defaults,
        id: probeId(environment, service, shownUrl(url)),
        environment,
        service,
        url,
        method: check.method,
        headers,
        ...(check.body === undefined ? {} : { body: check.body }),
        expect: { status: check.expect?.status ?? defaults.expect.status, ...(json ? { json } : {}), ...(body ? { body } : {}) },
        timeoutMs: check.timeout ?? defaults.timeoutMs,
        retries: check.retries ?? defaults.retries,
        samples: check.samples ?? defaults.samples,
        ...(maxP95Ms === undefined ? {} : { maxP95Ms }),
        ...(maxErrorRate === undefined ? {} : { maxErrorRate }),
        ...(check.severity ? { severity: check.severity } : {}),
        ...(runbook ? { runbook } : {}),
        ...(problems.length ? { problem: problems.join('; ') } : {}),
      });
    });
  }
  return { probes, secrets };
}
