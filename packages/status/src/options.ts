import { hostname } from 'node:os';
import { DURATION_MAX, durationValue, integerValue, logSizeValue, rateValue, thresholdPairProblem, usagePercentValue, type InputReader } from '@runbook/core';
import type { EnvironmentConfig, HostConfig } from '@runbook/core/config';
import type { EcsStatusTarget } from './ecs/ecs-check.ts';
import type { HostTarget } from './host/host-check.ts';
import type { Locale } from './host/steps.ts';

export interface StatusCheckPlan {
  hosts: HostTarget[];
  ecs: EcsStatusTarget[];
}

/** What `checks` may name. */
export const CHECKS = ['host', 'status', 'logs', 'metrics'] as const;
type Check = (typeof CHECKS)[number];
/** Error-level lines, as `aws logs tail --filter-pattern ERROR` finds them, and the levels above. */
export const DEFAULT_FILTER = '?ERROR ?CRITICAL ?FATAL';
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

const LOCALES = ['en', 'ja'] as const;
const TOOL_TIMEOUT_MS = 30_000;
const MAX_WINDOW = 31 * 86_400_000;

type Defaults = Omit<HostTarget, 'environment' | 'name' | 'locale'>;

/** The inputs, validated before anything is read; for config hosts they are the defaults each host may override. */
function readDefaults(reader: InputReader): Defaults {
  const percent = (name: string, fallback: number) => reader.parse(name, usagePercentValue, fallback);
  const disk = { warn: percent('disk-warn', 80), critical: percent('disk-critical', 90) };
  const memory = { warn: percent('memory-warn', 80), critical: percent('memory-critical', 90) };
  for (const kind of ['disk', 'memory'] as const) {
    const { warn, critical } = kind === 'disk' ? disk : memory;
    const problem = thresholdPairProblem(warn, critical, `${kind}-warn`, `${kind}-critical`);
    if (problem) reader.fail(`${kind}-warn`, `expected at most ${kind}-critical (${critical}), got ${warn}`);
  }
  const runbook = reader.text('runbook');
  const composeFile = reader.text('compose-file');
  const accessLog = reader.text('access-log');
  const units = reader.list('systemd-units');
  units.forEach((u) => /^[\w@:.\\-]+$/.test(u) || reader.fail('systemd-units', `expected unit names like estimator or httpd.service, got ${JSON.stringify(u)}`));
  return {
    diskPaths: reader.list('disk-paths').length ? reader.list('disk-paths') : ['/'],
    disk,
    memory,
    systemdUnits: units,
    ...(composeFile ? { composeFile } : {}),
    logFiles: reader.list('log-files'),
    maxLogBytes: reader.parse('max-log-size', logSizeValue, 100 * 1024 * 1024),
    errorLogs: reader.list('error-logs'),
    maxErrors: reader.parse('max-errors', (t) => integerValue(t, 0), 0),
    ...(accessLog ? { accessLog } : {}),
    windowMs: reader.parse('window', (t) => durationValue(t, { max: MAX_WINDOW }), 86_400_000),
    maxErrorRate: reader.parse('max-error-rate', rateValue, 0.01),
    maxP95Ms: reader.parse('max-p95', (t) => durationValue(t, { max: DURATION_MAX.request }), 3_000),
    toolTimeoutMs: TOOL_TIMEOUT_MS,
    ...(runbook ? { runbook } : {}),
  };
}

/** A config host: its own values where it has them, else the inputs'. */
function fromConfig(name: string, h: HostConfig, d: Defaults): Omit<HostTarget, 'environment' | 'locale'> {
  const pair = (kind: 'disk' | 'memory') => ({ warn: h[`${kind}-warn`] ?? d[kind]?.warn ?? 80, critical: h[`${kind}-critical`] ?? d[kind]?.critical ?? 90 });
  return {
    ...d,
    name,
    ...(h.hostname ? { hostname: h.hostname } : {}),
    diskPaths: h['disk-paths'] ?? d.diskPaths,
    disk: pair('disk'),
    memory: pair('memory'),
    systemdUnits: h['systemd-units'] ?? d.systemdUnits,
    ...(h['compose-file'] ? { composeFile: h['compose-file'] } : {}),
    logFiles: h['log-files'] ?? d.logFiles,
    maxLogBytes: h['max-log-size'] ?? d.maxLogBytes,
    errorLogs: h['error-logs'] ?? d.errorLogs,
    maxErrors: h['max-errors'] ?? d.maxErrors,
    ...(h['access-log'] ? { accessLog: h['access-log'] } : {}),
    windowMs: h.window ?? d.windowMs,
    maxErrorRate: h['max-error-rate'] ?? d.maxErrorRate,
    maxP95Ms: h['max-p95'] ?? d.maxP95Ms,
    ...(h.severity ? { severity: h.severity } : {}),
    ...(h.runbook ?? d.runbook ? { runbook: h.runbook ?? d.runbook } : {}),
  };
}

function readChecks(reader: InputReader): Set<Check> | undefined {
  const names = reader.text('checks').split(/[\s,]+/).filter(Boolean);
  if (names.length === 0) return undefined;
  for (const name of names) {
    if (!(CHECKS as readonly string[]).includes(name)) reader.fail('checks', `expected any of ${CHECKS.join(', ')}, got ${JSON.stringify(name)}`);
  }
  return new Set(names as Check[]);
}

