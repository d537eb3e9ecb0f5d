import { describe, expect, it } from 'vitest';
import { inShard, shardOf, shardValue } from './shard.ts';

const ids = Array.from({ length: 1_000 }, (_, i) => ({ id: `http:production/svc-${i}/https://svc-${i}.example/health` }));

describe('shards', () => {
  it('puts every id in exactly one shard, the same one every time', () => {
    const shards = [1, 2, 3, 4].map((index) => inShard(ids, { index, total: 4 }));
    expect(shards.flat().map((x) => x.id).sort()).toEqual(ids.map((x) => x.id).sort());
    expect(shardOf(ids[0]?.id ?? '', 4)).toBe(shardOf(ids[0]?.id ?? '', 4));
    expect(shardOf('tls:production/your-domain.com:443', 8)).toBe(1);
    for (const shard of shards) expect(shard.length).toBeGreaterThan(200);
  });

  it('shards items that have no id by the key given, the same way as their id', () => {
    const hosts = ids.map((x) => ({ name: x.id }));
    const share = inShard(hosts, { index: 2, total: 4 }, (h) => h.name).map((h) => h.name);
    expect(share).toEqual(inShard(ids, { index: 2, total: 4 }).map((x) => x.id));
  });

  it('runs everything without a shard', () => {
    expect(inShard(ids, undefined)).toHaveLength(1_000);
  });

  it.each(['0/4', '5/4', '1/0', '2', 'a/b', '1/999'])('refuses %s', (text) => {
    expect(shardValue(text).ok).toBe(false);
  });

  it('reads i/n', () => {
    expect(shardValue('2/8')).toEqual({ ok: true, value: { index: 2, total: 8 } });
  });
});
