import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendJson, startServer, type TestServer } from '../harness/http-server.ts';
import { runCli } from '../harness/run-cli.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ '/health': (_q, res) => sendJson(res, 200, { status: 'healthy' }), '/down': (_q, res) => sendJson(res, 503, {}) });
});
afterAll(() => server.close());

describe('the runbook CLI', () => {
  it('runs the smoke-test engine from a terminal with the action input names as flags', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'runbook-cli-'));
    const ok = await runCli(['smoke-test', '--url', `${server.url}/health`, '--expect-json', '{"status":"healthy"}'], cwd);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('smoke-test: all 1 URLs passed');
    const down = await runCli(['smoke-test', '--url', `${server.url}/down`, '--retries', '0'], cwd);
    expect(down.code).toBe(1);
    expect(down.stdout).toMatch(/fail P1 .*expected status 200, got 503/);
  });

  it('rejects a bad flag in one line', async () => {
    const run = await runCli(['smoke-test', '--url', `${server.url}/health`, '--timeout', 'soon'], tmpdir());
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('runbook: --timeout: expected a positive duration like 500ms, 10s, 5m or 26h, got "soon"');
  });

  it('runs the demo: finds the degraded service, passes basic auth, writes the report, prints no secret', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'runbook-demo-'));
    const run = await runCli(['demo'], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/ai\s+http:\/\/127\.0\.0\.1:\d+\/api\/v1\/ai\/health\s+fail P1/);
    expect(run.stdout).toMatch(/estimator\s+http:\/\/127\.0\.0\.1:\d+\/api\/v1\/health\s+pass/);
    const summary = readFileSync(join(cwd, '.runbook-demo/summary.md'), 'utf8');
    expect(summary).toContain('ollama_reachable');
    const results = JSON.parse(readFileSync(join(cwd, '.runbook-demo/results.json'), 'utf8')) as unknown[];
    expect(results.length).toBeGreaterThanOrEqual(3);
    expect(run.stdout + run.stderr + summary).not.toContain('demo-password');
  });
});
