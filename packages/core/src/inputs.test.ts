import { describe, expect, it } from 'vitest';
import { InputReader } from './inputs.ts';
import { integerValue } from './values.ts';

const reader = (values: Record<string, string>) => new InputReader((name) => values[name] ?? '');

describe('InputReader', () => {
  it('splits lists on lines and drops blanks and comments', () => {
    expect(reader({ urls: ' https://a\n\n# staging\nhttps://b \r\n' }).list('urls')).toEqual(['https://a', 'https://b']);
  });

  it('reads strict booleans and choices, naming the input when wrong', () => {
    const r = reader({ yes: 'TRUE', bad: 'yes', mode: 'warn', worse: 'loud' });
    expect(r.boolean('yes', false)).toBe(true);
    expect(r.boolean('missing', true)).toBe(true);
    expect(() => r.boolean('bad', false)).toThrow('input "bad": expected true or false, got "yes"');
    expect(r.choice('mode', ['fail', 'warn'], 'fail')).toBe('warn');
    expect(() => r.choice('worse', ['fail', 'warn'], 'fail')).toThrow('input "worse": expected one of fail, warn, got "loud"');
  });

  it('falls back only when the input is empty', () => {
    const r = reader({ retries: '0' });
    expect(r.parse('retries', (t) => integerValue(t, 0), 2)).toBe(0);
    expect(r.parse('samples', (t) => integerValue(t, 1), 1)).toBe(1);
  });

  it('labels errors the way its face names things', () => {
    const flags = new InputReader(() => 'x', (name) => `--${name}`);
    expect(() => flags.boolean('follow-redirects', true)).toThrow('--follow-redirects: expected true or false, got "x"');
  });
});

describe('InputReader with declared inputs', () => {
  const declared = new InputReader((name) => (name === 'urls' ? 'https://a' : ''), undefined, new Set(['urls', 'timeout']));

  it('reads declared inputs, given or not', () => {
    expect(declared.list('urls')).toEqual(['https://a']);
    expect(declared.text('timeout')).toBe('');
    expect(declared.declares('timeout')).toBe(true);
  });

  it('throws on reading a name the action does not declare, whichever method reads it', () => {
    expect(declared.declares('dry-run')).toBe(false);
    expect(() => declared.text('dry-run')).toThrow('reads input "dry-run", which the action does not declare');
    expect(() => declared.list('dry-run')).toThrow('which the action does not declare');
    expect(() => declared.boolean('dry-run', false)).toThrow('which the action does not declare');
  });
});
