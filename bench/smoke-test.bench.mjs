// smoke-test: 200 loopback endpoints that each answer after 100 ms, checked by the bundled action
// and by the sequential curl loop people write today, in the same run.
import http from 'node:http';
import { bareNodeSeconds, fmt, median, runAction, runCommand } from './lib.mjs';

const ENDPOINTS = 200;
const DELAY_MS = 100;

async function startEndpoints() {
  const servers = await Promise.all(
    Array.from({ length: ENDPOINTS }, () => {
      const server = http.createServer((_req, res) => setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"healthy"}'), DELAY_MS));
      return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
    }),
  );
  return { urls: servers.map((s) => `http://127.0.0.1:${s.address().port}/health`), close: () => servers.forEach((s) => s.close()) };
}

export async function run() {
  const { urls, close } = await startEndpoints();
  try {
    const node = await bareNodeSeconds();
    const ours = async (concurrency, expectation = { 'expect-json': '{"status":"healthy"}' }) => {
      const times = [];
      for (let i = 0; i < 3; i++) {
        const r = await runAction('smoke-test', { urls: urls.join('\n'), ...expectation, concurrency: String(concurrency), retries: '0' });
        if (r.code !== 0) throw new Error(`smoke-test failed in the benchmark:\n${r.stdout.slice(-2000)}`);
        times.push(r.seconds);
      }
      return median(times);
    };
    const full = await ours(ENDPOINTS);
    const byDefault = await ours(16);
    // expect-body loads the RE2 engine (263 KB), which a JSON expectation never pays for.
    const withPattern = await ours(ENDPOINTS, { 'expect-body': '"status":\\s*"healthy"' });
    const loop = await runCommand('bash', ['-c', 'for u in "$@"; do curl -s -o /dev/null --max-time 10 -w "%{http_code}\\n" "$u"; done', 'loop', ...urls]);
    const ok = loop.stdout.split('\n').filter((l) => l === '200').length;
    if (ok !== ENDPOINTS) throw new Error(`curl loop: ${ok} of ${ENDPOINTS} answered 200`);
    const budget = 3 * (DELAY_MS / 1000) + node;
    console.log(`smoke-test (${ENDPOINTS} endpoints x ${DELAY_MS} ms, median of 3):`);
    console.log(`  ours, concurrency ${ENDPOINTS}: ${fmt(full)}   (${(full / budget).toFixed(2)}x the budget of 3 x ${DELAY_MS} ms + node start ${fmt(node)} = ${fmt(budget)})`);
    console.log(`  ours, default concurrency 16: ${fmt(byDefault)}   (the default keeps 16 connections open to your hosts; raise concurrency for many endpoints)`);
    console.log(`  ours, concurrency ${ENDPOINTS}, expect-body: ${fmt(withPattern)}   (the same URLs matched by an RE2 pattern, loaded on demand)`);
    console.log(`  sequential curl loop:         ${fmt(loop.seconds)}`);
    console.log(`  ratio: ${(loop.seconds / full).toFixed(1)}x faster than the curl loop at concurrency ${ENDPOINTS} (target >= 20x), ${(loop.seconds / byDefault).toFixed(1)}x at the default 16`);
  } finally {
    close();
  }
}
