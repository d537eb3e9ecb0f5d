import type { CheckResult } from '@runbook/core';
import { build } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-api.ts';
import { COMMAND_PAYLOAD, expectNoCommandFromOutside, expectRejectedInput } from '../harness/expectations.ts';
import { sendJson, startServer, type TestServer } from '../harness/http-server.ts';
import { ROOT, runAction } from '../harness/run-action.ts';

const PAYLOAD = COMMAND_PAYLOAD.join('\n');

let server: TestServer;
let gh: FakeGitHub;
let partialEntry: string;

beforeAll(async () => {
  server = await startServer({
    '/health': (_req, res) => sendJson(res, 200, { status: 'healthy' }),
    '/down': (_req, res) => sendJson(res, 503, { status: 'down' }),
    '/evil-text': (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end(`##[error]x ${PAYLOAD}`),
    '/evil-json': (_req, res) => sendJson(res, 200, { status: `##[error]pwned ${PAYLOAD}` }),
    '/big': (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end('maintenance'),
  });
  gh = await startFakeGitHub();
  partialEntry = join(mkdtempSync(join(tmpdir(), 'runbook-partial-')), 'index.js');
  await build({
    entryPoints: [join(ROOT, 'test/fixtures/partial-action.ts')],
    outfile: partialEntry,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
    logLevel: 'warning',
  });
});
afterAll(async () => {
  await server.close();
  await gh.close();
});

const smoke = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runAction('smoke-test', { retries: '0', 'open-issues': 'false', ...inputs }, { env });
const results = (outputs: Record<string, string>) => JSON.parse(outputs.results ?? '[]') as CheckResult[];
const tmp = (): string => mkdtempSync(join(tmpdir(), 'runbook-runtime-'));

describe('no workflow command from outside text', () => {
  it('acts on no command in response bodies or URLs: every line is read by the runner rules', async () => {
    const run = await smoke({
      urls: [`${server.url}/evil-text`, `${server.url}/evil-json`, `${server.url}/health#x##[error]pwned`].join('\n'),
      'expect-json': '{"status":"healthy"}',
      'expect-body': 'healthy',
      'fail-on': 'never',
    });
    expect(run.exitCode).toBe(0);
    expectNoCommandFromOutside(run);
    expect(run.commands.map((c) => c.name)).not.toContain('stop-commands');
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(2);
    expect(run.stdout).toContain('##\u200b['); // the payload did reach the log, made inert
  });
});

describe('partial results and usage errors', () => {
  it('writes outputs, summary and incidents for what a body recorded before it threw, then fails with one line', async () => {
    gh.reset();
    const token = 'partial-secret-7311';
    const run = await runAction('partial', { 'token-for-test': token, 'github-token': gh.token }, { entry: partialEntry, env: { GITHUB_API_URL: gh.url } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('error');
    expect(results(run.outputs).map((r) => r.id)).toEqual(['http:default/api/https://api.example/health']);
    expect(run.summary).toMatch(/stopped by an error after 1 result\(s\): the second check crashed/);
    expect(run.summary).toContain('https://api.example/health');
    expect(run.summary).toContain('### Incidents');
    expect(gh.issues.map((i) => i.title)).toEqual([expect.stringContaining('api')]);
    const errors = run.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toEqual(['HTTP 503 (sent ***)', 'partial failed: the second check crashed at a stack line']);
    expect(run.log + run.stderr).not.toMatch(/\n\s+at /);
    expect(run.commands.find((c) => c.name === 'debug')?.data).toMatch(/\n\s+at /); // the stack, for debugging only
    expect(run.log + run.stderr + JSON.stringify(run.annotations)).not.toContain(token);
    expect(JSON.stringify(gh.issues)).not.toContain(token);
  });

  it('writes status `error` and a summary naming the bad input, with nothing sent', async () => {
    gh.reset();
    const before = server.total();
    const run = await runAction('smoke-test', { urls: `${server.url}/down`, 'fail-on': 'sometimes', 'github-token': gh.token }, { env: { GITHUB_API_URL: gh.url } });
    expectRejectedInput(run, /^smoke-test: input "fail-on": expected one of fail, warn, never, got "sometimes"$/);
    expect(run.summary).toContain('bad input, nothing was checked or sent');
    expect(run.summary).toContain('input "fail-on": expected one of fail, warn, never');
    expect(server.total()).toBe(before);
    expect(gh.requests).toEqual([]);
  });
});

describe('results-file', () => {
  it('creates a missing directory and still opens the incident', async () => {
    gh.reset();
    const file = join(tmp(), 'a', 'b', 'results.json');
    const run = await smoke({ urls: `${server.url}/down`, 'results-file': file, 'open-issues': 'true', 'github-token': gh.token }, { GITHUB_API_URL: gh.url });
    expect(run.exitCode).toBe(1);
    expect((JSON.parse(readFileSync(file, 'utf8')) as CheckResult[]).map((r) => r.status)).toEqual(['fail']);
    expect(gh.issues).toHaveLength(1);
  });

  it('refuses a path it cannot write before any check runs', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'taken'));
    const before = server.total();
    const run = await smoke({ urls: `${server.url}/down`, 'results-file': join(dir, 'taken') });
    expectRejectedInput(run, /^smoke-test: input "results-file": expected a file path, got the directory /);
    expect(server.total()).toBe(before);
    expect(existsSync(join(dir, 'taken', 'results.json'))).toBe(false);
  });
});

describe('a job summary that cannot be written', () => {
  it('is one warning; outputs, results file and exit code are as without it', async () => {
    const file = join(tmp(), 'results.json');
    const run = await smoke({ urls: `${server.url}/health`, 'results-file': file }, { GITHUB_STEP_SUMMARY: join(tmp(), 'missing', 'summary.md') });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('pass');
    expect(existsSync(file)).toBe(true);
    expect(run.annotations).toEqual([{ level: 'warning', message: expect.stringMatching(/^the job summary could not be written: /) }]);
  });
});

describe('dist/', () => {
  /**
   * What loads before the action's first line of work: the entry file, the main chunk it imports
   * once the Node version is checked, and every chunk those import statically.
   */
  const startupFiles = (file: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(file)) return seen;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const entryMain = seen.size === 1 ? [...code.matchAll(/await import\("(\.[^"]+\/main-[^"]+)"\)/g)] : [];
    for (const [, spec] of [...code.matchAll(/^import\s*(?:[^'"]*from\s*)?["'](\.[^"']+)["']/gm), ...entryMain]) startupFiles(join(dirname(file), spec ?? ''), seen);
    return seen;
  };

  it.each(['smoke-test', 'cert-check', 'deploy', 'rollback'])('%s loads @actions/core but not its OIDC client (undici) at start', (action) => {
    const code = [...startupFiles(join(ROOT, 'dist', action, 'index.js'))].map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(code).toContain('endgroup'); // @actions/core's group
    expect(code).not.toMatch(/undici|ProxyAgent/);
  });

  // Static imports decide what every run reads before its inputs are checked: a cloud SDK or zod
  // there would make a bad input wait for megabytes it never uses.
  it.each(['smoke-test', 'cert-check', 'backup-verify', 'status-check', 'report', 'watchdog', 'deploy', 'rollback'])('%s loads no cloud SDK and no zod at start', (action) => {
    const code = [...startupFiles(join(ROOT, 'dist', action, 'index.js'))].map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(code.match(/\/\/ node_modules\/(@aws-sdk|@smithy|@google-cloud|google-gax|google-auth-library|@googleapis|zod)\/[^\n]*/g) ?? []).toEqual([]);
  });

  it('ships the licence of every bundled npm package, with its version and text', () => {
    const licences = readFileSync(join(ROOT, 'dist', 'licenses.txt'), 'utf8');
    for (const name of ['@actions/core', '@actions/http-client', 'undici', 'zod', 'yaml', '@aws-sdk/client-ecs']) {
      const { version, license } = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string; license: string };
      expect(licences).toContain(`\n${name}@${version} (${license})\n`);
    }
    expect(licences).toContain('Permission is hereby granted, free of charge');
    expect(licences).not.toMatch(/@runbook\//);
  });
});

describe('the job summary', () => {
  it('stays within 1 MiB in UTF-8 bytes with the headline, the incidents section and a note on what was cut', async () => {
    gh.reset();
    const pattern = '障害'.repeat(12_000); // 72 KB of UTF-8 in every failing row's reason
    const urls = Array.from({ length: 24 }, (_, i) => `${server.url}/big?n=${i}`).join('\n');
    const run = await smoke({ urls, 'expect-body': pattern, 'open-issues': 'true', 'github-token': gh.token, concurrency: '8' }, { GITHUB_API_URL: gh.url });
    expect(run.exitCode).toBe(1);
    expect(results(run.outputs)).toHaveLength(24);
    const bytes = Buffer.byteLength(run.summary);
    expect(bytes).toBeLessThanOrEqual(1024 * 1024);
    expect(bytes).toBeGreaterThan(900 * 1024);
    expect(run.summary).not.toContain('\ufffd');
    expect(run.summary.startsWith('## ❌ smoke-test: 24 of 24 URLs failing')).toBe(true);
    expect(run.summary).toMatch(/Cut: \d+ KB of \d+ KB not shown; GitHub limits a job summary to 1 MiB\. Every result is in the `results` output/);
    expect(run.summary).toContain('### Incidents');
  });
});
