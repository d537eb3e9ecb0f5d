import type { CheckResult } from '@runbook/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub } from '../fakes/github-api.ts';
import { sendJson, startServer, type TestServer } from '../harness/http-server.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';

// One test per smoke-test input that no test in smoke-test.test.ts shows the effect of: the same
// run with and without the input gives a different result.

let server: TestServer;
const hitTimes = new Map<string, number[]>();
let inFlight = 0;
let maxInFlight = 0;

beforeAll(async () => {
  server = await startServer({
    '/health': (_q, res) => sendJson(res, 200, { status: 'healthy', version: '1.2.3' }),
    '/maintenance': (_q, res) => sendJson(res, 503, { status: 'maintenance' }),
    '/moved': (_q, res) => void res.writeHead(302, { location: '/health' }).end(),
    // Every fourth request fails: a 25% error rate over many samples.
    '/quarter-errors': (_q, res, hit) => sendJson(res, hit % 4 === 0 ? 500 : 200, { status: 'healthy' }),
    '/timed': (req, res) => {
      const key = req.headers['x-test'] as string;
      hitTimes.set(key, [...(hitTimes.get(key) ?? []), performance.now()]);
      sendJson(res, 500, { status: 'error' });
    },
    ...Object.fromEntries(
      [1, 2, 3, 4].map((i) => [
        `/held/${i}`,
        (_q: unknown, res: Parameters<typeof sendJson>[0]) => {
          inFlight++;
          maxInFlight = Math.max(maxInFlight, inFlight);
          setTimeout(() => {
            inFlight--;
            sendJson(res, 200, { status: 'healthy' });
          }, 150);
        },
      ]),
    ),
  });
});
afterAll(() => server.close());

const smoke = (inputs: Record<string, string>) => runAction('smoke-test', { retries: '0', 'open-issues': 'false', ...inputs });
const first = (run: ActionRun) => (JSON.parse(run.outputs.results ?? '[]') as CheckResult[])[0];

describe('smoke-test inputs, each changing the result', () => {
  it('expect-body: a body that does not match the pattern fails, one that matches passes', async () => {
    const urls = `${server.url}/health`;
    expect((await smoke({ urls, 'expect-body': '"version":"1\\.2\\.\\d+"' })).exitCode).toBe(0);
    const miss = await smoke({ urls, 'expect-body': '"version":"2\\.' });
    expect(miss.exitCode).toBe(1);
    expect(first(miss)).toMatchObject({ status: 'fail', summary: expect.stringContaining('"version":"2\\.') });
  });

  it('expect-status: a 503 listed as accepted passes; by default it fails', async () => {
    const urls = `${server.url}/maintenance`;
    expect(first(await smoke({ urls }))).toMatchObject({ status: 'fail', summary: 'expected status 200, got 503' });
    expect(first(await smoke({ urls, 'expect-status': '200,503' }))).toMatchObject({ status: 'pass', evidence: { status: 503 } });
  });

  it('retry-delay: sets the wait before a retry (at least half of it, with jitter)', async () => {
    const urls = `${server.url}/timed`;
    await smoke({ urls, retries: '1', 'retry-delay': '0s', headers: 'X-Test: none' });
    await smoke({ urls, retries: '1', 'retry-delay': '600ms', headers: 'X-Test: long' });
    const gap = (key: string) => {
      const [a = 0, b = 0] = hitTimes.get(key) ?? [];
      return b - a;
    };
    expect(hitTimes.get('none')).toHaveLength(2);
    expect(hitTimes.get('long')).toHaveLength(2);
    expect(gap('long')).toBeGreaterThanOrEqual(300);
    expect(gap('none')).toBeLessThan(300);
  });

  it('max-error-rate: a share of failing samples over it is a P3 failure, under it a pass', async () => {
    const urls = `${server.url}/quarter-errors`;
    const strict = await smoke({ urls, samples: '20', 'max-error-rate': '10%', 'expect-status': '200' });
    expect(first(strict)).toMatchObject({ status: 'fail', severity: 'P3', summary: expect.stringMatching(/error rate \d+% is over the 10% limit/) });
    const lenient = await smoke({ urls, samples: '20', 'max-error-rate': '50%' });
    expect(first(lenient)?.status).toBe('pass');
  });

  it('concurrency: never more requests in flight than it allows', async () => {
    const urls = [1, 2, 3, 4].map((i) => `${server.url}/held/${i}`).join('\n');
    maxInFlight = 0;
    expect((await smoke({ urls, concurrency: '1' })).exitCode).toBe(0);
    expect(maxInFlight).toBe(1);
    maxInFlight = 0;
    expect((await smoke({ urls, concurrency: '4' })).exitCode).toBe(0);
    expect(maxInFlight).toBe(4);
  });

  it('follow-redirects: false takes the 3xx as the answer; by default the redirect is followed', async () => {
    const urls = `${server.url}/moved`;
    expect(first(await smoke({ urls }))).toMatchObject({ status: 'pass', evidence: { status: 200 } });
    expect(first(await smoke({ urls, 'follow-redirects': 'false' }))).toMatchObject({ status: 'fail', summary: expect.stringMatching(/^expected status 200, got 302/) });
  });

  it("service: names the inline URLs' service in the result, its id and the summary", async () => {
    const urls = `${server.url}/maintenance`;
    expect(first(await smoke({ urls }))).toMatchObject({ subject: `127.0.0.1:${server.port}` });
    const named = await smoke({ urls, service: 'keiba-api' });
    expect(first(named)).toMatchObject({ subject: 'keiba-api', id: `http:default/keiba-api/${urls}` });
    expect(named.summary).toContain('keiba-api');
  });

  it("runbook: is the failing result's runbook and its incident issue's steps, instead of runbook 001's", async () => {
    const gh = await startFakeGitHub();
    try {
      const urls = `${server.url}/maintenance`;
      const withIssues = { 'open-issues': 'true', 'github-token': gh.token };
      const env = { env: { GITHUB_API_URL: gh.url } };
      const plain = await runAction('smoke-test', { urls, retries: '0', ...withIssues }, env);
      expect(first(plain)?.runbook).toBeUndefined();
      expect(gh.issue(1)?.body).toContain('Runbook 001');
      gh.reset();
      const run = await runAction('smoke-test', { urls, retries: '0', ...withIssues, runbook: 'sudo systemctl restart keiba-api' }, env);
      expect(first(run)?.runbook).toBe('sudo systemctl restart keiba-api');
      expect(gh.issue(1)?.body).toContain('sudo systemctl restart keiba-api');
      expect(gh.issue(1)?.body).not.toContain('Runbook 001');
    } finally {
      await gh.close();
    }
  });
});
