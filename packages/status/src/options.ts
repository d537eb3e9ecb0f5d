import { hostname } from 'node:os';
import { DURATION_MAX, durationValue, httpUrlValue, integerValue, withoutCredentials, logSizeValue, rateValue, thresholdPairProblem, usagePercentValue, type InputReader } from '@runbook/core';
import type { CloudRunStatusConfig, EcsStatusConfig, EnvironmentConfig, HostConfig, ServiceMetricsConfig } from '@runbook/core/config';
import type { CloudRunStatusTarget, GcpEndpoints } from './cloud-run/target.ts';
import { DEFAULT_CLOUD_LOGGING_FILTER } from './cloud-run/target.ts';
import type { EcsStatusTarget, MetricLimits } from './ecs/ecs-check.ts';
import type { HostTarget } from './host/host-check.ts';
import { JOURNAL_PREFIX } from './host/journal.ts';
import type { Locale } from './host/steps.ts';

export interface StatusCheckPlan {
  hosts: HostTarget[];
  ecs: EcsStatusTarget[];
  cloudRun: CloudRunStatusTarget[];
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
  const errorLogs = reader.list('error-logs');
  for (const e of errorLogs) {
    if (e.startsWith(JOURNAL_PREFIX) && !/^[\w@:.\\-]+$/.test(e.slice(JOURNAL_PREFIX.length))) reader.fail('error-logs', `expected journal:UNIT with a unit name like journal:estimator, got ${JSON.stringify(e)}`);
  }
  return {
    diskPaths: reader.list('disk-paths').length ? reader.list('disk-paths') : ['/'],
    disk,
    memory,
    systemdUnits: units,
    ...(composeFile ? { composeFile } : {}),
    logFiles: reader.list('log-files'),
    maxLogBytes: reader.parse('max-log-size', logSizeValue, 100 * 1024 * 1024),
    errorLogs,
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

/** What every service target shares before its own config values. */
interface ServiceBase {
  environment: string;
  locale: Locale;
  windowMs: number;
  maxRolloutMs: number;
  logFilter?: string;
  maxErrors: number;
  metrics: MetricLimits;
  runbook?: string;
}

/**
 * Which of a service's checks run: those its config keys turn on (`status` alone without keys),
 * narrowed to the `checks` input when given; a service without keys runs whatever `checks` names.
 */
function serviceChecks(checks: Set<Check> | undefined, svc: Partial<Record<'status' | 'logs' | 'metrics', unknown>> = {}): Record<'status' | 'logs' | 'metrics', boolean> {
  const keyed = (['status', 'logs', 'metrics'] as const).some((c) => svc[c] !== undefined);
  const configured = (c: 'status' | 'logs' | 'metrics'): boolean => (keyed ? svc[c] !== undefined && svc[c] !== false : c === 'status');
  const on = (c: 'status' | 'logs' | 'metrics'): boolean => (checks ? checks.has(c) && (!keyed || configured(c)) : configured(c));
  return { status: on('status'), logs: on('logs'), metrics: on('metrics') };
}

type Toggle<T> = T | false | undefined;
const own = <T extends object>(t: Toggle<T>): Partial<T> => (t ? t : {});

function metricLimits(base: MetricLimits, m: Toggle<ServiceMetricsConfig>): MetricLimits {
  const o = own(m);
  return { maxCpu: o['max-cpu'] ?? base.maxCpu, maxMemory: o['max-memory'] ?? base.maxMemory, maxErrorRate: o['max-error-rate'] ?? base.maxErrorRate, maxP95Ms: o['max-p95'] ?? base.maxP95Ms };
}

function ecsTarget(base: ServiceBase, on: Record<'status' | 'logs' | 'metrics', boolean>, t: { key: string; cluster: string; service: string; region: string; runbook?: string; svc?: EcsStatusConfig; logGroup?: string }): EcsStatusTarget {
  const logs = own(t.svc?.logs);
  const logGroup = logs['log-group'] ?? t.logGroup;
  const runbook = t.runbook ?? base.runbook;
  return {
    environment: base.environment,
    locale: base.locale,
    key: t.key,
    cluster: t.cluster,
    service: t.service,
    region: t.region,
    limits: { maxRolloutMs: own(t.svc?.status)['max-rollout'] ?? base.maxRolloutMs, windowMs: base.windowMs },
    status: on.status,
    ...(on.logs ? { logs: { filter: logs.filter ?? base.logFilter ?? DEFAULT_FILTER, maxErrors: logs['max-errors'] ?? base.maxErrors, ...(logGroup ? { logGroup } : {}) } } : {}),
    ...(on.metrics ? { metrics: metricLimits(base.metrics, t.svc?.metrics) } : {}),
    ...(runbook ? { runbook } : {}),
  };
}

function cloudRunTarget(base: ServiceBase, on: Record<'status' | 'logs' | 'metrics', boolean>, endpoints: GcpEndpoints, t: { key: string; project: string; region: string; service: string; runbook?: string; svc?: CloudRunStatusConfig }): CloudRunStatusTarget {
  const logs = own(t.svc?.logs);
  const runbook = t.runbook ?? base.runbook;
  return {
    environment: base.environment,
    locale: base.locale,
    key: t.key,
    project: t.project,
    region: t.region,
    service: t.service,
    windowMs: base.windowMs,
    endpoints,
    status: on.status,
    ...(on.logs ? { logs: { filter: logs.filter ?? base.logFilter ?? DEFAULT_CLOUD_LOGGING_FILTER, maxErrors: logs['max-errors'] ?? base.maxErrors } } : {}),
    ...(on.metrics ? { metrics: metricLimits(base.metrics, t.svc?.metrics) } : {}),
    ...(runbook ? { runbook } : {}),
  };
}

const PROJECT = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
const GCP_REGION = /^[a-z]+-[a-z]+\d{1,2}$/;

function gcpOf(reader: InputReader, env: Record<string, string | undefined>, path: string, fromConfig: { project?: string | undefined; region?: string | undefined }): { project: string; region: string } {
  const project = fromConfig.project ?? (reader.text('project') || env.GOOGLE_CLOUD_PROJECT || env.CLOUDSDK_CORE_PROJECT || '');
  if (!PROJECT.test(project)) reader.fail('project', project ? `expected a Google Cloud project id like my-project-123, got ${JSON.stringify(project)}` : `expected the Google Cloud project of ${path} (or set GOOGLE_CLOUD_PROJECT)`);
  const region = fromConfig.region ?? reader.text('region');
  if (!GCP_REGION.test(region)) reader.fail('region', region ? `expected a Cloud Run region like asia-northeast1, got ${JSON.stringify(region)}` : `expected the Cloud Run region of ${path}`);
  return { project, region };
}

function endpointOf(reader: InputReader, name: string): string | undefined {
  const text = reader.text(name);
  if (!text) return undefined;
  const url = reader.parse(name, httpUrlValue, new URL('https://invalid'));
  if (url.pathname !== '/' || url.search || url.username || url.password) reader.fail(name, `expected an endpoint like http://127.0.0.1:8089 (scheme, host and port only), got ${JSON.stringify(withoutCredentials(text))}`);
  return url.origin;
}

/** The inline service, or the ECS and Cloud Run services of the config environment. */
function serviceTargets(reader: InputReader, env: Record<string, string | undefined>, config: EnvironmentConfig | undefined, checks: Set<Check> | undefined, base: ServiceBase): Pick<StatusCheckPlan, 'ecs' | 'cloudRun'> {
  const service = reader.text('service');
  const inlineLogGroup = reader.text('log-group');
  const endpoints: GcpEndpoints = {};
  for (const [key, input] of [['run', 'api-endpoint'], ['logging', 'logging-endpoint'], ['monitoring', 'monitoring-endpoint']] as const) {
    const url = endpointOf(reader, input);
    if (url) endpoints[key] = url;
  }
  if (service) {
    const on = serviceChecks(checks);
    if (!on.status && !on.logs && !on.metrics) return { ecs: [], cloudRun: [] };
    const platform = reader.choice('platform', ['ecs', 'cloud-run'] as const, 'ecs');
    if (platform === 'cloud-run') {
      if (inlineLogGroup) reader.fail('log-group', 'a CloudWatch log group is for an ECS service: expected platform ecs');
      return { ecs: [], cloudRun: [cloudRunTarget(base, on, endpoints, { key: service, service, ...gcpOf(reader, env, `service ${JSON.stringify(service)}`, {}) })] };
    }
    const cluster = reader.text('cluster');
    if (!cluster) reader.fail('cluster', `expected the ECS cluster of service ${JSON.stringify(service)}`);
    return { ecs: [ecsTarget(base, on, { key: service, cluster, service, region: regionOf(reader, env), ...(inlineLogGroup ? { logGroup: inlineLogGroup } : {}) })], cloudRun: [] };
  }
  const ecs: EcsStatusTarget[] = [];
  const cloudRun: CloudRunStatusTarget[] = [];
  for (const [key, svc] of Object.entries(config?.services ?? {})) {
    const path = `environments.${base.environment}.services.${key}`;
    if (svc.platform === 'vm') continue;
    const on = serviceChecks(checks, svc);
    if (!on.status && !on.logs && !on.metrics) continue;
    if (svc.platform === 'cloud-run') {
      cloudRun.push(cloudRunTarget(base, on, endpoints, { key, service: svc.service ?? key, ...gcpOf(reader, env, path, svc), ...(svc.runbook ? { runbook: svc.runbook } : {}), svc }));
      continue;
    }
    const cluster = svc.cluster ?? reader.text('cluster');
    if (!cluster) reader.fail('cluster', `expected a cluster: ${path}.cluster is not set`);
    ecs.push(ecsTarget(base, on, { key, cluster, service: svc.service ?? key, region: regionOf(reader, env, svc.region), ...(svc.runbook ? { runbook: svc.runbook } : {}), svc, ...(inlineLogGroup ? { logGroup: inlineLogGroup } : {}) }));
  }
  return { ecs, cloudRun };
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
  const logFilter = reader.text('log-filter');
  const base: ServiceBase = {
    environment,
    locale,
    windowMs: defaults.windowMs,
    maxRolloutMs,
    ...(logFilter ? { logFilter } : {}),
    maxErrors: defaults.maxErrors,
    metrics: { maxCpu: reader.parse('max-cpu', usagePercentValue, 80), maxMemory: reader.parse('max-memory', usagePercentValue, 85), maxErrorRate: defaults.maxErrorRate, maxP95Ms: defaults.maxP95Ms },
    ...(defaults.runbook ? { runbook: defaults.runbook } : {}),
  };

  const { ecs, cloudRun } = serviceTargets(reader, env, config, checks, base);
  const services = ecs.length + cloudRun.length;
  const configHosts = Object.entries(config?.hosts ?? {});
  const inlineHost = !config && !reader.text('service');
  const hosts = !wants('host', inlineHost || configHosts.length > 0)
    ? []
    : config
      ? configHosts.map(([name, h]) => ({ ...fromConfig(name, h, defaults), environment, locale }))
      : [{ ...defaults, environment, name: hostname(), locale }];
  if (['status', 'logs', 'metrics'].some((c) => checks?.has(c as Check)) && services === 0) reader.fail('service', config ? `no ECS or Cloud Run services are configured for "${environment}" in ${configPath}` : 'expected the service whose status to check (ECS with cluster, or platform cloud-run with project and region)');
  if (checks?.has('host') && hosts.length === 0) reader.fail('environment', `no hosts: are configured for "${environment}" in ${configPath}`);
  if (hosts.length + services === 0) reader.fail('environment', `nothing to check for "${environment}" in ${configPath}: no hosts: and no ECS or Cloud Run services`);
  return { hosts, ecs, cloudRun };
}
