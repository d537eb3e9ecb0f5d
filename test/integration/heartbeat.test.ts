import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendJson, startServer, type TestServer } from '../harness/http-server.ts';
import { runAction } from '../harness/run-action.ts';

// `heartbeat-url` on the check actions: a ping at the end of every run, healthchecks.io style.

interface Ping {
  path: string;
  body: string;
}
let service: TestServer;
let watcher: http.Server;
let pings: Ping[] = [];
/** Answers to give the next pings (a 500 that a retry absorbs). */
const failures: number[] = [];
let base = '';
beforeAll(async () => {
  service = await startServer({ '/ok': (_q, res) => sendJson(res, 200, { status: 'healthy' }), '/down': (_q, res) => sendJson(res, 503, { status: 'down' }) });
  watcher = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const status = failures.shift() ?? 200;
      if (status === 200) pings.push({ path: req.url ?? '', body });
      res.writeHead(status, { 'content-type': 'text/plain', 'retry-after': '0' }).end(status === 200 ? 'OK' : 'error');
    });
  });
  await new Promise<void>((resolve) => watcher.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(watcher.address() as AddressInfo).port}/ping/5e3f-t0k3n`;
});
afterAll(async () => {
  await service.close();
  await new Promise<void>((resolve) => watcher.close(() => resolve()));
});

const smoke = (path: string, inputs: Record<string, string> = {}) => runAction('smoke-test', { urls: `${service.url}${path}`, retries: '0', 'open-issues': 'false', ...inputs });

describe('heartbeat', () => {
  it('heartbeat-url: pings the URL when the checks pass and <url>/fail when they fail, the URL masked', async () => {
    pings = [];
    const passing = await smoke('/ok', { 'heartbeat-url': base });
    const failing = await smoke('/down', { 'heartbeat-url': base });
    const without = await smoke('/ok');
    expect([passing.exitCode, failing.exitCode, without.exitCode]).toEqual([0, 1, 0]);
    expect(pings.map((p) => p.path)).toEqual(['/ping/5e3f-t0k3n', '/ping/5e3f-t0k3n/fail']);
    expect(pings[0]?.body).toBe('smoke-test: all 1 checks passed');
    expect(pings[1]?.body).toMatch(/^smoke-test: 1 of 1 checks failing/);
    expect(failing.masks).toContain(base);
    expect(passing.log + failing.log).not.toContain('5e3f-t0k3n');
  });

  it('retries a ping the watcher refused once, and a ping that cannot be sent is a warning only', async () => {
    pings = [];
    failures.push(500);
    const retried = await smoke('/ok', { 'heartbeat-url': base });
    expect(retried.exitCode).toBe(0);
    expect(pings).toHaveLength(1);
    failures.push(500, 500, 500);
    const lost = await smoke('/ok', { 'heartbeat-url': base });
    expect(lost.exitCode).toBe(0);
    expect(lost.annotations.map((a) => a.message)).toEqual(['smoke-test: the heartbeat ping failed: the heartbeat URL answered 500 (error)']);
  });

  it('refuses a heartbeat URL that is not https, in one line, with nothing checked', async () => {
    const run = await smoke('/ok', { 'heartbeat-url': 'ftp://hc.example/ping' });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.map((a) => a.message)).toEqual(['smoke-test: input "heartbeat-url": expected an https:// URL (the value is not shown: it is a secret)']);
  });
});
