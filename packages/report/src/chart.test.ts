import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { availabilityCharts } from './chart.ts';
import { buildReport } from './model.ts';
import { periodWindow } from './period.ts';

// The charts are checked with mermaid's own xychart grammar (the parser GitHub's renderer runs).
// @mermaid-js/parser does not cover xychart, and mermaid.parse() needs a DOM after parsing, so the
// diagram's jison parser is taken from mermaid's bundle and given a db that records nothing.
async function xychartParser(): Promise<{ parse(text: string): unknown }> {
  const chunks = join(dirname(createRequire(import.meta.url).resolve('mermaid')), 'chunks/mermaid.core');
  const file = readdirSync(chunks).find((f) => /^xychartDiagram-.*\.mjs$/.test(f));
  if (!file) throw new Error(`no xychart diagram in ${chunks}`);
  const { diagram } = (await import(join(chunks, file))) as { diagram: { db: Record<string, unknown>; parser: { yy: unknown; parse(text: string): unknown } } };
  diagram.parser.yy = Object.fromEntries(Object.keys(diagram.db).map((name) => [name, () => undefined]));
  return diagram.parser;
}

const TOKYO = 'Asia/Tokyo';
const jst = (local: string): string => new Date(`${local}+09:00`).toISOString();

describe('availability charts', () => {
  const window = periodWindow('monthly', new Date('2025-11-01T01:00:00Z'), TOKYO);
  const check = (subject: string, day: number) => ({ id: `http:production/${subject}/h`, kind: 'smoke-test' as const, subject, target: 'h', status: 'pass' as const, summary: 'ok', evidence: {}, startedAt: jst(`2025-10-${String(day).padStart(2, '0')}T03:00:00`), durationMs: 1 });
  const results = [...Array.from({ length: 31 }, (_, d) => check('api', d + 1)), ...Array.from({ length: 20 }, (_, d) => check('web "x"', d + 1))];
  const model = buildReport({
    window,
    now: new Date('2025-11-01T01:00:00Z'),
    timeZone: TOKYO,
    slo: 99,
    files: [{ path: 'r.json', results }],
    incidents: [{ number: 1, url: 'u', title: 't', state: 'closed', id: 'http:production/api/h', kind: 'smoke-test', service: 'api', severity: 'P1', summary: 's', episodes: [{ start: jst('2025-10-10T12:00:00'), end: jst('2025-10-10T14:24:00'), severity: 'P1' }] }],
  });

  it('has the daily availability of each day of the month', () => {
    expect(model.days).toHaveLength(31);
    const api = model.services.find((s) => s.service === 'api');
    expect(api?.daily[9]).toBeCloseTo(90, 10);
    expect(api?.daily.filter((d) => d === 100)).toHaveLength(30);
    // The last check of web was on the 20th: the 22nd onwards nobody monitored it.
    expect(model.services.find((s) => s.service === 'web "x"')?.daily.slice(21).every((d) => d === undefined)).toBe(true);
  });

  it('writes xychart-beta blocks that mermaid parses, and a broken one that it refuses', async () => {
    const parser = await xychartParser();
    const charts = availabilityCharts(model, (s) => `${s}: availability per day`);
    expect(charts).toHaveLength(2);
    expect(charts[0]).toContain('line [100, 100, 100, 100, 100, 100, 100, 100, 100, 90, 100');
    expect(charts[0]).toContain('y-axis "%" 89 --> 100');
    for (const chart of charts) expect(() => parser.parse(chart.replace(/^```mermaid\n|\n```$/g, ''))).not.toThrow();
    expect(() => parser.parse('xychart-beta\n  x-axis [10-01 "x]\n  line [a]')).toThrow(/Parse error/);
  });

  it('draws no chart for a daily report', () => {
    expect(availabilityCharts(buildReport({ window: periodWindow('daily', new Date(), TOKYO), now: new Date(), timeZone: TOKYO, slo: 99, files: [], incidents: [] }), (s) => s)).toEqual([]);
  });
});
