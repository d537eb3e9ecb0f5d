import type { InputDefinition } from './definition.ts';

/** Where deploy and rollback find their ECS services; `operation` is the result id's kind. */
export function ecsTargetInputs(operation: 'deploy' | 'rollback', together: string): Record<string, InputDefinition> {
  return {
    services: {
      description: `Services to ${together}, one per line (or separated by commas or spaces) - config service keys like \`backend\`, or ECS service names with \`cluster\`.${operation === 'deploy' ? ' If one fails, all roll back.' : ''}`,
      required: true,
      type: 'lines',
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
    region: { description: 'AWS region, when the config does not give one. Defaults to `AWS_REGION`.', shownDefault: '`AWS_REGION`', type: 'text' },
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
