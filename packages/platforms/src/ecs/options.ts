import { existsSync, readFileSync } from 'node:fs';
import { integerValue, quote, type EnvironmentConfig, type InputReader } from '@runbook/core';
import { PROBE_DEFAULTS, probesFromConfig } from '@runbook/http-probe';
import type { Platform } from '../driver.ts';
import { commonInputs, operationOf, serviceNames } from '../operation-inputs.ts';
import { refuseInputsOfOtherPlatforms } from '../platform.ts';
import { commandValue } from './command-line.ts';
import { imagesValue, imageTagValue, imageValue, type ImageChange } from './images.ts';
import type { DeployPlan, EcsOperation, EcsServiceTarget, RollbackPlan, RollbackTo } from './plan.ts';
import { parseTaskDefinitionRef, taskDefinitionFileValue } from './task-definition.ts';

const COMMON_INPUTS = ['services', 'cluster', 'region', 'environment', 'config', 'wait-timeout', 'poll-interval', 'smoke-urls', 'dry-run'] as const;

/** The deploy inputs, as named in action.yml and as CLI flags. */
export const DEPLOY_INPUTS = [
  ...COMMON_INPUTS,
  'image',
  'images',
  'image-tag',
  'containers',
  'task-definition',
  'desired-count',
  'force-new-deployment',
  'migrate-command',
  'migrate-container',
  'rollback-on-failure',
  'keep-revisions',
] as const;

/** The rollback inputs, as named in action.yml and as CLI flags. */
export const ROLLBACK_INPUTS = [...COMMON_INPUTS, 'to', 'containers'] as const;

const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

const ECS_NAMES = { pattern: /^[A-Za-z0-9_-]{1,255}$/, expected: 'expected service names of letters, digits, _ and -' };

function regionFor(reader: InputReader, env: Record<string, string | undefined>, fromConfig?: string): string {
  const region = fromConfig ?? (reader.text('region') || env.AWS_REGION || env.AWS_DEFAULT_REGION || '');
  if (!REGION.test(region)) {
    reader.fail('region', region ? `expected an AWS region like ap-northeast-1, got ${quote(region)}` : 'expected an AWS region like ap-northeast-1 (or set AWS_REGION)');
  }
  return region;
}

interface ResolvedTargets {
  environment: string;
  targets: EcsServiceTarget[];
  secrets: string[];
}

/**
 * Services by config key (cluster, service, region, containers, migrate and health from the config
 * file) or by ECS service name in `cluster`. Without `cluster`, the config file is required.
 */
async function resolveTargets(reader: InputReader, env: Record<string, string | undefined>): Promise<ResolvedTargets> {
  const { names, input } = serviceNames(reader, ECS_NAMES, 'config service keys like backend, or ECS service names with cluster');
  const environment = reader.text('environment') || 'default';
  const cluster = reader.text('cluster');
  const containersInput = reader.text('containers').split(/[\s,]+/).filter(Boolean);
  const containers = containersInput.length ? { containers: { names: containersInput, origin: reader.label('containers') } } : {};
  const { DEFAULT_CONFIG_PATH, loadEnvironment } = await import('@runbook/core/config');
  const configPath = reader.text('config') || (existsSync(DEFAULT_CONFIG_PATH) && !cluster ? DEFAULT_CONFIG_PATH : '');
  if (!configPath && !cluster) reader.fail('cluster', `expected the ECS cluster of the services (or a config file: ${DEFAULT_CONFIG_PATH} was not found)`);
  if (configPath && !reader.text('environment')) reader.fail('environment', `expected the environment to read from ${configPath}, e.g. production`);
  const config: EnvironmentConfig | undefined = configPath ? loadEnvironment(configPath, environment) : undefined;

  const secrets: string[] = [];
  const targets = names.map((name): EcsServiceTarget => {
    const svc = config?.services[name];
    if (!svc) {
      if (!cluster) {
        const known = Object.keys(config?.services ?? {}).join(', ') || 'none';
        reader.fail(input, `"${name}" is not a service of environment "${environment}" in ${configPath} (services: ${known}); give cluster to deploy ECS services by name`);
      }
      return { key: name, platform: 'ecs', cluster, service: name, region: regionFor(reader, env), origin: { cluster: reader.label('cluster'), service: reader.label(input) }, ...containers, probes: [] };
    }
    const at = `${configPath}: environments.${environment}.services.${name}`;
    if (svc.platform !== 'ecs') reader.fail(input, `"${name}" is a ${svc.platform} service in ${configPath}; this action deploys platform ecs`);
    const serviceCluster = svc.cluster ?? cluster;
    if (!serviceCluster) reader.fail('cluster', `expected a cluster: ${at}.cluster is not set`);
    const health = probesFromConfig({ ...config, services: { [name]: svc } }, environment, PROBE_DEFAULTS, (v) => env[v], { source: configPath, refuseUnset: true });
    secrets.push(...health.secrets);
    return {
      key: name,
      platform: 'ecs',
      cluster: serviceCluster,
      service: svc.service ?? name,
      region: regionFor(reader, env, svc.region),
      origin: { cluster: svc.cluster ? `${at}.cluster` : reader.label('cluster'), service: `${at}.service` },
      ...(svc.containers ? { containers: { names: svc.containers, origin: `${at}.containers` } } : containers),
      ...(svc.migrate ? { migrate: { command: svc.migrate.command, origin: `${at}.migrate.container`, ...(svc.migrate.container ? { container: svc.migrate.container } : {}) } } : {}),
      probes: health.probes,
      ...(svc.runbook ? { runbook: svc.runbook } : {}),
    };
  });
  return { environment, targets, secrets };
}

