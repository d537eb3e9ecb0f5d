import { describe, expect, it } from 'vitest';
import { InputReader } from './inputs.ts';

const reader = (values: Record<string, string>) => new InputReader((name) => values[name] ?? '');

describe('InputReader messages', () => {
  it('cut a long boolean or choice value to about 100 characters, on one line', () => {
    const long = `${'y'.repeat(80_000)}\nnext`;
    const r = reader({ flag: long, mode: long });
    const cut = `got "${'y'.repeat(99)}…"`;
    expect(() => r.boolean('flag', false)).toThrow(`input "flag": expected true or false, ${cut}`);
    expect(() => r.choice('mode', ['fail', 'warn'], 'fail')).toThrow(`input "mode": expected one of fail, warn, ${cut}`);
  });
});
