import { describe, expect, it } from 'vitest';
import { parseConfig } from './load.ts';

const service = (lines: string, platform = 'ecs') => `version: 1
environments:
  production:
    services:
      api:
        platform: ${platform}
${lines}`;

describe('per-service status, logs and metrics keys', () => {
  it('true is on with the defaults, false off, a mapping on with its values', () => {
    const config = parseConfig(service('        status: false\n        logs: { log-group: /ecs/api, max-errors: 3, filter: "?ERROR" }\n        metrics: { max-cpu: 70%, max-p95: 2s, max-error-rate: 0.5% }\n'), 'runbook.yml');
    expect(config.environments.production?.services.api).toMatchObject({ status: false, logs: { 'log-group': '/ecs/api', 'max-errors': 3, filter: '?ERROR' }, metrics: { 'max-cpu': 70, 'max-p95': 2000, 'max-error-rate': 0.005 } });
    const on = parseConfig(service('        logs: true\n        metrics:\n', 'cloud-run'), 'runbook.yml');
    expect(on.environments.production?.services.api).toMatchObject({ logs: {}, metrics: {} });
  });

  it.each([
    ['a wrong key inside the mapping', service('        logs: { max-error: 3 }\n'), 'runbook.yml: environments.production.services.api.logs.max-error: unknown key'],
    ['a bad value inside it', service('        metrics: { max-cpu: 180 }\n'), 'runbook.yml: environments.production.services.api.metrics.max-cpu: expected a percentage above 0 and at most 100'],
    ['neither a boolean nor a mapping', service('        logs: yes please\n'), 'runbook.yml: environments.production.services.api.logs: expected true, false or a mapping of filter, max-errors, log-group'],
    ['an ECS-only key on Cloud Run', service('        logs: { log-group: /x }\n', 'cloud-run'), 'runbook.yml: environments.production.services.api.logs.log-group: unknown key'],
    ['a max-rollout too long', service('        status: { max-rollout: 30d }\n'), 'runbook.yml: environments.production.services.api.status.max-rollout: expected a duration of at most'],
  ])('names the path of %s', (_name, text, message) => {
    expect(() => parseConfig(text, 'runbook.yml')).toThrow(message);
  });
});
