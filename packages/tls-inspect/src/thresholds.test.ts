import { describe, expect, it } from 'vitest';
import { minKeyBitsValue } from './thresholds.ts';

describe('minKeyBitsValue', () => {
  it('reads RSA bits alone, keeping the EC default', () => expect(minKeyBitsValue('3072')).toEqual({ ok: true, value: { rsa: 3072, ec: 256 } }));
  it('reads both families in any order', () => expect(minKeyBitsValue('ec:384, rsa:4096')).toEqual({ ok: true, value: { rsa: 4096, ec: 384 } }));
  it('reads one family, keeping the other default', () => expect(minKeyBitsValue('ec=384')).toEqual({ ok: true, value: { rsa: 2048, ec: 384 } }));
  it.each(['big', 'dsa:1024', 'rsa:', '64', 'rsa:99999'])('rejects %s', (text) => {
    expect(minKeyBitsValue(text).ok).toBe(false);
  });
});
