import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from './duration.ts';

describe('parseDuration', () => {
  it.each([
    ['500ms', 500],
    ['10s', 10_000],
    ['1.5s', 1_500],
    ['5m', 300_000],
    ['1m30s', 90_000],
    ['26h', 93_600_000],
    ['7d', 604_800_000],
    [' 2s ', 2_000],
  ])('%s is %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', '10', '-5s', '5 s', 's', '10x', '1h foo', '1.2.3s'])('rejects %j', (text) => expect(parseDuration(text)).toBeUndefined());
});

describe('formatDuration', () => {
  it.each([
    [350, '350ms'],
    [1_500, '1.5s'],
    [12_000, '12s'],
    [90_000, '1m 30s'],
    [3_600_000 + 5 * 60_000 + 7_000, '1h 5m'],
    [86_400_000 + 2 * 3_600_000, '1d 2h'],
    [3_600_000, '1h'],
  ])('%d ms is %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
});
