import type { CheckResult } from '@runbook/core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCa } from '../harness/certs.ts';
import { expectRejectedInput } from '../harness/expectations.ts';
import { closedPort, sendJson, startServer, type TestServer } from '../harness/http-server.ts';
import { runAction } from '../harness/run-action.ts';

const PASSWORD = 's3cr3t-Pa55word';
const AUTH = `ops:${PASSWORD}`;
const TOKEN = 'tok-Xq81-secret';

let server: TestServer;
/** Credentials that reached /echo, the target of the redirects below. */
const echoed: Array<{ authorization: string | undefined; apiKey: string | string[] | undefined }> = [];

beforeAll(async () => {
  server = await startServer({
    '/health': (_req, res) => sendJson(res, 200, { status: 'healthy', version: '1.2.3' }),
    '/degraded': (_req, res) => sendJson(res, 200, { status: 'degraded' }),
    '/error': (_req, res) => sendJson(res, 500, { error: 'boom' }),
    '/not-json': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<html>maintenance</html>'),
    '/private': (req, res) => {
      if (req.headers.authorization === `Basic ${Buffer.from(AUTH).toString('base64')}`) sendJson(res, 200, { status: 'healthy' });
      else res.writeHead(401, { 'www-authenticate': 'Basic' }).end();
    },
    '/slow': (_req, res) => void setTimeout(() => sendJson(res, 200, { status: 'healthy' }), 1_500),
    '/flaky': (_req, res, hit) => (hit <= 2 ? sendJson(res, 503, { status: 'starting' }) : sendJson(res, 200, { status: 'healthy' })),
    '/loop-a': (_req, res) => void res.writeHead(302, { location: '/loop-b' }).end(),
    '/loop-b': (_req, res) => void res.writeHead(302, { location: '/loop-a' }).end(),
    '/echo': (req, res) => {
      echoed.push({ authorization: req.headers.authorization, apiKey: req.headers['x-api-key'] });
      sendJson(res, 200, { status: 'healthy' });
    },
    // localhost and 127.0.0.1 are different origins, as a CDN or login host would be.
    '/to-other-origin': (_req, res) => void res.writeHead(302, { location: `http://localhost:${server.port}/echo` }).end(),
    '/to-same-origin': (_req, res) => void res.writeHead(301, { location: '/echo' }).end(),
    '/head-only': (req, res) => void res.writeHead(req.method === 'HEAD' ? 204 : 405).end(),
    '/evil': (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end(`${'a'.repeat(34)}!`),
    '/bearer': (req, res) => (req.headers.authorization === `Bearer ${TOKEN}` ? sendJson(res, 200, { status: 'healthy' }) : void res.writeHead(401).end()),
    '/sometimes-slow': (_req, res, hit) => void setTimeout(() => sendJson(res, 200, { status: 'healthy' }), hit % 4 === 0 ? 300 : 5),
  });
});
afterAll(() => server.close());

// Backoff is tested with an injected sleep (packages/http-probe/src/probe.test.ts): no real waits here.
const smoke = (inputs: Record<string, string>, env: Record<string, string> = {}) => runAction('smoke-test', { 'retry-delay': '0s', ...inputs }, { env });
const configFile = (text: string): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'runbook-cfg-')), 'runbook.yml');
  writeFileSync(file, `version: 1\nenvironments:\n  production:\n    services:\n${text}`);
  return file;
};
const results = (outputs: Record<string, string>) => JSON.parse(outputs.results ?? '[]') as CheckResult[];