function regionOf(reader: InputReader, env: Record<string, string | undefined>, fromConfig?: string): string {
  const region = fromConfig ?? (reader.text('region') || env.AWS_REGION || env.AWS_DEFAULT_REGION || '');
  if (!REGION.test(region)) reader.fail('region', region ? `expected an AWS region like ap-northeast-1, got ${JSON.stringify(region)}` : 'expected an AWS region like ap-northeast-1 (or set AWS_REGION)');
  return region;
}

type EcsBase = Pick<EcsStatusTarget, 'limits' | 'locale' | 'environment' | 'status' | 'logs' | 'metrics'> & { runbook?: string };

/** The inline service, or the ECS services of the config environment. */
function ecsTargets(reader: InputReader, env: Record<string, string | undefined>, config: EnvironmentConfig | undefined, base: EcsBase): EcsStatusTarget[] {
  const service = reader.text('service');
  const runbook = base.runbook ? { runbook: base.runbook } : {};
  if (service) {
    const platform = reader.choice('platform', ['ecs', 'cloud-run'] as const, 'ecs');
    if (platform !== 'ecs') reader.fail('platform', 'cloud-run status is not built yet: expected ecs');
    const cluster = reader.text('cluster');
    if (!cluster) reader.fail('cluster', `expected the ECS cluster of service ${JSON.stringify(service)}`);
    return [{ ...base, ...runbook, key: service, cluster, service, region: regionOf(reader, env) }];
  }
  return Object.entries(config?.services ?? {}).flatMap(([key, svc]) => {
    if (svc.platform !== 'ecs') return [];
    const cluster = svc.cluster ?? reader.text('cluster');
    if (!cluster) reader.fail('cluster', `expected a cluster: environments.${base.environment}.services.${key}.cluster is not set`);
    const own = svc.runbook ?? base.runbook;
    return [{ ...base, key, cluster, service: svc.service ?? key, region: regionOf(reader, env, svc.region), ...(own ? { runbook: own } : {}) }];
  });
}

/**
 * Without `config`: this machine and the inline `service`, from the inputs. With `config` and
 * `environment`: the environment's `hosts:` (each with its own values over the inputs') and its
 * ECS services. `checks` narrows what runs; by default, whatever is given.
 */
export async function planStatusCheck(reader: InputReader, env: Record<string, string | undefined> = process.env): Promise<StatusCheckPlan> {
  const checks = readChecks(reader);
  const defaults = readDefaults(reader);
  const maxRolloutMs = reader.parse('max-rollout', (t) => durationValue(t, { max: DURATION_MAX.waitTimeout }), 30 * 60_000);
  const configPath = reader.text('config');
  const environment = reader.text('environment') || 'default';
  const inputLocale = reader.text('locale') ? reader.choice('locale', LOCALES, 'en') : undefined;
  let config: EnvironmentConfig | undefined;
  let locale: Locale = inputLocale ?? 'en';
  if (configPath) {
    if (!reader.text('environment')) reader.fail('environment', 'expected the environment whose hosts: and services: to check in the config');
    const { loadConfig, selectEnvironment } = await import('@runbook/core/config');
    const file = loadConfig(configPath);
    config = selectEnvironment(file, environment, configPath);
    locale = inputLocale ?? file.locale;
  }
  const wants = (check: Check, byDefault: boolean): boolean => (checks ? checks.has(check) : byDefault);
  const logFilter = reader.text('log-filter') || DEFAULT_FILTER;
  const metrics = { maxCpu: reader.parse('max-cpu', usagePercentValue, 80), maxMemory: reader.parse('max-memory', usagePercentValue, 85), maxErrorRate: defaults.maxErrorRate, maxP95Ms: defaults.maxP95Ms };
  const base: EcsBase = {
    environment,
    locale,
    limits: { maxRolloutMs, windowMs: defaults.windowMs },
    status: wants('status', true),
    ...(wants('logs', false) ? { logs: { filter: logFilter, maxErrors: defaults.maxErrors } } : {}),
    ...(wants('metrics', false) ? { metrics } : {}),
    ...(defaults.runbook ? { runbook: defaults.runbook } : {}),
  };

  const ecs = base.status || base.logs || base.metrics ? ecsTargets(reader, env, config, base) : [];
  const configHosts = Object.entries(config?.hosts ?? {});
  const inlineHost = !config && !reader.text('service');
  const hosts = !wants('host', inlineHost || configHosts.length > 0)
    ? []
    : config
      ? configHosts.map(([name, h]) => ({ ...fromConfig(name, h, defaults), environment, locale }))
      : [{ ...defaults, environment, name: hostname(), locale }];
  if (['status', 'logs', 'metrics'].some((c) => checks?.has(c as Check)) && ecs.length === 0) reader.fail('service', config ? `no ECS services are configured for "${environment}" in ${configPath}` : 'expected the ECS service whose status to check (with cluster)');
  if (checks?.has('host') && hosts.length === 0) reader.fail('environment', `no hosts: are configured for "${environment}" in ${configPath}`);
  if (hosts.length + ecs.length === 0) reader.fail('environment', `nothing to check for "${environment}" in ${configPath}: no hosts: and no ECS services`);
  return { hosts, ecs };
}
