import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { DURATION_MAX, durationValue, formatStatusSpec, headerNameValue, headerValueValue, httpUrlValue, integerValue, jsonObjectValue, MAX_TIMER_MS, quote, rateValue, statusSpecValue } from './values.ts';

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

  it('bounds every duration below what a timer can hold, and says the bound', () => {
    expect(durationValue('30d')).toEqual({ ok: false, expected: 'expected a duration of at most 24d, got "30d"' });
    expect(durationValue('24d')).toEqual({ ok: true, value: 24 * 86_400_000 });
    expect(DURATION_MAX.any).toBeLessThanOrEqual(MAX_TIMER_MS);
    expect(durationValue('6m', { max: DURATION_MAX.request })).toEqual({ ok: false, expected: 'expected a duration of at most 5m, got "6m"' });
    expect(durationValue('5m', { max: DURATION_MAX.request })).toEqual({ ok: true, value: 300_000 });
    expect(durationValue('7h', { max: DURATION_MAX.waitTimeout }).ok).toBe(false);
    expect(durationValue(`${'9'.repeat(400)}d`).ok).toBe(false);
  });

  it('does not echo credentials of a URL that does not parse', () => {
    const result = httpUrlValue('https://ops:pa/ss@host.example/health');
    expect(result).toEqual({ ok: false, expected: 'expected an http:// or https:// URL, got "https://***@host.example/health"' });
  });

  it('cuts a quoted value to about 100 characters, on one line', () => {
    const long = quote(`${'x'.repeat(80_000)}\n`);
    expect(long).toBe(`"${'x'.repeat(99)}…"`);
    expect(quote('a\nb')).toBe('"a\\nb"');
    const bad = jsonObjectValue('['.repeat(80_000));
    expect(bad.ok ? '' : bad.expected).toBe(`expected a JSON object like {"status":"healthy"}, got "${'['.repeat(99)}…"`);
  });
});

describe('header validation', () => {
  const nodeAccepts = (check: () => void): boolean => {
    try {
      check();
      return true;
    } catch {
      return false;
    }
  };

  it('accepts exactly what Node accepts, character by character', () => {
    for (let code = 0; code < 0x180; code++) {
      const c = String.fromCodePoint(code);
      expect(headerNameValue(`X-${c}`).ok, `name with U+${code.toString(16)}`).toBe(nodeAccepts(() => http.validateHeaderName(`X-${c}`)));
      expect(headerValueValue(`a${c}b`).ok, `value with U+${code.toString(16)}`).toBe(nodeAccepts(() => http.validateHeaderValue('x', `a${c}b`)));
    }
    expect(headerValueValue('トークン').ok).toBe(false);
  });

  it('says which character is wrong and where, without echoing the value', () => {
    expect(headerValueValue('Bearer s3cr3t\n')).toEqual({ ok: false, expected: 'expected a header value of tabs and printable Latin-1 characters, got a line feed (U+000A) at character 14 of 14' });
    const nonLatin = headerValueValue('tok-é-ト');
    expect(nonLatin.ok ? '' : nonLatin.expected).toBe('expected a header value of tabs and printable Latin-1 characters, got a character outside Latin-1 (U+30C8) at character 7 of 7');
    expect(headerNameValue('X Bad')).toEqual({ ok: false, expected: 'expected a header name of letters, digits and !#$%&\'*+.^_`|~-, got "X Bad"' });
  });
});
