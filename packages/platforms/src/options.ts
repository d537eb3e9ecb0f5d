import { existsSync } from 'node:fs';
import { quote, UsageError, type InputReader } from '@runbook/core';
import { planCloudRunDeploy, planCloudRunRollback } from './cloud-run/options.ts';
import { PLATFORMS, type Platform } from './driver.ts';
import { planDeploy as planEcsDeploy, planRollback as planEcsRollback } from './ecs/options.ts';
import { refuseInputsOfOtherPlatforms } from './platform.ts';
import type { AnyDeployPlan, AnyRollbackPlan } from './run.ts';

// The platform-neutral planning of deploy and rollback: which platform the services run on (the
// `platform` input, else the config's services, else ECS), then that platform's own planning, and
// no input of another platform.

const only = (platform: Platform, ...inputs: string[]): Record<string, readonly Platform[]> => Object.fromEntries(inputs.map((input) => [input, [platform]]));

/** Inputs that only one platform takes, per action: given for a service of another platform, they are refused. */
const PLATFORM_INPUTS = {
  deploy: {
    ...only('ecs', 'cluster', 'containers', 'task-definition', 'desired-count', 'force-new-deployment', 'keep-revisions', 'migrate-container', 'images', 'image-tag'),
    ...only('cloud-run', 'project', 'api-endpoint', 'env', 'tag', 'no-traffic', 'traffic-percent', 'revision-suffix'),
  },
  rollback: { ...only('ecs', 'cluster', 'containers'), ...only('cloud-run', 'project', 'api-endpoint') },
};

/** An input given, not just its action.yml default (`false` for the booleans). */
const given = (reader: InputReader) => (input: string) => reader.declares(input) && reader.text(input) !== '' && reader.text(input) !== 'false';

const namesOf = (reader: InputReader): string[] => `${reader.text('services')} ${reader.declares('service') ? reader.text('service') : ''}`.split(/[\s,]+/).filter(Boolean);

/** The first service named, for messages before the services are resolved. */
const firstName = (reader: InputReader): string => namesOf(reader)[0] ?? 'the service';

/** The platform of the services: the input, else the config's entries of the named services, else ECS. */
async function platformOf(reader: InputReader): Promise<Platform> {
  const input = reader.text('platform');
  if (input) {
    if (!(PLATFORMS as readonly string[]).includes(input)) reader.fail('platform', `expected ${PLATFORMS.join(' or ')}, got ${quote(input)}`);
    return input as Platform;
  }
  const { DEFAULT_CONFIG_PATH, loadEnvironment } = await import('@runbook/core/config');
  const configPath = reader.text('config') || (existsSync(DEFAULT_CONFIG_PATH) && !reader.text('cluster') && !reader.text('project') ? DEFAULT_CONFIG_PATH : '');
  const environment = reader.text('environment');
  if (!configPath || !environment) return 'ecs';
  const services = loadEnvironment(configPath, environment).services;
  const names = namesOf(reader);
  const platforms = new Map<string, string[]>();
  for (const name of names) {
    const platform = services[name]?.platform;
    if (platform) platforms.set(platform, [...(platforms.get(platform) ?? []), name]);
  }
  const vm = platforms.get('vm');
  if (vm) reader.fail(reader.text('service') ? 'service' : 'services', `"${vm[0]}" is a vm service in ${configPath}: deploy and rollback take ecs and cloud-run services`);
  if (platforms.size > 1) {
    const groups = [...platforms].map(([platform, keys]) => `${platform} (${keys.join(', ')})`).join(' and ');
    throw new UsageError(reader.label('services'), `expected services of one platform, got ${groups}: deploy each platform in a step of its own`);
  }
  return ([...platforms.keys()][0] as Platform | undefined) ?? 'ecs';
}

/** Turns the deploy inputs into a plan for the services' platform, validating everything before any call. */
export async function planDeploy(reader: InputReader, env: Record<string, string | undefined>): Promise<AnyDeployPlan> {
  const platform = await platformOf(reader);
  if (platform === 'cloud-run') refuseInputsOfOtherPlatforms(given(reader), PLATFORM_INPUTS.deploy, [{ key: firstName(reader), platform, probes: [] }], reader.label);
  const plan = platform === 'cloud-run' ? await planCloudRunDeploy(reader, env) : await planEcsDeploy(reader, env);
  refuseInputsOfOtherPlatforms(given(reader), PLATFORM_INPUTS.deploy, plan.targets, reader.label);
  return plan;
}

/** Turns the rollback inputs into a plan for the services' platform, validating everything before any call. */
export async function planRollback(reader: InputReader, env: Record<string, string | undefined>): Promise<AnyRollbackPlan> {
  const platform = await platformOf(reader);
  if (platform === 'cloud-run') refuseInputsOfOtherPlatforms(given(reader), PLATFORM_INPUTS.rollback, [{ key: firstName(reader), platform, probes: [] }], reader.label);
  const plan = platform === 'cloud-run' ? await planCloudRunRollback(reader, env) : await planEcsRollback(reader, env);
  refuseInputsOfOtherPlatforms(given(reader), PLATFORM_INPUTS.rollback, plan.targets, reader.label);
  return plan;
}
