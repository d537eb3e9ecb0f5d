import { describe, expect, it } from 'vitest';
import { flagReader } from './args.ts';

describe('flagReader', () => {
  const known = ['urls', 'headers', 'timeout'];
  it('maps flags to input names, repeated flags to lines, aliases to names', () => {
    const r = flagReader(['--url', 'https://a', '--url=https://b', '--timeout', '5s', '--header', 'X-A: 1'], known, { url: 'urls', header: 'headers' });
    expect(r.list('urls')).toEqual(['https://a', 'https://b']);
    expect(r.text('timeout')).toBe('5s');
    expect(r.list('headers')).toEqual(['X-A: 1']);
  });

  it('names unknown flags, missing values and stray arguments', () => {
    expect(() => flagReader(['--tiemout', '5s'], known)).toThrow('--tiemout: unknown flag');
    expect(() => flagReader(['--timeout'], known)).toThrow('--timeout: expected a value after the flag');
    expect(() => flagReader(['https://a'], known)).toThrow('https://a: unexpected argument');
  });

  it('labels value errors with the flag', () => {
    expect(() => flagReader(['--timeout', 'x'], known).boolean('timeout', true)).toThrow('--timeout: expected true or false');
  });
});
