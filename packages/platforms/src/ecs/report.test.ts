import { describe, expect, it } from 'vitest';
import { describeChange } from './report.ts';

describe('how an ECS change reads', () => {
  it('shows an image change once per repository', () => {
    expect(describeChange({ container: 'app', from: 'r.example/api:main-a', to: 'r.example/api:main-b' })).toBe('app: api:main-a → main-b');
    expect(describeChange({ container: 'app', from: 'r.example/api:1', to: 'other.example/api:1' })).toBe('app: r.example/api:1 → other.example/api:1');
  });
});