const ecsOnly = (...inputs: string[]): Record<string, readonly Platform[]> => Object.fromEntries(inputs.map((input) => [input, ['ecs']]));

/** Inputs that only ECS services take, per action: given for a service of another platform, they are refused. */
const ECS_ONLY_INPUTS = {
  deploy: ecsOnly('cluster', 'containers', 'task-definition', 'desired-count', 'force-new-deployment', 'keep-revisions', 'migrate-container'),
  rollback: ecsOnly('cluster', 'containers'),
};

async function planOperation(reader: InputReader, env: Record<string, string | undefined>, action: keyof typeof ECS_ONLY_INPUTS): Promise<EcsOperation> {
  const common = commonInputs(reader);
  const resolved = await resolveTargets(reader, env);
  refuseInputsOfOtherPlatforms((input) => reader.text(input) !== '', ECS_ONLY_INPUTS[action], resolved.targets, reader.label);
  return operationOf(reader, common, resolved);
}

function imageChange(reader: InputReader): ImageChange {
  const given = (['image', 'images', 'image-tag'] as const).filter((name) => reader.text(name) !== '');
  if (given.length > 1) reader.fail(given[1] as string, `expected only one of image, images and image-tag (${given[0]} is given too)`);
  if (given[0] === 'image') return { kind: 'image', image: reader.parse('image', imageValue) as string };
  if (given[0] === 'image-tag') return { kind: 'tag', tag: reader.parse('image-tag', imageTagValue) as string };
  if (given[0] === 'images') {
    const images = imagesValue(reader.list('images'));
    return images.ok ? { kind: 'images', images: images.value } : reader.fail('images', images.expected);
  }
  return { kind: 'none' };
}

function readTaskDefinitionFile(reader: InputReader): DeployPlan['taskDefinition'] {
  const path = reader.text('task-definition');
  if (path === '') return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return reader.fail('task-definition', `cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const parsed = taskDefinitionFileValue(text);
  return parsed.ok ? parsed.value : reader.fail('task-definition', `${path}: ${parsed.expected}`);
}

/** Turns the deploy inputs into a plan, validating everything before any call to AWS. */
export async function planDeploy(reader: InputReader, env: Record<string, string | undefined>): Promise<DeployPlan> {
  const change = imageChange(reader);
  const taskDefinition = readTaskDefinitionFile(reader);
  const desiredCount = reader.parse('desired-count', (t) => integerValue(t, 0, 5000));
  const forceNewDeployment = reader.boolean('force-new-deployment', false);
  const rollbackOnFailure = reader.boolean('rollback-on-failure', true);
  const keepRevisions = reader.parse('keep-revisions', (t) => integerValue(t, 1, 1000));
  const migrateCommand = reader.parse('migrate-command', commandValue);
  const migrateContainer = reader.text('migrate-container');
  if (migrateContainer && !migrateCommand) reader.fail('migrate-container', 'expected migrate-command with it');
  const operation = await planOperation(reader, env, 'deploy');
  if (change.kind === 'none' && !taskDefinition && !forceNewDeployment) {
    reader.fail('image', 'expected image, images, image-tag or task-definition (or force-new-deployment: true to restart on the current revision)');
  }
  if (operation.targets.length > 1) {
    if (taskDefinition) reader.fail('task-definition', `expected one service with a task definition file, got ${operation.targets.length}`);
    if (migrateCommand) reader.fail('migrate-command', `expected one service, got ${operation.targets.length}; with several, set migrate per service in the config`);
  }
  const targets = migrateCommand
    ? operation.targets.map((t) => ({ ...t, migrate: { command: migrateCommand, origin: reader.label('migrate-container'), ...(migrateContainer ? { container: migrateContainer } : {}) } }))
    : operation.targets;
  return {
    ...operation,
    targets,
    change,
    ...(taskDefinition ? { taskDefinition } : {}),
    ...(desiredCount === undefined ? {} : { desiredCount }),
    forceNewDeployment,
    rollbackOnFailure,
    ...(keepRevisions === undefined ? {} : { keepRevisions }),
  };
}

export function rollbackToValue(text: string): { ok: true; value: RollbackTo } | { ok: false; expected: string } {
  const to = text.trim();
  if (to === 'previous') return { ok: true, value: { kind: 'previous' } };
  if (to.startsWith('image-tag:')) {
    const tag = imageTagValue(to.slice('image-tag:'.length));
    return tag.ok ? { ok: true, value: { kind: 'image-tag', tag: tag.value } } : tag;
  }
  const ref = parseTaskDefinitionRef(to);
  if (ref?.revision) return { ok: true, value: { kind: 'revision', ref: { family: ref.family, revision: ref.revision }, text: to } };
  return { ok: false, expected: `expected previous, family:revision (backend:12), a task definition ARN or image-tag:<tag>, got ${quote(text)}` };
}

/** Turns the rollback inputs into a plan, validating everything before any call to AWS. */
export async function planRollback(reader: InputReader, env: Record<string, string | undefined>): Promise<RollbackPlan> {
  const to = reader.parse('to', rollbackToValue, { kind: 'previous' });
  const operation = await planOperation(reader, env, 'rollback');
  if (to.kind === 'revision' && operation.targets.length > 1) {
    reader.fail('to', `a revision belongs to one family: expected one service, got ${operation.targets.length} (previous and image-tag:<tag> work for several)`);
  }
  return { ...operation, to };
}
