import { describe, expect, it } from 'vitest';
import { durationValue, formatStatusSpec, httpUrlValue, integerValue, jsonObjectValue, rateValue, statusSpecValue } from './values.ts';

describe('value parsers', () => {
  it('parses status specs', () => {
    const spec = statusSpecValue('200-204, 301,2xx');
    expect(spec).toEqual({ ok: true, value: [{ min: 200, max: 204 }, { min: 301, max: 301 }, { min: 200, max: 299 }] });
    if (spec.ok) expect(formatStatusSpec(spec.value)).toBe('200-204,301,200-299');
    expect(statusSpecValue('204-200').ok).toBe(false);
    expect(statusSpecValue('600').ok).toBe(false);
    expect(statusSpecValue('ok').ok).toBe(false);
  });

  it('parses rates as fractions', () => {
    expect(rateValue('1%')).toEqual({ ok: true, value: 0.01 });
    expect(rateValue('0.05')).toEqual({ ok: true, value: 0.05 });
    expect(rateValue('150%').ok).toBe(false);
    expect(rateValue('%').ok).toBe(false);
  });

  it('parses bounded integers and says the range', () => {
    expect(integerValue('3', 0, 10)).toEqual({ ok: true, value: 3 });
    expect(integerValue('many', 0, 10)).toEqual({ ok: false, expected: 'expected a whole number from 0 to 10, got "many"' });
    expect(integerValue('1.5', 0)).toEqual({ ok: false, expected: 'expected a whole number 0 or more, got "1.5"' });
  });

  it('rejects zero durations unless allowed', () => {
    expect(durationValue('0s').ok).toBe(false);
    expect(durationValue('0s', { allowZero: true })).toEqual({ ok: true, value: 0 });
  });

  it('accepts only JSON objects and http(s) URLs', () => {
    expect(jsonObjectValue('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(jsonObjectValue('[1]').ok).toBe(false);
    expect(httpUrlValue('ftp://x').ok).toBe(false);
    expect(httpUrlValue('https://x.example/health').ok).toBe(true);
  });
});
