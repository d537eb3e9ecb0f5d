import { describe, expect, it } from 'vitest';
import { parseMarker, renderMarker, type IncidentMarker } from './marker.ts';

const marker: IncidentMarker = {
  id: 'http:production/api/https://x.example/a b?q=1--> <b>',
  kind: 'smoke-test',
  since: '2025-10-21T01:00:00.000Z',
  last: '2025-10-21T02:00:00.000Z',
  count: 4,
  severity: 'P2',
  status: 'fail',
  summary: 'expected {"status":"healthy"}, got {"status":"degraded"}',
  escalated: ['P2'],
};

describe('incident marker', () => {
  it('round-trips through an issue body, whatever the id and summary contain', () => {
    const text = renderMarker(marker);
    expect(text).toMatch(/^<!-- runbook:incident v=1 id=\S+ /);
    expect(text.indexOf('-->')).toBe(text.length - 3);
    expect(parseMarker(`${text}\n\n| table |\n`)).toEqual(marker);
  });

  it('caps the summary it keeps', () => {
    expect(parseMarker(renderMarker({ ...marker, summary: 'x'.repeat(5_000) }))?.summary).toHaveLength(300);
  });

  it.each([
    ['no marker', 'a plain issue'],
    ['an unknown severity', renderMarker(marker).replace('severity=P2', 'severity=P9')],
    ['a bad time', renderMarker(marker).replace(/since=\S+/, 'since=yesterday')],
    ['broken encoding', renderMarker(marker).replace(/summary=\S+/, 'summary=%E0%A4%A')],
    ['no end', renderMarker(marker).slice(0, -3)],
  ])('ignores a body with %s', (_name, body) => {
    expect(parseMarker(body)).toBeUndefined();
  });
});
