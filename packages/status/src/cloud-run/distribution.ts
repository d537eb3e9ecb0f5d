// Cloud Monitoring distribution values as the v3 REST API shapes them (int64 fields as strings),
// and the percentiles status-check reads from them.

type Int64 = number | string | null | undefined;

export interface BucketOptions {
  linearBuckets?: { numFiniteBuckets?: number | null; width?: number | null; offset?: number | null } | null;
  exponentialBuckets?: { numFiniteBuckets?: number | null; growthFactor?: number | null; scale?: number | null } | null;
  explicitBuckets?: { bounds?: number[] | null } | null;
}

export interface DistributionValue {
  count?: Int64;
  mean?: number | null;
  bucketOptions?: BucketOptions | null;
  bucketCounts?: Int64[] | null;
}

/** One bucket's range, lower bound included, and its count; the underflow bucket starts at -Infinity, the overflow one ends at +Infinity. */
export interface Bucket {
  lower: number;
  upper: number;
  count: number;
}

/**
 * The upper bounds of buckets 0 … N (the last, overflow bucket ends at +Infinity): bucket 0 is the
 * underflow (-Infinity, first bound), bucket i is [bound i-1, bound i).
 */
export function bucketBounds(options: BucketOptions): number[] {
  const { linearBuckets: lin, exponentialBuckets: exp, explicitBuckets: explicit } = options;
  if (lin) {
    const n = lin.numFiniteBuckets ?? 0;
    return Array.from({ length: n + 1 }, (_, i) => (lin.offset ?? 0) + (lin.width ?? 0) * i);
  }
  if (exp) {
    const n = exp.numFiniteBuckets ?? 0;
    return Array.from({ length: n + 1 }, (_, i) => (exp.scale ?? 0) * (exp.growthFactor ?? 1) ** i);
  }
  if (explicit) return [...(explicit.bounds ?? [])];
  throw new Error('a distribution without bucketOptions (linear, exponential or explicit)');
}

/** A distribution's non-empty buckets; bucketCounts may stop early (the rest are zero). */
export function bucketsOf(d: DistributionValue): Bucket[] {
  const bounds = bucketBounds(d.bucketOptions ?? {});
  const out: Bucket[] = [];
  const counts = d.bucketCounts ?? [];
  if (counts.length > bounds.length + 1) throw new Error(`a distribution with ${counts.length} bucket counts for ${bounds.length + 1} buckets`);
  counts.forEach((c, i) => {
    const count = Number(c ?? 0);
    if (count > 0) out.push({ lower: i === 0 ? -Infinity : (bounds[i - 1] as number), upper: i < bounds.length ? (bounds[i] as number) : Infinity, count });
  });
  return out;
}

export interface Summary {
  count: number;
  mean: number | null;
  p95: number | null;
  /** The upper bound of the highest non-empty bucket (its lower bound for the overflow bucket): the most the largest value can be. */
  max: number | null;
}

/**
 * The merged population of distributions (of several series, e.g. revisions): its count, mean, p95
 * (linear within the bucket it falls in) and the largest value's bound. Buckets of different layouts
 * are merged by their ranges, sorted; with one layout that is exactly the sum of their counts.
 */
export function summarize(values: readonly DistributionValue[], q = 0.95): Summary {
  const buckets = values.flatMap(bucketsOf).sort((a, b) => a.lower - b.lower || a.upper - b.upper);
  const count = buckets.reduce((a, b) => a + b.count, 0);
  if (count === 0) return { count: 0, mean: null, p95: null, max: null };
  const weighted = values.reduce((a, d) => a + (d.mean ?? 0) * Number(d.count ?? 0), 0);
  const declared = values.reduce((a, d) => a + Number(d.count ?? 0), 0);
  const rank = q * count;
  let seen = 0;
  let p95: number | null = null;
  for (const b of buckets) {
    if (seen + b.count >= rank) {
      // Values are never below 0 here (latency, utilization): the underflow bucket starts at 0.
      const lower = Number.isFinite(b.lower) ? b.lower : Math.min(0, b.upper);
      p95 = Number.isFinite(b.upper) ? lower + ((rank - seen) / b.count) * (b.upper - lower) : lower;
      break;
    }
    seen += b.count;
  }
  const top = buckets.reduce((a, b) => (Number.isFinite(b.upper) ? Math.max(a, b.upper) : Math.max(a, b.lower)), -Infinity);
  return { count, mean: declared > 0 ? weighted / declared : null, p95, max: top };
}
