import { parseConfig } from '@runbook/core/config';
import { describe, expect, it } from 'vitest';
import { PROBE_DEFAULTS } from './options.ts';
import { toResult } from './smoke-test.ts';
import { probesFromConfig, probesFromUrls, urlSecrets } from './targets.ts';

const config = (health: string) =>
  parseConfig(`version: 1\nenvironments:\n  production:\n    services:\n      backend:\n        health:\n${health}`, 'runbook.yml').environments.production!;

const plan = (health: string, env: Record<string, string>) => probesFromConfig(config(health), 'production', PROBE_DEFAULTS, (name) => env[name]);

describe('probesFromConfig', () => {
  it('fails only the check whose secret is not set, naming the variable', () => {
    const { probes } = plan(
      `          - url: https://a.example/health\n            basic-auth-env: SMOKE_AUTH\n          - url: https://b.example/health\n            headers: { Authorization: "Bearer \${API_TOKEN}" }\n          - url: https://c.example/health\n`,
      { API_TOKEN: '' },
    );
    expect(probes.map((p) => p.problem)).toEqual(['basic-auth-env: SMOKE_AUTH is not set', 'headers.Authorization: API_TOKEN is empty', undefined]);
  });

  it('refuses an unset secret up front when asked, naming the file and path', () => {
    const health = '          - url: https://a.example/health\n            basic-auth-env: SMOKE_AUTH\n';
    expect(() => probesFromConfig(config(health), 'production', PROBE_DEFAULTS, () => undefined, { source: 'runbook.yml', refuseUnset: true })).toThrow(
      'runbook.yml: environments.production.services.backend.health[0].basic-auth-env: environment variable SMOKE_AUTH is not set',
    );
  });

  it('refuses a header that is not valid HTTP once filled in, naming its path and not the secret', () => {
    expect(() => plan(`          - url: https://a.example/health\n            headers: { Authorization: "Bearer \${API_TOKEN}" }\n`, { API_TOKEN: 'tok-123\n' })).toThrow(
      'environments.production.services.backend.health[0].headers.Authorization: expected a header value of tabs and printable Latin-1 characters, got a line feed (U+000A) at character 15 of 15, once its variables were filled in',
    );
  });

  it('registers each secret: the whole header, each variable, basic auth and its password, URL credentials', () => {
    const { secrets } = plan(
      `          - url: https://ops:p%40ss@a.example/health\n            basic-auth-env: SMOKE_AUTH\n            headers: { Authorization: "Bearer \${API_TOKEN}" }\n`,
      { API_TOKEN: 'tok-123', SMOKE_AUTH: 'ops:hunter22' },
    );
    expect(new Set(secrets)).toEqual(new Set(['tok-123', 'Bearer tok-123', 'ops:hunter22', 'hunter22', 'ops:p@ss', 'p@ss', 'ops:p%40ss', 'p%40ss']));
  });
});

describe('probesFromUrls', () => {
  it('keeps the credentials of a URL out of its id, target and evidence (ids key incidents)', () => {
    const [spec] = probesFromUrls([new URL('https://ops:Pw-9@a.example/health')], 'production', 'api', PROBE_DEFAULTS);
    expect(spec?.id).toBe('http:production/api/https://a.example/health');
    const result = toResult({ spec: spec!, up: false, reason: 'connection refused', sloMissed: false, attempts: 1, latenciesMs: [], failedSamples: 1, startedAt: '', durationMs: 1 }, true);
    expect(JSON.stringify(result)).not.toContain('Pw-9');
  });
});

describe('urlSecrets', () => {
  it('has nothing to mask without a password', () => expect(urlSecrets(new URL('https://ops@a.example/'))).toEqual([]));
});
