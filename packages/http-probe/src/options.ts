import { DURATION_MAX, durationValue, headerNameValue, headerValueValue, httpUrlValue, integerValue, jsonObjectValue, rateValue, statusSpecValue, type InputReader } from '@runbook/core';
import type { ProbeSpec } from './probe.ts';
import { SENSITIVE_HEADER, type HttpMethod } from './request.ts';
import { basicAuthHeader, basicAuthSecrets, probesFromConfig, probesFromUrls, urlSecrets, type ProbeDefaults } from './targets.ts';

/** The smoke-test inputs, as named in action.yml and as CLI flags. */
export const SMOKE_TEST_INPUTS = [
  'urls',
  'method',
  'headers',
  'basic-auth',
  'expect-status',
  'expect-json',
  'expect-body',
  'timeout',
  'retries',
  'retry-delay',
  'samples',
  'max-p95',
  'max-error-rate',
  'concurrency',
  'follow-redirects',
  'ca-file',
  'service',
  'runbook',
  'config',
  'environment',
] as const;

export interface SmokeTestPlan {
  probes: ProbeSpec[];
  concurrency: number;
  environment: string;
  /** Values to mask everywhere. */
  secrets: string[];
  configPath?: string;
}

/** What a check does unless an input or a config entry says otherwise (the smoke-test inputs' defaults). */
export const PROBE_DEFAULTS: ProbeDefaults = {
  method: 'GET',
  headers: {},
  expect: { status: [{ min: 200, max: 200 }] },
  timeoutMs: 10_000,
  retries: 2,
  retryDelayMs: 2_000,
  samples: 1,
  maxRedirects: 5,
};
export const DEFAULT_CONCURRENCY = 16;

export function parseHeaders(reader: InputReader, name: string): { headers: Record<string, string>; secrets: string[] } {
  const headers: Record<string, string> = {};
  const secrets: string[] = [];
  reader.list(name).forEach((line, i) => {
    const colon = line.indexOf(':');
    if (colon <= 0) reader.fail(name, `line ${i + 1} is not a "Name: value" header (a name, then a colon)`);
    const key = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    const problem = [headerNameValue(key), headerValueValue(value)].find((r) => !r.ok);
    if (problem && !problem.ok) reader.fail(name, `line ${i + 1}: ${problem.expected}`);
    headers[key.toLowerCase()] = value;
    if (SENSITIVE_HEADER.test(key)) secrets.push(value);
  });
  return { headers, secrets };
}

/** Turns the inputs into concrete probes, validating everything before anything is sent. */
export async function planSmokeTest(reader: InputReader, env: Record<string, string | undefined>): Promise<SmokeTestPlan> {
  const method = reader.choice<HttpMethod>('method', ['GET', 'HEAD', 'POST'], PROBE_DEFAULTS.method);
  const { headers, secrets } = parseHeaders(reader, 'headers');
  const basicAuth = reader.text('basic-auth');
  if (basicAuth !== '') {
    if (!basicAuth.includes(':')) reader.fail('basic-auth', 'expected user:password');
    secrets.push(...basicAuthSecrets(basicAuth));
    headers.authorization = basicAuthHeader(basicAuth);
  }
  const json = reader.parse('expect-json', jsonObjectValue);
  // RE2 is 263 KB of code: loaded only when a pattern is given.
  const body = reader.text('expect-body') ? reader.parse('expect-body', (await import('@runbook/core/pattern')).patternValue) : undefined;
  if (method === 'HEAD' && (json || body)) reader.fail(json ? 'expect-json' : 'expect-body', 'expected no body check with method HEAD (a HEAD answer has no body)');
  const maxP95Ms = reader.parse('max-p95', (t) => durationValue(t, { max: DURATION_MAX.request }));
  const maxErrorRate = reader.parse('max-error-rate', rateValue);
  const ca = reader.pemCertificates('ca-file');
  const runbook = reader.text('runbook');
  const defaults: ProbeDefaults = {
    method,
    headers,
    expect: {
      status: reader.parse('expect-status', statusSpecValue, PROBE_DEFAULTS.expect.status),
      ...(json ? { json } : {}),
      ...(body ? { body } : {}),
    },
    timeoutMs: reader.parse('timeout', (t) => durationValue(t, { max: DURATION_MAX.request }), PROBE_DEFAULTS.timeoutMs),
    retries: reader.parse('retries', (t) => integerValue(t, 0, 10), PROBE_DEFAULTS.retries),
    retryDelayMs: reader.parse('retry-delay', (t) => durationValue(t, { allowZero: true, max: DURATION_MAX.retryDelay }), PROBE_DEFAULTS.retryDelayMs),
    samples: reader.parse('samples', (t) => integerValue(t, 1, 1000), PROBE_DEFAULTS.samples),
    ...(maxP95Ms === undefined ? {} : { maxP95Ms }),
    ...(maxErrorRate === undefined ? {} : { maxErrorRate }),
    maxRedirects: reader.boolean('follow-redirects', true) ? PROBE_DEFAULTS.maxRedirects : 0,
    ...(ca ? { ca } : {}),
    ...(runbook ? { runbook } : {}),
  };
  const concurrency = reader.parse('concurrency', (t) => integerValue(t, 1, 1000), DEFAULT_CONCURRENCY);
  const urls = reader.list('urls').map((line) => {
    const parsed = httpUrlValue(line);
    return parsed.ok ? parsed.value : reader.fail('urls', parsed.expected);
  });
  secrets.push(...urls.flatMap(urlSecrets));
  const configPath = reader.text('config');
  const environment = reader.text('environment');
  const probes: ProbeSpec[] = [];
  const plan = { probes, concurrency, environment: environment || 'default', secrets };
  if (urls.length > 0) {
    probes.push(...probesFromUrls(urls, plan.environment, reader.text('service') || undefined, defaults));
    if (!configPath) return plan;
  }
  if (environment === '') reader.fail(urls.length ? 'environment' : 'urls', urls.length ? 'expected the environment to read from the config' : 'expected at least one URL, or config and environment to take the health checks from');
  const { DEFAULT_CONFIG_PATH, loadEnvironment } = await import('@runbook/core/config');
  const path = configPath || DEFAULT_CONFIG_PATH;
  const fromConfig = probesFromConfig(loadEnvironment(path, environment), environment, defaults, (name) => env[name], { source: path });
  if (fromConfig.probes.length === 0 && probes.length === 0) reader.fail('environment', `no health checks are configured for "${environment}" in ${path}`);
  probes.push(...fromConfig.probes);
  return { ...plan, secrets: [...secrets, ...fromConfig.secrets], configPath: path };
}
