import { describe, expect, it } from 'vitest';
import { derivedSuffix, revisionName } from './deploy.ts';

describe('the new revision name', () => {
  it('is made from the time and the image: lowercase, different for another image or second', () => {
    const at = new Date('2026-12-02T14:05:09Z');
    const suffix = derivedSuffix(at, 'asia-northeast1-docker.pkg.dev/p/app/web:v2');
    expect(suffix).toMatch(/^[0-9a-z]{1,8}-[0-9a-f]{5}$/);
    expect(derivedSuffix(at, 'asia-northeast1-docker.pkg.dev/p/app/web:v3')).not.toBe(suffix);
    expect(derivedSuffix(new Date('2026-12-02T14:05:10Z'), 'asia-northeast1-docker.pkg.dev/p/app/web:v2')).not.toBe(suffix);
  });

  it("fits the longest service name (49) in a revision name's 63 characters", () => {
    expect(revisionName('sagebase', 'v42')).toBe('sagebase-v42');
    expect(revisionName('s'.repeat(49), derivedSuffix(new Date('2099-12-31T23:59:59Z'), 'x')).length).toBeLessThanOrEqual(63);
  });
});
