import { DEPLOY, SMOKE_TEST } from '@runbook/action-inputs';
import { describe, expect, it } from 'vitest';
import { flagNames, parseFlags } from './args.ts';

describe('parseFlags', () => {
  it('maps flags to input names, repeated flags to lines, singular aliases to list inputs', () => {
    const { reader } = parseFlags(['--url', 'https://a', '--urls=https://b', '--timeout', '5s', '--header', 'X-A: 1'], SMOKE_TEST);
    expect(reader.list('urls')).toEqual(['https://a', 'https://b']);
    expect(reader.text('timeout')).toBe('5s');
    expect(reader.list('headers')).toEqual(['X-A: 1']);
  });

  it('offers a flag for every input of the definition except the workflow-only ones, and nothing else', () => {
    const inputs = Object.entries(SMOKE_TEST.inputs).flatMap(([name, input]) => (input.cli === false ? [] : [name]));
    expect(new Set(flagNames(SMOKE_TEST).values())).toEqual(new Set(inputs));
    expect([...flagNames(SMOKE_TEST).keys()].filter((flag) => !inputs.includes(flag))).toEqual(['url', 'header']);
  });

  it('names unknown flags, missing values and stray arguments in one line', () => {
    expect(() => parseFlags(['--tiemout', '5s'], SMOKE_TEST)).toThrow(/^--tiemout: unknown flag \(see runbook smoke-test --help\)$/);
    expect(() => parseFlags(['--github-token', 'x'], SMOKE_TEST)).toThrow('--github-token: unknown flag');
    expect(() => parseFlags(['--timeout'], SMOKE_TEST)).toThrow('--timeout: expected a value after the flag');
    expect(() => parseFlags(['https://a'], SMOKE_TEST)).toThrow('https://a: unexpected argument');
  });

  it('labels value errors with the flag the user typed', () => {
    expect(() => parseFlags(['--follow-redirects', 'x'], SMOKE_TEST).reader.boolean('follow-redirects', true)).toThrow('--follow-redirects: expected true or false');
    expect(() => parseFlags(['--url', 'x'], SMOKE_TEST).reader.fail('urls', 'bad')).toThrow('--url: bad');
    expect(() => parseFlags(['--urls', 'x'], SMOKE_TEST).reader.fail('urls', 'bad')).toThrow('--urls: bad');
    expect(() => parseFlags([], SMOKE_TEST).reader.fail('urls', 'bad')).toThrow('--urls: bad');
  });

  it('takes --json as a switch without a value', () => {
    expect(parseFlags(['--url', 'https://a'], SMOKE_TEST).json).toBe(false);
    const { reader, json } = parseFlags(['--json', '--url', 'https://a'], SMOKE_TEST);
    expect(json).toBe(true);
    expect(reader.list('urls')).toEqual(['https://a']);
  });

  it('takes a boolean flag alone as true, before another flag or at the end, and still reads a value given to it', () => {
    const bare = parseFlags(['--dry-run', '--services', 'api', '--rollback-on-failure'], DEPLOY).reader;
    expect([bare.boolean('dry-run', false), bare.text('services'), bare.boolean('rollback-on-failure', false)]).toEqual([true, 'api', true]);
    const given = parseFlags(['--dry-run', 'false', '--force-new-deployment=true'], DEPLOY).reader;
    expect([given.boolean('dry-run', true), given.boolean('force-new-deployment', false)]).toEqual([false, true]);
    expect(() => parseFlags(['--dry-run', 'maybe'], DEPLOY).reader.boolean('dry-run', false)).toThrow('--dry-run: expected true or false');
    expect(() => parseFlags(['--services'], DEPLOY)).toThrow('--services: expected a value after the flag');
  });
});
