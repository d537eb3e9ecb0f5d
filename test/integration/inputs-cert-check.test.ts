import type { CheckResult } from '@runbook/core';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub } from '../fakes/github-api.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';
import { createCertFactory, daysFromNow, type CertFactory } from '../harness/tls-certs.ts';
import { startTlsServer, type TlsTestServer } from '../harness/tls-server.ts';

// One test per cert-check input that no test in cert-check.test.ts shows the effect of: the same
// run with and without the input gives a different result.

let certs: CertFactory;
let fiveDays: TlsTestServer;
let rsa1024: TlsTestServer;
beforeAll(async () => {
  certs = createCertFactory();
  const chain = (c: { key: string; fullChain: string }) => ({ key: c.key, cert: c.fullChain });
  fiveDays = await startTlsServer(chain(certs.issue({ notAfter: daysFromNow(5 + 1 / 24) })));
  rsa1024 = await startTlsServer(chain(certs.issue({ keyBits: 1024, notAfter: daysFromNow(90) })));
});
afterAll(() => Promise.all([fiveDays.close(), rsa1024.close()]));

/** TCP servers that never answer TLS (`hang`) or reset at once (`reset`), noting when each connection came. */
async function tcpServers(count: number, mode: 'hang' | 'reset') {
  const seen = { times: [] as number[] };
  const sockets = new Set<net.Socket>();
  const servers = await Promise.all(
    Array.from({ length: count }, async () => {
      const server = net.createServer((socket) => {
        seen.times.push(performance.now());
        sockets.add(socket);
        socket.on('error', () => undefined);
        if (mode === 'reset') socket.resetAndDestroy();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return server;
    }),
  );
  const hosts = servers.map((s) => `127.0.0.1:${(s.address() as net.AddressInfo).port}`).join('\n');
  const close = () => Promise.all(servers.map((s) => new Promise<void>((resolve) => (sockets.forEach((k) => k.destroy()), s.close(() => resolve())))));
  return { seen, hosts, close };
}

const check = (inputs: Record<string, string>) => runAction('cert-check', { 'ca-file': certs.rootFile, 'open-issues': 'false', retries: '0', ...inputs });
const first = (run: ActionRun) => (JSON.parse(run.outputs.results ?? '[]') as CheckResult[])[0];
const at = (server: TlsTestServer) => `127.0.0.1:${server.port}`;

describe('cert-check inputs, each changing the result', () => {
  it('critical-days: 5 days left is a P4 warning at critical-days 4 and a P2 failure at 6', async () => {
    expect(first(await check({ hosts: at(fiveDays), 'critical-days': '4' }))).toMatchObject({ status: 'warn', severity: 'P4' });
    expect(first(await check({ hosts: at(fiveDays), 'critical-days': '6' }))).toMatchObject({ status: 'fail', severity: 'P2', summary: expect.stringContaining('renew within 6 days') });
  });

  it('min-key-bits: an RSA 1024 key fails by default and passes with min-key-bits 1024', async () => {
    expect(first(await check({ hosts: at(rsa1024) }))).toMatchObject({ status: 'fail', severity: 'P3', summary: 'weak key: RSA 1024 bits, at least 2048 expected' });
    expect(first(await check({ hosts: at(rsa1024), 'min-key-bits': '1024' }))?.status).toBe('pass');
  });

  it('retry-delay: sets the wait before a retry (at least half of it, with jitter)', async () => {
    const gaps: number[] = [];
    for (const delay of ['0s', '600ms']) {
      const reset = await tcpServers(1, 'reset');
      try {
        expect(first(await check({ hosts: reset.hosts, retries: '1', 'retry-delay': delay }))?.evidence.attempts).toBe(2);
        gaps.push((reset.seen.times[1] ?? 0) - (reset.seen.times[0] ?? 0));
      } finally {
        await reset.close();
      }
    }
    expect(gaps[0]).toBeLessThan(300);
    expect(gaps[1]).toBeGreaterThanOrEqual(300);
  });

  // Hung hosts: with concurrency 1 each connection waits for the one before it to time out; with 4
  // they all connect before the first timeout.
  it('concurrency: one host at a time takes turns; four at a time all connect at once', async () => {
    const connectionGaps = async (concurrency: string, timeout: string) => {
      const hung = await tcpServers(4, 'hang');
      try {
        expect((await check({ hosts: hung.hosts, timeout, concurrency })).outputs.status).toBe('fail');
        expect(hung.seen.times).toHaveLength(4);
        return hung.seen.times.slice(1).map((t, i) => t - (hung.seen.times[i] ?? 0));
      } finally {
        await hung.close();
      }
    };
    for (const gap of await connectionGaps('1', '200ms')) expect(gap).toBeGreaterThanOrEqual(150);
    const together = await connectionGaps('4', '800ms');
    expect(together.reduce((a, b) => a + b, 0)).toBeLessThan(800);
  });

  it("runbook: is the failing result's runbook and its incident issue's steps, instead of runbook 001's renewal", async () => {
    const gh = await startFakeGitHub();
    try {
      const inputs = { hosts: at(fiveDays), 'open-issues': 'true', 'github-token': gh.token };
      const env = { env: { GITHUB_API_URL: gh.url } };
      const plain = await runAction('cert-check', { 'ca-file': certs.rootFile, retries: '0', ...inputs }, env);
      expect(first(plain)?.runbook).toBeUndefined();
      expect(gh.issue(1)?.body).toContain('certbot renew');
      gh.reset();
      const run = await runAction('cert-check', { 'ca-file': certs.rootFile, retries: '0', ...inputs, runbook: 'Ask the platform team to renew the ALB certificate in ACM' }, env);
      expect(first(run)?.runbook).toBe('Ask the platform team to renew the ALB certificate in ACM');
      expect(gh.issue(1)?.body).toContain('Ask the platform team to renew the ALB certificate in ACM');
      expect(gh.issue(1)?.body).not.toContain('certbot renew');
    } finally {
      await gh.close();
    }
  });
});
