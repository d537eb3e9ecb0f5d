import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAccessLine, summarizeAccessLog } from './access-log.ts';
import { countErrors, messageKey } from './error-lines.ts';
import { LatencyHistogram } from './histogram.ts';
import { clfTime, lineTime } from './log-time.ts';

const NOW = Date.UTC(2026, 11, 2, 6, 0, 0);
const file = (text: string): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'status-logs-')), 'log');
  writeFileSync(path, text);
  return path;
};

describe('log times', () => {
  it('reads ISO 8601, nginx, Apache error log and syslog stamps', () => {
    expect(lineTime('2026-12-02T05:00:00Z ERROR x', NOW)).toBe(Date.UTC(2026, 11, 2, 5));
    expect(lineTime('2026-12-02 14:00:00,123+09:00 ERROR x', NOW)).toBe(Date.UTC(2026, 11, 2, 5, 0, 0, 123));
    expect(lineTime('2026/12/02 05:00:00 [error] 12#12: x', NOW)).toBe(new Date(2026, 11, 2, 5).getTime());
    expect(lineTime('[Wed Dec 02 05:00:00.123456 2026] [core:error] x', NOW)).toBe(new Date(2026, 11, 2, 5).getTime());
    expect(lineTime('Dec  2 05:00:00 vm estimator[12]: ERROR x', NOW)).toBe(new Date(2026, 11, 2, 5).getTime());
    expect(lineTime('  File "app.py", line 3', NOW)).toBeUndefined();
  });

  it('puts a syslog stamp later than now in the year before', () => {
    expect(lineTime('Dec 31 23:00:00 vm x', NOW)).toBe(new Date(2025, 11, 31, 23).getTime());
  });

  it('reads the access log time with its zone', () => {
    expect(clfTime('02/Dec/2026:15:00:00 +0900')).toBe(Date.UTC(2026, 11, 2, 6));
    expect(clfTime('02/Dec/2026:15:00:00')).toBeUndefined();
  });
});

describe('error lines', () => {
  it('counts error lines in the window, a stack trace taking the time of the line above, grouped by message', async () => {
    const path = file(
      [
        '2026-12-01T01:00:00Z ERROR old: outside the window',
        '2026-12-02T04:00:00Z INFO started',
        '2026-12-02T04:10:00Z ERROR OpenAI API Error: timeout after 30s (request 8f3a2b1c9d)',
        'Traceback (most recent call last): error in handler',
        '2026-12-02T04:20:00Z ERROR OpenAI API Error: timeout after 31s (request 1234abcd99)',
        '2026-12-02T05:00:00Z CRITICAL Database Lock: database is locked',
      ].join('\n'),
    );
    const found = await countErrors(path, NOW - 86_400_000 / 12, NOW);
    expect(found.count).toBe(4);
    expect(found.top).toEqual([
      { message: 'ERROR OpenAI API Error: timeout after #s (request …)', count: 2 },
      { message: 'Traceback (most recent call last): error in handler', count: 1 },
      { message: 'CRITICAL Database Lock: database is locked', count: 1 },
    ]);
  });

  it('counts lines before any timestamp as undated, not as in the window', async () => {
    expect(await countErrors(file('error: no time here\nerror again\n'), 0, NOW)).toEqual({ count: 0, undated: 2, top: [] });
  });

  it('groups repeats whatever their stamp and numbers', () => {
    expect(messageKey('[Wed Dec 02 05:00:00.123456 2026] [php:error] [pid 123] x 42')).toBe(messageKey('[Wed Dec 02 05:10:09.000001 2026] [php:error] [pid 9] x 7'));
  });
});

describe('access log', () => {
  it('reads the status and %D microseconds of Apache, $request_time seconds of nginx', () => {
    expect(parseAccessLine('10.0.0.1 - - [02/Dec/2026:15:00:00 +0900] "GET /a HTTP/1.1" 503 12 "-" "curl/8" 1500000')).toEqual({ time: Date.UTC(2026, 11, 2, 6), status: 503, micros: 1_500_000 });
    expect(parseAccessLine('10.0.0.1 - - [02/Dec/2026:15:00:00 +0900] "GET /a?q=\\" 404 x HTTP/1.1" 200 12 "-" "ua" 0.250')).toEqual({ time: Date.UTC(2026, 11, 2, 6), status: 200, micros: 250_000 });
    expect(parseAccessLine('10.0.0.1 - - [02/Dec/2026:15:00:00 +0900] "GET / HTTP/1.1" 200 12')?.micros).toBeUndefined();
    expect(parseAccessLine('not an access log line')).toBeUndefined();
  });

  it('counts only the window, and says how many lines it could not read', async () => {
    const lines = [
      '10.0.0.1 - - [01/Dec/2026:15:00:00 +0900] "GET / HTTP/1.1" 500 1 "-" "ua" 100',
      '10.0.0.1 - - [02/Dec/2026:14:00:00 +0900] "GET / HTTP/1.1" 200 1 "-" "ua" 100',
      '10.0.0.1 - - [02/Dec/2026:14:30:00 +0900] "GET / HTTP/1.1" 502 1 "-" "ua" 200',
      'garbage',
    ];
    expect(await summarizeAccessLog(file(lines.join('\n')), NOW - 3_600_000 * 2)).toMatchObject({ requests: 2, errors: 1, unparsed: 1 });
  });

  it('gives a p95 within 1 % of the exact one', () => {
    const h = new LatencyHistogram();
    const values = Array.from({ length: 10_000 }, (_, i) => (i + 1) * 1000);
    values.forEach((v) => h.add(v));
    const exact = 9_500_000;
    const p95 = h.percentile(95) ?? 0;
    expect(Math.abs(p95 - exact) / exact).toBeLessThan(0.01);
    expect(new LatencyHistogram().percentile(95)).toBeUndefined();
  });
});
