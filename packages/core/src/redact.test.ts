import { describe, expect, it } from 'vitest';
import { Redactor, stripUrlCredentials } from './redact.ts';

describe('Redactor', () => {
  it('masks secrets, their URL encoding and their base64 form', () => {
    const r = new Redactor();
    r.add('ops:p@ss word');
    const b64 = Buffer.from('ops:p@ss word').toString('base64');
    expect(r.redact(`auth ops:p@ss word, ${encodeURIComponent('ops:p@ss word')}, Basic ${b64}`)).toBe('auth ***, ***, Basic ***');
  });

  it('masks the longer of two overlapping secrets whole', () => {
    const r = new Redactor();
    r.add('secret');
    r.add('secret-token-123');
    expect(r.redact('x secret-token-123 y')).toBe('x *** y');
  });

  it('ignores empty and tiny values that would mask everything', () => {
    const r = new Redactor();
    r.add('');
    r.add('a');
    expect(r.redact('a plain sentence')).toBe('a plain sentence');
  });
});

describe('stripUrlCredentials', () => {
  it('removes user and password from URLs anywhere in the text', () => {
    expect(stripUrlCredentials('GET https://user:pw@example.com/x and postgres://u@db:5432/app')).toBe('GET https://***@example.com/x and postgres://***@db:5432/app');
    expect(stripUrlCredentials('mail ops@example.com')).toBe('mail ops@example.com');
  });
});
