import { existsSync } from 'node:fs';
import { httpUrlValue, integerValue, quote, UsageError, type EnvironmentConfig, type InputReader, type Parsed } from '@runbook/core';
import { PROBE_DEFAULTS, probesFromConfig } from '@runbook/http-probe';
import { commandValue } from '../ecs/command-line.ts';
import { commonInputs, operationOf, serviceNames } from '../operation-inputs.ts';
import type { CloudRunDeployPlan, CloudRunRollbackPlan, CloudRunRollbackTo, CloudRunServiceTarget, EnvVar } from './plan.ts';

const NAMES = { pattern: /^[a-z]([a-z0-9-]{0,47}[a-z0-9])?$/, expected: 'expected Cloud Run service names (lowercase letters, digits and -, at most 49)' };
const PROJECT = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
const REGION = /^[a-z]+-[a-z]+\d{1,2}$/;
const TAG = /^[a-z]([a-z0-9-]{0,44}[a-z0-9])?$/;
const SUFFIX = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
const IMAGE = /^[a-z0-9][a-z0-9._/-]*(:[\w][\w.-]{0,127})?(@sha256:[a-f0-9]{64})?$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function projectValue(text: string): Parsed<string> {
  return PROJECT.test(text) ? { ok: true, value: text } : { ok: false, expected: `expected a GCP project id like my-project-123 (6 to 30 lowercase letters, digits and -), got ${quote(text)}` };
}

export function gcpRegionValue(text: string): Parsed<string> {
  return REGION.test(text) ? { ok: true, value: text } : { ok: false, expected: `expected a GCP region like asia-northeast1, got ${quote(text)}` };
}

export function cloudRunImageValue(text: string): Parsed<string> {
  return IMAGE.test(text) && text.length <= 1024 ? { ok: true, value: text } : { ok: false, expected: `expected an image like asia-northeast1-docker.pkg.dev/my-project/app/web:main-abc1234, got ${quote(text)}` };
}

export function tagValue(text: string): Parsed<string> {
  return TAG.test(text) ? { ok: true, value: text } : { ok: false, expected: `expected a tag of lowercase letters, digits and - (starting with a letter, at most 46), got ${quote(text)}` };
}

/** `NAME=value` lines; the values are not secret, but never printed either. */
export function envLines(lines: readonly string[]): Parsed<EnvVar[]> {
  const vars: EnvVar[] = [];
  for (const line of lines) {
    const at = line.indexOf('=');
    const name = at > 0 ? line.slice(0, at).trim() : '';
    if (!ENV_NAME.test(name)) return { ok: false, expected: `expected NAME=value lines, got a line starting ${quote(line.slice(0, Math.max(0, at)) || line.slice(0, 20))}` };
    if (vars.some((v) => v.name === name)) return { ok: false, expected: `${name} is given twice` };
    vars.push({ name, value: line.slice(at + 1) });
  }
  return { ok: true, value: vars };
}

export function cloudRunRollbackToValue(text: string): Parsed<CloudRunRollbackTo> {
  const to = text.trim();
  if (to === 'previous') return { ok: true, value: { kind: 'previous' } };
  const name = to.slice(to.lastIndexOf('/') + 1);
  if (/^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/.test(name)) return { ok: true, value: { kind: 'revision', revision: name } };
  return { ok: false, expected: `expected previous or a revision name like sagebase-00042-abc, got ${quote(text)}` };
}

function valueOf(reader: InputReader, parse: (text: string) => Parsed<string>, given: string, label: string): string {
  const parsed = parse(given);
  return parsed.ok ? parsed.value : reader.fail(label, parsed.expected);
}

/**
 * Cloud Run services by config key (project, region, service, migrate and health from the config
 * file) or by name with `project` and `region` (inputs, else GOOGLE_CLOUD_PROJECT / CLOUDSDK_RUN_REGION).
 */
