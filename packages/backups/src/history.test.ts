import { describe, expect, it } from 'vitest';
import { median, sizeFindings, staleFinding, windowGaps } from './history.ts';
import type { BackupEntry } from './list-local.ts';

const now = new Date('2026-12-02T07:00:00Z');
const entry = (day: string, size: number): BackupEntry => ({ name: day, path: `/b/${day}`, directory: false, size, time: new Date(`${day}T03:00:00Z`) });
const rule = { history: 7, maxShrink: 0.3, maxGrowth: 3, minDeltaBytes: 1024 * 1024 };
const MiB = 1024 * 1024;

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('sizeFindings', () => {
  const past = [entry('2026-11-30', 10 * MiB), entry('2026-11-29', 11 * MiB), entry('2026-11-28', 40 * MiB)];
  it('compares with the median, not the mean, of the previous backups', () => {
    expect(sizeFindings(entry('2026-12-01', 6 * MiB), past, rule).findings.map((f) => f.code)).toEqual(['SIZE_DROP']);
    expect(sizeFindings(entry('2026-12-01', 8 * MiB), past, rule).findings).toEqual([]);
  });
  it('ignores a change below the minimum delta however large in percent', () => {
    const tiny = [entry('2026-11-30', 1000)];
    expect(sizeFindings(entry('2026-12-01', 10), tiny, rule).findings).toEqual([]);
    expect(sizeFindings(entry('2026-12-01', 10), tiny, { ...rule, minDeltaBytes: 0 }).findings.map((f) => f.code)).toEqual(['SIZE_DROP']);
  });
  it('warns of growth beyond max-growth', () => {
    expect(sizeFindings(entry('2026-12-01', 45 * MiB), past, rule).findings.map((f) => f.code)).toEqual(['SIZE_SPIKE']);
  });
  it('uses only the last `history` backups', () => {
    expect(sizeFindings(entry('2026-12-01', 6 * MiB), past, { ...rule, history: 1 }).median).toBe(10 * MiB);
  });
  it('says nothing without history', () => {
    expect(sizeFindings(entry('2026-12-01', 1), [], rule)).toEqual({ findings: [] });
  });
});

describe('windowGaps', () => {
  it('names the UTC days before today without a non-empty backup', () => {
    const entries = [entry('2026-12-01', 5), entry('2026-11-29', 5), entry('2026-11-28', 0)];
    expect(windowGaps(entries, 4 * 86_400_000, now)).toEqual(['2026-11-28', '2026-11-30']);
  });
  it('does not ask for today: max-age watches it', () => {
    expect(windowGaps([entry('2026-12-01', 5)], 86_400_000, now)).toEqual([]);
  });
});

describe('staleFinding', () => {
  it('measures the age of the newest good backup', () => {
    expect(staleFinding('x', new Date('2026-12-01T05:00:00Z'), 26 * 3_600_000, now, false)).toBeUndefined();
    expect(staleFinding('x', new Date('2026-12-01T04:00:00Z'), 26 * 3_600_000, now, true)).toEqual({ code: 'STALE', message: 'the newest good backup, x, is 1d 3h old; at most 1d 2h is expected' });
  });
});
