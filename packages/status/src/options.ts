import { hostname } from 'node:os';
import { DURATION_MAX, durationValue, integerValue, logSizeValue, rateValue, thresholdPairProblem, usagePercentValue, type InputReader } from '@runbook/core';
import type { HostConfig } from '@runbook/core/config';
import type { HostTarget } from './host/host-check.ts';
import type { Locale } from './host/steps.ts';

export interface StatusCheckPlan {
  hosts: HostTarget[];
}

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

/**
 * Without `config`: this machine, from the inputs. With `config` and `environment`: the
 * environment's `hosts:`, each with its own values over the inputs'.
 */
export async function planStatusCheck(reader: InputReader): Promise<StatusCheckPlan> {
  const defaults = readDefaults(reader);
  const configPath = reader.text('config');
  const environment = reader.text('environment');
  const inputLocale = reader.text('locale') ? reader.choice('locale', LOCALES, 'en') : undefined;
  if (!configPath) return { hosts: [{ ...defaults, environment: environment || 'default', name: hostname(), locale: inputLocale ?? 'en' }] };
  if (!environment) reader.fail('environment', 'expected the environment whose hosts: to check in the config');
  const { loadConfig, selectEnvironment } = await import('@runbook/core/config');
  const config = loadConfig(configPath);
  const hosts = Object.entries(selectEnvironment(config, environment, configPath).hosts);
  if (hosts.length === 0) reader.fail('environment', `no hosts: are configured for "${environment}" in ${configPath}`);
  const locale: Locale = inputLocale ?? config.locale;
  return { hosts: hosts.map(([name, h]) => ({ ...fromConfig(name, h, defaults), environment, locale })) };
}
