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
    ['broken YAML, by line and column', 'version: 1\nenvironments:\n  production: {\n    x: [\n', 'runbook.yml:5:1: not valid YAML: '],
    ['a bad expect.json', base('          - url: https://x.example/\n            expect: { json: [1, 2] }\n'), 'runbook.yml: environments.production.services.api.health[0].expect.json: expected a mapping like { status: healthy } or a JSON object string'],
    ['an expect.json string that is not JSON', base('          - url: https://x.example/\n            expect: { json: "{status" }\n'), 'runbook.yml: environments.production.services.api.health[0].expect.json: expected a JSON object like {"status":"healthy"}, got "{status"'],
    ['a timeout too long for a request', base('          - url: https://x.example/\n            timeout: 30d\n'), 'runbook.yml: environments.production.services.api.health[0].timeout: expected a duration of at most 5m, got "30d"'],
    ['a reopen-within a timer cannot hold', 'version: 1\nincidents: { reopen-within: 30d }\nenvironments: {}\n', 'runbook.yml: incidents.reopen-within: expected a duration of at most 24d, got "30d"'],
    ['a max-p95 too long', base('          - url: https://x.example/\n            max-p95: 1h\n'), 'runbook.yml: environments.production.services.api.health[0].max-p95: expected a duration of at most 5m, got "1h"'],
    ['a body pattern RE2 cannot compile', base('          - url: https://x.example/\n            expect: { body: "(?=ready)" }\n'), 'runbook.yml: environments.production.services.api.health[0].expect.body: expected a regular expression RE2 accepts (no lookaround or backreferences), got "(?=ready)": invalid or unsupported Perl syntax: `(?=`'],
    ['a header name that is not HTTP', base('          - url: https://x.example/\n            headers: { "X Api Key": abc }\n'), 'runbook.yml: environments.production.services.api.health[0].headers.X Api Key: expected a header name of letters'],
    ['a header value that is not HTTP', base('          - url: https://x.example/\n            headers: { Authorization: "Bearer トークン" }\n'), 'runbook.yml: environments.production.services.api.health[0].headers.Authorization: expected a header value of tabs and printable Latin-1 characters, got a character outside Latin-1 (U+30C8) at character 8 of 11'],
  ])('names the path of %s', (_name, text, message) => {
    expect(() => parseConfig(text, 'runbook.yml')).toThrow(message);
  });

  it('names the file of an alias bomb', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [i, name] of ['b', 'c', 'd', 'e', 'f', 'g'].entries()) levels.push(`${name}: &${name} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`);
    expect(() => parseConfig(`${levels.join('\n')}\n`, '.github/runbook.yml')).toThrow(/^\.github\/runbook\.yml: not valid YAML: its aliases \(\*name\) expand too much/);
  });

  it('cuts a long value in a message to about 100 characters', () => {
    const long = 'x'.repeat(80_000);
    let message = '';
    try {
      parseConfig(base(`          - url: https://x.example/\n            retries: "${long}"\n`), 'runbook.yml');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(`runbook.yml: environments.production.services.api.health[0].retries: expected number, got string "${'x'.repeat(99)}…"`);
  });
});

describe('a service entry by platform', () => {
  const service = (fields: string) => `version: 1\nenvironments:\n  production:\n    services:\n      web:\n${fields}`;

  it('keeps each platform to its own fields, vm when none is named', () => {
    const ecs = parseConfig(service('        platform: ecs\n        cluster: c\n        containers: [app]\n'), 'runbook.yml').environments.production?.services.web;
    expect(ecs).toEqual({ platform: 'ecs', cluster: 'c', containers: ['app'], health: [] });
    expect(parseConfig(service('        health: []\n'), 'runbook.yml').environments.production?.services.web).toEqual({ platform: 'vm', health: [] });
    expect(parseConfig(service('        platform: cloud-run\n        project: p\n'), 'runbook.yml').environments.production?.services.web).toEqual({ platform: 'cloud-run', project: 'p', health: [] });
  });

  it.each([
    ['an ECS field on a Cloud Run service', '        platform: cloud-run\n        cluster: c\n', 'runbook.yml: environments.production.services.web.cluster: unknown key'],
    ['a Cloud Run field on an ECS service', '        platform: ecs\n        project: p\n', 'runbook.yml: environments.production.services.web.project: unknown key'],
    ['an ECS field on a service of no platform (vm)', '        migrate: { command: [x] }\n', 'runbook.yml: environments.production.services.web.migrate: unknown key'],
    ['an unknown platform', '        platform: kubernetes\n', 'runbook.yml: environments.production.services.web.platform: expected platform ecs, cloud-run, vm or none (vm)'],
  ])('refuses %s in one line naming the path', (_name, fields, message) => {
    expect(() => parseConfig(service(fields), 'runbook.yml')).toThrow(new RegExp(`^${message.replace(/[.()]/g, '\\$&')}$`));
  });
});
