import { describe, expect, it } from 'vitest';
import { MAX_EPISODES, parseMarker, renderMarker, replaceMarker, type IncidentMarker } from './marker.ts';

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

  it('round-trips the service, the end of the episode and earlier episodes, and reads markers without them', () => {
    const full: IncidentMarker = { ...marker, subject: 'api', until: '2025-10-21T03:00:00.000Z', episodes: [{ since: '2025-10-01T00:00:00.000Z', until: '2025-10-01T00:10:00.000Z', severity: 'P1' }] };
    expect(parseMarker(renderMarker(full))).toEqual(full);
    expect(parseMarker(renderMarker(marker))).toEqual(marker);
  });

  it('keeps the last MAX_EPISODES episodes and skips a damaged one', () => {
    const episodes = Array.from({ length: MAX_EPISODES + 5 }, (_, i) => ({ since: new Date(i * 3_600_000).toISOString(), until: new Date(i * 3_600_000 + 60_000).toISOString(), severity: 'P2' as const }));
    const kept = parseMarker(renderMarker({ ...marker, episodes }))?.episodes;
    expect(kept).toHaveLength(MAX_EPISODES);
    expect(kept?.[0]).toEqual(episodes[5]);
    const damaged = renderMarker({ ...marker, episodes: episodes.slice(0, 2) }).replace('~P2%2C', '~P9%2C');
    expect(parseMarker(damaged)?.episodes).toEqual([episodes[1]]);
  });

  it('replaces only the marker of a body', () => {
    const body = `${renderMarker(marker)}\n\nthe rest`;
    expect(replaceMarker(body, { ...marker, until: '2025-10-21T03:00:00.000Z' })).toBe(`${renderMarker({ ...marker, until: '2025-10-21T03:00:00.000Z' })}\n\nthe rest`);
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