async function resolveTargets(reader: InputReader, env: Record<string, string | undefined>) {
  const { names, input } = serviceNames(reader, NAMES, 'config service keys like web, or Cloud Run service names with project and region');
  const environment = reader.text('environment') || 'default';
  const projectInput = reader.text('project');
  const { DEFAULT_CONFIG_PATH, loadEnvironment } = await import('@runbook/core/config');
  const configPath = reader.text('config') || (existsSync(DEFAULT_CONFIG_PATH) && !projectInput ? DEFAULT_CONFIG_PATH : '');
  if (configPath && !reader.text('environment')) reader.fail('environment', `expected the environment to read from ${configPath}, e.g. production`);
  const config: EnvironmentConfig | undefined = configPath ? loadEnvironment(configPath, environment) : undefined;
  const project = projectInput || env.GOOGLE_CLOUD_PROJECT || env.CLOUDSDK_CORE_PROJECT || '';
  const region = reader.text('region') || env.CLOUDSDK_RUN_REGION || '';
  const secrets: string[] = [];

  const targets = names.map((name): CloudRunServiceTarget => {
    const svc = config?.services[name];
    if (!svc) {
      if (configPath && !projectInput) {
        const known = Object.keys(config?.services ?? {}).join(', ') || 'none';
        reader.fail(input, `"${name}" is not a service of environment "${environment}" in ${configPath} (services: ${known}); give project and region to deploy Cloud Run services by name`);
      }
      if (!project) reader.fail('project', 'expected the GCP project of the service (or set GOOGLE_CLOUD_PROJECT)');
      if (!region) reader.fail('region', 'expected the GCP region of the service, like asia-northeast1');
      return {
        key: name,
        platform: 'cloud-run',
        project: valueOf(reader, projectValue, project, 'project'),
        region: valueOf(reader, gcpRegionValue, region, 'region'),
        service: name,
        origin: { project: reader.label('project'), region: reader.label('region'), service: reader.label(input) },
        probes: [],
      };
    }
    const at = `${configPath}: environments.${environment}.services.${name}`;
    if (svc.platform !== 'cloud-run') reader.fail(input, `"${name}" is a ${svc.platform} service in ${configPath}, not cloud-run`);
    const failAt = (field: 'project' | 'region', expected: string): never => {
      if (svc[field]) throw new UsageError(`${at}.${field}`, expected);
      return reader.fail(field, expected);
    };
    const p = svc.project ?? project;
    const r = svc.region ?? region;
    if (!p) reader.fail('project', `expected a project: ${at}.project is not set`);
    if (!r) reader.fail('region', `expected a region: ${at}.region is not set`);
    const pOk = projectValue(p);
    const rOk = gcpRegionValue(r);
    if (!pOk.ok) failAt('project', pOk.expected);
    if (!rOk.ok) failAt('region', rOk.expected);
    const health = probesFromConfig({ ...config, services: { [name]: svc } }, environment, PROBE_DEFAULTS, (v) => env[v], { source: configPath, refuseUnset: true });
    secrets.push(...health.secrets);
    return {
      key: name,
      platform: 'cloud-run',
      project: p,
      region: r,
      service: svc.service ?? name,
      origin: { project: svc.project ? `${at}.project` : reader.label('project'), region: svc.region ? `${at}.region` : reader.label('region'), service: `${at}.service` },
      ...(svc.migrate ? { migrate: { command: svc.migrate.command, origin: `${at}.migrate`, ...(svc.migrate.job ? { job: svc.migrate.job } : {}) } } : {}),
      probes: health.probes,
      ...(svc.runbook ? { runbook: svc.runbook } : {}),
    };
  });
  const bad = targets.find((t) => !NAMES.pattern.test(t.service));
  if (bad) reader.fail(input, `${NAMES.expected}, got ${quote(bad.service)} (${bad.origin.service})`);
  return { environment, targets, secrets };
}

