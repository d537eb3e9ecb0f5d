import { createHash } from 'node:crypto';
import type { Parsed } from './values.ts';

/** This runner's share of the checks: shard `index` of `total` (1-based), `shard: 2/8`. */
export interface Shard {
  index: number;
  total: number;
}

export const MAX_SHARDS = 256;

export function shardValue(text: string): Parsed<Shard> {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || total < 1 || total > MAX_SHARDS || index < 1 || index > total) return { ok: false, expected: `expected i/n with 1 <= i <= n <= ${MAX_SHARDS}, like 2/8, got "${text}"` };
  return { ok: true, value: { index, total } };
}

/**
 * The shard a result id belongs to, the same on every runner and every run (sha256 of the id),
 * so that each check runs in exactly one shard and its incident is always written by that one.
 */
export const shardOf = (id: string, total: number): number => (createHash('sha256').update(id).digest().readUInt32BE(0) % total) + 1;

/** The items whose id (or `key`: a plan item that yields several results) falls in the shard; all of them without one. */
export function inShard<T extends { id: string }>(items: readonly T[], shard: Shard | undefined): T[];
export function inShard<T>(items: readonly T[], shard: Shard | undefined, key: (item: T) => string): T[];
export function inShard<T>(items: readonly T[], shard: Shard | undefined, key = (item: T): string => (item as { id: string }).id): T[] {
  return shard ? items.filter((item) => shardOf(key(item), shard.total) === shard.index) : [...items];
}
