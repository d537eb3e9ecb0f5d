import type { InputDefinition } from './definition.ts';

/** Where deploy and rollback find their services, on ECS or Cloud Run; `operation` is the result id's kind. */
export function ecsTargetInputs(operation: 'deploy' | 'rollback', together: string): Record<string, InputDefinition> {
  return {
    platform: {
      description: "`ecs` or `cloud-run`. Default - the platform of the config's services, else `ecs`.",
      shownDefault: "the config services' platform, else `ecs`",
      type: 'choice',
      values: ['ecs', 'cloud-run'],
    },
    services: {
      description: `Services to ${together}, one per line (or separated by commas or spaces) - config service keys like \`backend\`, ECS service names with \`cluster\`, or Cloud Run service names with \`project\` and \`region\`.${operation === 'deploy' ? ' If one fails, all roll back.' : ''} One of \`services\` and \`service\`.`,
      type: 'lines',
    },
    service: {
      description: 'One service by its name on the platform (or a config service key), instead of `services`.',
      type: 'text',
    },
    environment: {
      description: `Environment in the config file to read the services from (e.g. \`production\`); also part of each result id, \`${operation}:<environment>/<service>\`.`,
      type: 'text',
    },
    config: {
      description: 'Path to the runbook config file. Default `.github/runbook.yml` when it exists and `cluster` is not given.',
      shownDefault: '`.github/runbook.yml` if it exists',
      type: 'path',
    },
    cluster: { description: 'ECS cluster of services given by name (not needed for config service keys, which name their cluster).', type: 'text' },
    region: {
      description: 'Region, when the config does not give one - on ECS an AWS region (default `AWS_REGION`), on Cloud Run a GCP region like `asia-northeast1` (default `CLOUDSDK_RUN_REGION`).',
      shownDefault: '`AWS_REGION` / `CLOUDSDK_RUN_REGION`',
      type: 'text',
    },
    project: {
      description: 'Cloud Run - the GCP project of services given by name, when the config does not give one. Default `GOOGLE_CLOUD_PROJECT` (set by google-github-actions/auth).',
      shownDefault: '`GOOGLE_CLOUD_PROJECT`',
      type: 'text',
    },
    'api-endpoint': {
      description: "Cloud Run - the Admin API's base URL. An `http://` endpoint (an emulator, a test double) is called without Google credentials.",
      shownDefault: '`https://run.googleapis.com`',
      type: 'text',
    },
  };
}

/** How deploy and rollback follow their rollout. */
export function ecsFollowInputs(waitTimeout: string, smokeUrls: string): Record<string, InputDefinition> {
  return {
    'wait-timeout': { description: waitTimeout, default: '20m', type: 'duration' },
    'poll-interval': { description: 'Advanced - how often the deployment is polled (50ms to 1m).', default: '2s', type: 'duration' },
    'smoke-urls': { description: smokeUrls, type: 'lines' },
  };
}
