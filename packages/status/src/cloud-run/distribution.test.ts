import { describe, expect, it } from 'vitest';
import { bucketBounds, bucketsOf, summarize, type DistributionValue } from './distribution.ts';

describe('bucketBounds', () => {
  it('linear: offset + width·i for i = 0 … N', () => {
    expect(bucketBounds({ linearBuckets: { numFiniteBuckets: 4, width: 0.25, offset: 0 } })).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
  it('exponential: scale · growthFactor^i for i = 0 … N', () => {
    expect(bucketBounds({ exponentialBuckets: { numFiniteBuckets: 3, growthFactor: 2, scale: 10 } })).toEqual([10, 20, 40, 80]);
  });
  it('explicit: the bounds as given', () => {
    expect(bucketBounds({ explicitBuckets: { bounds: [1, 5, 30] } })).toEqual([1, 5, 30]);
  });
  it('no bucket options is an error, not a silent empty distribution', () => {
    expect(() => bucketBounds({})).toThrow(/without bucketOptions/);
  });
});

describe('bucketsOf', () => {
  it('reads int64 strings, the underflow and overflow buckets, and bucketCounts that stop early', () => {
    const d: DistributionValue = { count: '6', bucketOptions: { explicitBuckets: { bounds: [1, 5, 30] } }, bucketCounts: ['1', '0', '3', '2'] };
    expect(bucketsOf(d)).toEqual([
      { lower: -Infinity, upper: 1, count: 1 },
      { lower: 5, upper: 30, count: 3 },
      { lower: 30, upper: Infinity, count: 2 },
    ]);
    expect(bucketsOf({ ...d, bucketCounts: ['0', '4'] })).toEqual([{ lower: 1, upper: 5, count: 4 }]);
  });
  it('more counts than buckets is an error', () => {
    expect(() => bucketsOf({ bucketOptions: { explicitBuckets: { bounds: [1] } }, bucketCounts: [1, 1, 1] })).toThrow(/3 bucket counts for 2 buckets/);
  });
});

const linear = (counts: number[]): DistributionValue => ({
  count: String(counts.reduce((a, b) => a + b, 0)),
  mean: 0.5,
  bucketOptions: { linearBuckets: { numFiniteBuckets: 10, width: 0.1, offset: 0 } },
  bucketCounts: counts.map(String),
});

describe('summarize', () => {
  it('p95 is interpolated within the bucket the 95th percentile falls in; max is that of the highest non-empty bucket', () => {
    // 100 values: 90 in [0.2, 0.3), 10 in [0.8, 0.9): the 95th is the 5th of the 10 in [0.8, 0.9).
    const s = summarize([linear([0, 0, 0, 90, 0, 0, 0, 0, 0, 10])]);
    expect(s.count).toBe(100);
    expect(s.p95).toBeCloseTo(0.85, 10);
    expect(s.max).toBeCloseTo(0.9, 10);
  });

  it('merges series (revisions) of one layout as the sum of their bucket counts', () => {
    const a = linear([0, 0, 0, 50]);
    const b = linear([0, 0, 0, 40, 0, 0, 0, 0, 0, 10]);
    const summed = linear([0, 0, 0, 90, 0, 0, 0, 0, 0, 10]);
    expect(summarize([a, b])).toEqual({ ...summarize([summed]), mean: 0.5 });
    // One series alone would not reach the high bucket: the merge is what finds it.
    expect(summarize([a]).p95).toBeLessThan(0.4);
  });

  it('merges distributions of different layouts by their ranges, and weights the mean by count', () => {
    const exp: DistributionValue = { count: '10', mean: 100, bucketOptions: { exponentialBuckets: { numFiniteBuckets: 3, growthFactor: 2, scale: 100 } }, bucketCounts: ['0', '10'] };
    const explicit: DistributionValue = { count: '90', mean: 10, bucketOptions: { explicitBuckets: { bounds: [5, 50] } }, bucketCounts: ['0', '90'] };
    const s = summarize([exp, explicit]);
    expect(s.count).toBe(100);
    expect(s.mean).toBeCloseTo((100 * 10 + 10 * 90) / 100, 10);
    // 90 in [5, 50), 10 in [100, 200): the 95th is half way through [100, 200).
    expect(s.p95).toBeCloseTo(150, 10);
    expect(s.max).toBe(200);
  });

  it('the underflow bucket starts at 0, and the overflow bucket gives its lower bound', () => {
    const under = summarize([{ count: 4, bucketOptions: { explicitBuckets: { bounds: [2] } }, bucketCounts: [4] }]);
    expect(under.p95).toBeCloseTo(1.9, 10);
    const over = summarize([{ count: 4, bucketOptions: { explicitBuckets: { bounds: [2] } }, bucketCounts: [0, 4] }]);
    expect([over.p95, over.max]).toEqual([2, 2]);
  });

  it('no values is count 0 and no percentile, not 0', () => {
    expect(summarize([])).toEqual({ count: 0, mean: null, p95: null, max: null });
    expect(summarize([linear([0, 0])])).toEqual({ count: 0, mean: null, p95: null, max: null });
  });
});
