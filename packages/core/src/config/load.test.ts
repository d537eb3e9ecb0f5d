import { describe, expect, it } from 'vitest';
import { parseConfig } from './load.ts';

const base = (health: string) => `version: 1
environments:
  production:
    services:
      api:
        health:
${health}`;

describe('parseConfig', () => {
  it('reads the DESIGN.md shape and applies defaults', () => {
    const config = parseConfig(
      `${base('          - url: https://x.example/api/health\n            expect: { status: "200-204", json: { status: ok } }\n            timeout: 5s\n            max-error-rate: 1%\n')}    certs:\n      - host: x.example\n`,
      'runbook.yml',
    );
    const check = config.environments.production?.services.api?.health[0];
    expect(check).toMatchObject({ url: 'https://x.example/api/health', method: 'GET', timeout: 5_000, 'max-error-rate': 0.01, expect: { status: [{ min: 200, max: 204 }], json: { status: 'ok' } } });
    expect(config.environments.production?.certs[0]).toEqual({ host: 'x.example' });
    expect(config.locale).toBe('en');
  });

  it.each([
    ['an unknown key', base('          - url: https://x.example/\n            expct: {}\n'), 'runbook.yml: environments.production.services.api.health[0].expct: unknown key'],
    ['an invalid URL', base('          - url: not-a-url\n'), 'runbook.yml: environments.production.services.api.health[0].url: expected an http:// or https:// URL, got "not-a-url"'],
    ['a wrong type', base('          - url: https://x.example/\n            retries: many\n'), 'runbook.yml: environments.production.services.api.health[0].retries: expected number, got string "many"'],
    ['a bad duration', base('          - url: https://x.example/\n            timeout: -1s\n'), 'runbook.yml: environments.production.services.api.health[0].timeout: expected a positive duration like 500ms, 10s, 5m or 26h, got "-1s"'],
    ['a bad enum', base('          - url: https://x.example/\n            method: PUT\n'), 'runbook.yml: environments.production.services.api.health[0].method: expected one of "GET", "HEAD", "POST", got string "PUT"'],
    ['a missing version', 'environments: {}\n', 'runbook.yml: version: expected one of 1, got nothing'],
    ['broken YAML', 'version: 1\nenvironments: [\n', 'runbook.yml: not valid YAML'],
  ])('names the path of %s', (_name, text, message) => {
    expect(() => parseConfig(text, 'runbook.yml')).toThrow(message);
  });
});
