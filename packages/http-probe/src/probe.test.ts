import { patternValue } from '@runbook/core/pattern';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendJson, startServer, type TestServer } from '../../../test/harness/http-server.ts';
import { throwingReportEmitter } from '../../../test/harness/recording-emitter.ts';
import { PROBE_DEFAULTS } from './options.ts';
import { probe, type ProbeSpec } from './probe.ts';
import { runSmokeTest } from './report.ts';
import { smokeTest } from './smoke-test.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({
    '/health': (_req, res) => sendJson(res, 200, { status: 'healthy' }),
    '/error': (_req, res) => sendJson(res, 500, { error: 'boom' }),
    '/busy': (_req, res, hit) => (hit === 1 ? void res.writeHead(503, { 'retry-after': '7' }).end() : sendJson(res, 200, { status: 'healthy' })),
    '/evil': (_req, res) => void res.writeHead(200).end(`${'a'.repeat(28)}!`),
  });
});
afterAll(() => server.close());

const spec = (path: string, over: Partial<ProbeSpec> = {}): ProbeSpec => ({
  ...PROBE_DEFAULTS,
  id: `http:test/api/${path}`,
  environment: 'test',
  service: 'api',
  url: new URL(`${server.url}${path}`),
  retryDelayMs: 100,
  ...over,
});

/** A sleep that only records what it was asked to wait. */
const recorder = () => {
  const delays: number[] = [];
  return { delays, sleep: async (ms: number) => void delays.push(ms) };
};

describe('probe', () => {
  it('waits as long as Retry-After says before retrying a 503', async () => {
    const clock = recorder();
    const outcome = await probe(spec('/busy'), { sleep: clock.sleep });
    expect(outcome).toMatchObject({ up: true, attempts: 2 });
    expect(clock.delays).toEqual([7_000]);
  });

  it('backs off with growing, jittered delays between retries', async () => {
    const clock = recorder();
    const outcome = await probe(spec('/error', { retries: 2 }), { sleep: clock.sleep, random: () => 0.5 });
    expect(outcome).toMatchObject({ up: false, attempts: 3, reason: 'expected status 200, got 500' });
    expect(clock.delays).toEqual([75, 150]);
  });

  it('sends nothing for a check that has a problem, and fails it with that', async () => {
    const before = server.total();
    const outcome = await probe(spec('/health', { problem: 'basic-auth-env: SMOKE_AUTH is not set' }));
    expect(outcome).toMatchObject({ up: false, attempts: 0, reason: 'basic-auth-env: SMOKE_AUTH is not set' });
    expect(server.total()).toBe(before);
  });

  it('matches a catastrophic pattern in linear time', async () => {
    const pattern = patternValue('^(a+)+$');
    if (!pattern.ok) throw new Error(pattern.expected);
    const started = performance.now();
    const outcome = await probe(spec('/evil', { retries: 0, expect: { status: [{ min: 200, max: 200 }], body: pattern.value } }));
    expect(outcome.reason).toBe(`expected the body to match /^(a+)+$/, got "${'a'.repeat(28)}!"`);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('smokeTest', () => {
  it('fails a check whose probe throws, and still runs the others', async () => {
    // Built by hand, past the planners' validation: Node refuses the header when the request is made.
    const broken = spec('/health', { id: 'broken', service: 'web', headers: { 'x-token': 'tok\n' } });
    const results = await smokeTest({ probes: [broken, spec('/health')], concurrency: 2 });
    expect(results.map((r) => [r.id, r.status, r.severity ?? null])).toEqual([
      ['broken', 'fail', 'P1'],
      ['http:test/api//health', 'pass', null],
    ]);
    expect(results[0]?.summary).toBe('the check failed unexpectedly: Invalid character in header content ["x-token"]');
  });
});

describe('runSmokeTest', () => {
  it('records the results as they come, so a later throw still has them', async () => {
    const emitter = throwingReportEmitter();
    const probes = [spec('/health'), spec('/health', { id: 'unset', problem: 'basic-auth-env: SMOKE_AUTH is not set' })];
    await expect(runSmokeTest({ probes, concurrency: 1, environment: 'test', secrets: [] }, emitter)).rejects.toThrow('the summary could not be written');
    expect(emitter.recorded.map((results) => results.map((r) => [r.id, r.status]))).toEqual([
      [['http:test/api//health', 'pass']],
      [['http:test/api//health', 'pass'], ['unset', 'fail']],
    ]);
  });
});