describe('smoke-test against real HTTP servers', () => {
  it('passes a healthy JSON endpoint and reports outputs, summary and no annotations', async () => {
    const run = await smoke({ urls: `${server.url}/health`, 'expect-json': '{"status":"healthy"}' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('pass');
    expect(run.outputs.failed).toBe('0');
    const [r] = results(run.outputs);
    // One URL: the output is its p95, a whole number of milliseconds (never empty).
    expect(run.outputs['p95-ms']).toMatch(/^\d+$/);
    expect(run.outputs['p95-ms']).toBe(String(r?.evidence['p95 ms']));
    expect(r).toMatchObject({ kind: 'smoke-test', status: 'pass', id: `http:default/127.0.0.1:${server.port}/${server.url}/health`, evidence: { status: 200, attempts: 1 } });
    expect(run.summary).toContain('smoke-test: all 1 URLs passed');
    expect(run.summary).toContain(`${server.url}/health`);
    expect(run.annotations).toEqual([]);
  });

  it('fails HTTP 200 with an unhealthy body and says what differed', async () => {
    const run = await smoke({ urls: `${server.url}/degraded`, 'expect-json': '{"status":"healthy"}', retries: '0' });
    expect(run.exitCode).toBe(1);
    const [r] = results(run.outputs);
    expect(r?.summary).toBe('expected {"status":"healthy"}, got {"status":"degraded"}');
    expect(r?.severity).toBe('P1');
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'error', message: 'expected {"status":"healthy"}, got {"status":"degraded"}' }));
    expect(run.annotations.find((a) => a.title)?.title).toContain('[P1]');
  });

  it('fails a 500 answer after its retries', async () => {
    const run = await smoke({ urls: `${server.url}/error`, retries: '1' });
    expect(run.exitCode).toBe(1);
    expect(results(run.outputs)[0]).toMatchObject({ status: 'fail', summary: 'expected status 200, got 500', evidence: { attempts: 2, status: 500 } });
  });

  it('gets 401 without basic auth and 200 with it', async () => {
    const without = await smoke({ urls: `${server.url}/private` });
    expect(without.exitCode).toBe(1);
    expect(results(without.outputs)[0]?.summary).toContain('got 401');
    expect(results(without.outputs)[0]?.evidence.attempts).toBe(1); // a 401 is not retried
    const withAuth = await smoke({ urls: `${server.url}/private`, 'basic-auth': AUTH });
    expect(withAuth.exitCode).toBe(0);
  });

  it('never shows the basic-auth password in logs, outputs or the summary, and masks it', async () => {
    const run = await smoke({ urls: `${server.url}/private\n${server.url}/error`, 'basic-auth': AUTH, retries: '0' });
    expect(run.masks).toContain(PASSWORD);
    const b64 = Buffer.from(AUTH).toString('base64');
    const stdoutButMasks = run.stdout.replace(/^::add-mask::.*$/gm, '');
    for (const text of [stdoutButMasks, run.stderr, JSON.stringify(run.outputs), run.summary, JSON.stringify(run.annotations)]) {
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain(b64);
    }
  });

  it('reports a timeout in plain words', async () => {
    const run = await smoke({ urls: `${server.url}/slow`, timeout: '300ms', retries: '0' });
    expect(run.exitCode).toBe(1);
    expect(results(run.outputs)[0]?.summary).toBe('timed out after 300ms');
  });

  it('absorbs a flaky endpoint with retries and reports the attempts', async () => {
    const run = await smoke({ urls: `${server.url}/flaky`, retries: '2' });
    expect(run.exitCode).toBe(0);
    expect(results(run.outputs)[0]).toMatchObject({ status: 'pass', evidence: { attempts: 3 } });
    expect(server.hits.get('/flaky')).toBe(3);
  });

  it('detects a redirect loop', async () => {
    const run = await smoke({ urls: `${server.url}/loop-a`, retries: '0' });
    expect(run.exitCode).toBe(1);
    expect(results(run.outputs)[0]?.summary).toMatch(/^redirect loop/);
  });

  it('keeps credentials on a same-origin redirect and drops them when a redirect leaves the origin', async () => {
    const inputs = { 'basic-auth': AUTH, headers: 'X-Api-Key: k-123\nX-Trace: on', retries: '0' };
    echoed.length = 0;
    expect((await smoke({ urls: `${server.url}/to-same-origin`, ...inputs })).exitCode).toBe(0);
    expect(echoed).toEqual([{ authorization: `Basic ${Buffer.from(AUTH).toString('base64')}`, apiKey: 'k-123' }]);
    echoed.length = 0;
    expect((await smoke({ urls: `${server.url}/to-other-origin`, ...inputs })).exitCode).toBe(0);
    expect(echoed).toEqual([{}]);
  });

  it('reports connection refused', async () => {
    const port = await closedPort();
    const run = await smoke({ urls: `http://127.0.0.1:${port}/health`, retries: '1' });
    expect(run.exitCode).toBe(1);
    expect(results(run.outputs)[0]).toMatchObject({ summary: 'connection refused', evidence: { attempts: 2, status: null } });
  });

  it('fails a body that is not JSON when expect-json is set', async () => {
    const run = await smoke({ urls: `${server.url}/not-json`, 'expect-json': '{"status":"ok"}', retries: '0' });
    expect(run.exitCode).toBe(1);
    expect(results(run.outputs)[0]?.summary).toContain('not JSON');
  });

  it('checks HTTPS with a test CA given by ca-file, and fails without it', async () => {
    const ca = createTestCa();
    const tlsServer = await startServer({ '/health': (_req, res) => sendJson(res, 200, { status: 'ok' }) }, ca.issue(['127.0.0.1', 'localhost']));
    try {
      const trusted = await smoke({ urls: `${tlsServer.url}/health`, 'ca-file': ca.certFile, 'expect-json': '{"status":"ok"}' });
      expect(trusted.exitCode).toBe(0);
      const untrusted = await smoke({ urls: `${tlsServer.url}/health`, retries: '0' });
      expect(untrusted.exitCode).toBe(1);
      expect(results(untrusted.outputs)[0]?.summary).toContain('not trusted');
    } finally {
      await tlsServer.close();
    }
  });

  it('sends HEAD when asked', async () => {
    const run = await smoke({ urls: `${server.url}/head-only`, method: 'HEAD', 'expect-status': '200-204' });
    expect(run.exitCode).toBe(0);
    expect(results(run.outputs)[0]?.evidence.status).toBe(204);
  });

  it('fails the p95 SLO with samples: 20 as a P3', async () => {
    const run = await smoke({ urls: `${server.url}/sometimes-slow`, samples: '20', 'max-p95': '200ms' });
    expect(run.exitCode).toBe(1);
    const [r] = results(run.outputs);
    expect(r).toMatchObject({ status: 'fail', severity: 'P3', evidence: { samples: 20 } });
    expect(r?.evidence['p95 ms']).toBeGreaterThan(200);
    expect(r?.summary).toMatch(/^p95 \d+ms is over the 200ms limit$/);
  });

  it('rates a service with every URL down P1 and one with some down P2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'runbook-cfg-'));
    writeFileSync(
      join(dir, 'runbook.yml'),
      `version: 1
environments:
  production:
    services:
      api:
        health:
          - url: ${server.url}/error
          - url: ${server.url}/degraded
            expect: { json: { status: healthy } }
      web:
        health:
          - url: ${server.url}/health
          - url: ${server.url}/error
            runbook: "sudo systemctl restart estimator"
`,
    );
    const run = await smoke({ config: join(dir, 'runbook.yml'), environment: 'production', retries: '0' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.failed).toBe('3');
    const bySubject = results(run.outputs).map((r) => [r.subject, r.status, r.severity ?? null]);
    expect(bySubject).toEqual([
      ['api', 'fail', 'P1'],
      ['api', 'fail', 'P1'],
      ['web', 'pass', null],
      ['web', 'fail', 'P2'],
    ]);
    expect(results(run.outputs)[3]?.runbook).toBe('sudo systemctl restart estimator');
  });

  it('groups inline URLs by host: a host with every URL down is P1, one with some down P2', async () => {
    const down = `http://127.0.0.1:${await closedPort()}`;
    const run = await smoke({ urls: `${server.url}/health\n${server.url}/error\n${down}/health`, retries: '0', samples: '20' });
    expect(results(run.outputs).map((r) => [r.subject, r.status, r.severity ?? null, r.evidence['error rate']])).toEqual([
      [`127.0.0.1:${server.port}`, 'pass', null, '0%'],
      [`127.0.0.1:${server.port}`, 'fail', 'P2', '100%'],
      [down.slice('http://'.length), 'fail', 'P1', '100%'],
    ]);
  });

  it('checks many URLs concurrently', async () => {
    const urls = Array.from({ length: 8 }, () => `${server.url}/slow`).join('\n');
    const run = await smoke({ urls, concurrency: '8', timeout: '5s' });
    expect(run.exitCode).toBe(0);
    expect(run.durationMs).toBeLessThan(1_500 * 3);
  });

  it('fails only the check whose secret is not set, and runs, reports and records every other one', async () => {
    const config = configFile(`      api:\n        health:\n          - url: ${server.url}/private\n            basic-auth-env: SMOKE_AUTH\n      web:\n        health:\n          - url: ${server.url}/health\n            headers: { Authorization: "Bearer \${WEB_TOKEN}" }\n          - url: ${server.url}/health\n`);
    const before = server.hits.get('/private');
    const run = await smoke({ config, environment: 'production', retries: '0' }, { WEB_TOKEN: '' });
    expect(run.exitCode).toBe(1);
    expect(results(run.outputs).map((r) => [r.subject, r.status, r.summary])).toEqual([
      ['api', 'fail', 'basic-auth-env: SMOKE_AUTH is not set'],
      ['web', 'fail', 'headers.Authorization: WEB_TOKEN is empty'],
      ['web', 'pass', expect.stringMatching(/^HTTP 200 in \d+ms$/)],
    ]);
    expect(run.outputs.failed).toBe('2');
    expect(run.summary).toContain('basic-auth-env: SMOKE_AUTH is not set');
    expect(server.hits.get('/private')).toBe(before);
  });

  it('masks each secret the checks use: a ${VAR} header whole, a basic-auth-env password alone, URL credentials', async () => {
    const config = configFile(`      api:\n        health:\n          - url: ${server.url}/bearer\n            headers: { Authorization: "Bearer \${WEB_TOKEN}" }\n          - url: ${server.url}/private\n            basic-auth-env: SMOKE_AUTH\n`);
    const run = await smoke({ config, environment: 'production', urls: `http://ops:Url-Pa55-secret@127.0.0.1:${server.port}/health`, retries: '0' }, { WEB_TOKEN: TOKEN, SMOKE_AUTH: AUTH });
    expect(run.exitCode).toBe(0);
    for (const secret of [`Bearer ${TOKEN}`, TOKEN, AUTH, PASSWORD, 'ops:Url-Pa55-secret', 'Url-Pa55-secret']) expect(run.masks).toContain(secret);
  });

  it('matches a catastrophic expect-body pattern in linear time and says what the body was', async () => {
    const run = await smoke({ urls: `${server.url}/evil`, 'expect-body': '^(a+)+$', retries: '0' });
    expect(run.exitCode).toBe(1);
    expect(results(run.outputs)[0]?.summary).toBe(`expected the body to match /^(a+)+$/, got "${'a'.repeat(34)}!"`);
  });

  it('passes a body that matches its expect-body pattern', async () => {
    const run = await smoke({ urls: `${server.url}/health`, 'expect-body': '"status":\\s*"healthy"' });
    expect(run.exitCode).toBe(0);
  });

  it('honours fail-on: never', async () => {
    const run = await smoke({ urls: `${server.url}/error`, retries: '0', 'fail-on': 'never' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('fail');
  });
});

describe('smoke-test bad input: one line naming the input, exit 1, nothing sent', () => {
  const dir = mkdtempSync(join(tmpdir(), 'runbook-bad-'));
  writeFileSync(join(dir, 'unknown-key.yml'), `version: 1\nenvironments:\n  production:\n    services:\n      api:\n        health:\n          - url: http://127.0.0.1:1/health\n            expct: { status: 200 }\n`);
  writeFileSync(join(dir, 'long-timeout.yml'), `version: 1\nenvironments:\n  production:\n    services:\n      api:\n        health:\n          - url: http://127.0.0.1:1/health\n            timeout: 30d\n`);
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ['an invalid URL', { urls: '{health}\nnot a url' }, /^smoke-test: input "urls": .*expected an http:\/\/ or https:\/\/ URL, got "not a url"$/],
    ['an unknown config key', { config: join(dir, 'unknown-key.yml'), environment: 'production' }, /unknown-key\.yml: environments\.production\.services\.api\.health\[0\]\.expct: unknown key$/],
    ['a negative timeout', { timeout: '-5s' }, /^smoke-test: input "timeout": expected a positive duration like 500ms, 10s, 5m or 26h, got "-5s"$/],
    ['expect-json that is not JSON', { 'expect-json': '{status: healthy' }, /^smoke-test: input "expect-json": expected a JSON object/],
    ['a header line without a colon', { headers: 'X-Good: yes\nX-Bad' }, /^smoke-test: input "headers": line 2 is not a "Name: value" header/],
    ['expect-json with method HEAD', { method: 'HEAD', 'expect-json': '{"status":"healthy"}' }, /^smoke-test: input "expect-json": expected no body check with method HEAD/],
    ['retries: many', { retries: 'many' }, /^smoke-test: input "retries": expected a whole number from 0 to 10, got "many"$/],
    ['a timeout a timer cannot hold', { timeout: '30d' }, /^smoke-test: input "timeout": expected a duration of at most 5m, got "30d"$/],
    ['a retry-delay over its bound', { 'retry-delay': '1h' }, /^smoke-test: input "retry-delay": expected a duration of at most 5m, got "1h"$/],
    ['a header value beyond Latin-1', { headers: 'Authorization: Bearer トークン' }, /^smoke-test: input "headers": line 1: expected a header value of tabs and printable Latin-1 characters, got a character outside Latin-1 \(U\+30C8\) at character 8 of 11$/],
    ['a header name that is not HTTP', { headers: 'X Api Key: abc' }, /^smoke-test: input "headers": line 1: expected a header name of letters, digits/],
    ['a body pattern RE2 cannot compile', { 'expect-body': '(a)\\1' }, /^smoke-test: input "expect-body": expected a regular expression RE2 accepts \(no lookaround or backreferences\), got "\(a\)\\\\1": invalid escape sequence/],
    ['a config timeout a timer cannot hold', { urls: '', config: join(dir, 'long-timeout.yml'), environment: 'production' }, /long-timeout\.yml: environments\.production\.services\.api\.health\[0\]\.timeout: expected a duration of at most 5m, got "30d"$/],
  ];
  it.each(cases)('rejects %s', async (_name, inputs, message) => {
    const before = server.total();
    const urls = (inputs.urls ?? '{health}').replace('{health}', `${server.url}/health`);
    expectRejectedInput(await smoke({ ...inputs, urls }), message);
    expect(server.total()).toBe(before);
  });

  it('refuses a config header that is not valid HTTP once its secret is filled in, naming the path, not the secret', async () => {
    const before = server.total();
    const config = configFile(`      backend:\n        health:\n          - url: ${server.url}/health\n          - url: ${server.url}/bearer\n            headers: { Authorization: "Bearer \${WEB_TOKEN}" }\n`);
    const run = await smoke({ config, environment: 'production' }, { WEB_TOKEN: `${TOKEN}\n` });
    expectRejectedInput(run, /runbook\.yml: environments\.production\.services\.backend\.health\[1\]\.headers\.Authorization: expected a header value of tabs and printable Latin-1 characters, got a line feed \(U\+000A\)/);
    expect(run.stdout.replace(/^::add-mask::.*$/gm, '') + run.stderr).not.toContain(TOKEN);
    expect(server.total()).toBe(before);
  });

  it('never prints the password of a URL that does not parse', async () => {
    const run = await smoke({ urls: 'https://ops:Pa/ss-Secret9@x.example/health' });
    expectRejectedInput(run, /^smoke-test: input "urls": expected an http:\/\/ or https:\/\/ URL, got "https:\/\/\*\*\*@x\.example\/health"$/);
    expect(run.stdout + run.stderr).not.toContain('Secret9');
  });
});