function apiEndpointOf(reader: InputReader): { apiEndpoint?: string } {
  const url = reader.parse('api-endpoint', httpUrlValue);
  return url ? { apiEndpoint: url.href.replace(/\/$/, '') } : {};
}

/** Turns the deploy inputs into a Cloud Run plan, validating everything before any call to Google. */
export async function planCloudRunDeploy(reader: InputReader, env: Record<string, string | undefined>): Promise<CloudRunDeployPlan> {
  const image = reader.parse('image', cloudRunImageValue);
  const envVars = envLines(reader.list('env'));
  if (!envVars.ok) reader.fail('env', envVars.expected);
  const tag = reader.parse('tag', tagValue);
  const noTraffic = reader.boolean('no-traffic', false);
  if (noTraffic && !tag) reader.fail('no-traffic', 'expected tag with it: a revision without traffic is smoke-checked on its tag URL, then promoted');
  const trafficPercent = reader.parse('traffic-percent', (t) => integerValue(t, 1, 100));
  const revisionSuffix = reader.parse('revision-suffix', (t) =>
    SUFFIX.test(t) && t.length <= 40 ? { ok: true, value: t } : { ok: false, expected: `expected lowercase letters, digits and - (at most 40), got ${quote(t)}` },
  );
  const migrateCommand = reader.parse('migrate-command', commandValue);
  const rollbackOnFailure = reader.boolean('rollback-on-failure', true);
  const common = commonInputs(reader);
  const resolved = await resolveTargets(reader, env);
  if (resolved.targets.length > 1) {
    if (revisionSuffix) reader.fail('revision-suffix', `expected one service, got ${resolved.targets.length}: a revision name belongs to one service`);
    if (migrateCommand) reader.fail('migrate-command', `expected one service, got ${resolved.targets.length}; with several, set migrate per service in the config`);
  }
  const long = revisionSuffix ? resolved.targets.find((t) => t.service.length + 1 + revisionSuffix.length > 63) : undefined;
  if (long) reader.fail('revision-suffix', `${long.service}-${revisionSuffix} is longer than the 63 characters of a revision name`);
  if (!image && envVars.value.length === 0 && !revisionSuffix && !tag && trafficPercent === undefined) {
    reader.fail('image', 'expected image, env, tag or traffic-percent: nothing would change');
  }
  const targets = migrateCommand ? resolved.targets.map((t) => ({ ...t, migrate: { command: migrateCommand, origin: reader.label('migrate-command') } })) : resolved.targets;
  const unchecked = noTraffic && common.smokeUrls.length === 0 ? targets.find((t) => t.probes.length === 0) : undefined;
  if (unchecked) reader.fail('no-traffic', `expected health checks (config health) or smoke-urls with it: they verify the new revision on its tag URL before it gets traffic, and ${unchecked.key} has none`);
  return {
    ...operationOf(reader, common, { ...resolved, targets }),
    rollbackOnFailure,
    ...apiEndpointOf(reader),
    ...(image ? { image } : {}),
    env: envVars.value,
    ...(tag ? { tag } : {}),
    noTraffic,
    ...(trafficPercent === undefined ? {} : { trafficPercent }),
    ...(revisionSuffix ? { revisionSuffix } : {}),
  };
}

/** Turns the rollback inputs into a Cloud Run plan, validating everything before any call to Google. */
export async function planCloudRunRollback(reader: InputReader, env: Record<string, string | undefined>): Promise<CloudRunRollbackPlan> {
  const to = reader.parse('to', cloudRunRollbackToValue, { kind: 'previous' });
  const common = commonInputs(reader);
  const resolved = await resolveTargets(reader, env);
  if (to.kind === 'revision' && resolved.targets.length > 1) reader.fail('to', `a revision belongs to one service: expected one service, got ${resolved.targets.length} (previous works for several)`);
  return { ...operationOf(reader, common, resolved), ...apiEndpointOf(reader), to };
}
