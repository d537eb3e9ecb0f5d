import { describe, expect, it } from 'vitest';
import { neutraliseCommands, Redactor, stripUrlCredentials } from './redact.ts';

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

  it('masks the strings of a value before they are escaped: a JSON-escaped secret inside JSON text', () => {
    const r = new Redactor();
    r.add('tok"q\\s|p');
    const results = [{ summary: `got {"status":${JSON.stringify('tok"q\\s|p')}}`, evidence: { n: 3 } }];
    expect(r.redactStrings(results)).toEqual([{ summary: 'got {"status":"***"}', evidence: { n: 3 } }]);
    expect(r.redact(JSON.stringify(results))).not.toContain('***'); // masking the JSON afterwards misses it
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

describe('Redactor parts and encodings', () => {
  const masked = (secret: string, text: string): string => {
    const r = new Redactor();
    r.add(secret);
    return r.redact(text);
  };

  it('masks the token of a `Scheme token` value alone, and of a `Name: Scheme token` header', () => {
    expect(masked('Bearer tok-4242-abc', 'sent tok-4242-abc')).toBe('sent ***');
    expect(masked('Authorization: Bearer tok-4242-abc', 'echo {"token":"tok-4242-abc"}')).toBe('echo {"token":"***"}');
  });

  it('masks the password of user:password alone and base64 of the pair', () => {
    const b64 = Buffer.from('ops:hunter22').toString('base64');
    expect(masked('ops:hunter22', `password hunter22, header Basic ${b64}`)).toBe('password ***, header Basic ***');
  });

  it('masks the user:password inside a Basic token', () => {
    const token = Buffer.from('ops:hunter22').toString('base64');
    expect(masked(`Basic ${token}`, 'pw hunter22')).toBe('pw ***');
  });

  it('masks a URL password raw and decoded, its user, and the Basic value a client sends for it', () => {
    const basic = Buffer.from('alice:pa/ss"word').toString('base64');
    expect(masked('http://alice:pa%2Fss%22word@127.0.0.1/x', `pa%2Fss%22word pa/ss"word alice ${basic}`)).toBe('*** *** *** ***');
  });

  it('masks the JSON-escaped form of a secret with " and \\', () => {
    const secret = 'q"uo\\te-9';
    expect(masked(secret, JSON.stringify({ echo: secret }))).toBe('{"echo":"***"}');
  });

  it('masks each line of a multi-line secret', () => {
    expect(masked('line-one-1\nline-two-2', 'saw line-two-2')).toBe('saw ***');
  });

  it('leaves tiny parts unmasked, so a log is not shredded', () => {
    expect(masked('ab:xyz-long-password', 'ab said hi')).toBe('ab said hi');
  });

  it('returns the values (not their encodings) for the runner to mask', () => {
    expect(new Redactor().add('Bearer tok-4242-abc')).toEqual(['Bearer tok-4242-abc', 'tok-4242-abc']);
  });
});

describe('stripUrlCredentials with a password holding /', () => {
  it('removes it from a URL that does not parse', () => {
    expect(stripUrlCredentials('got "http://u:pa/ss@example.com/x"')).toBe('got "http://***@example.com/x"');
  });
});

describe('neutraliseCommands', () => {
  const commandLike = (line: string): boolean => /^[\s\u0085]*::/.test(line) || line.includes('##[');

  it('breaks `::` at a line start after whitespace and `##[` anywhere', () => {
    const text = '::error::pwned\n  ::add-mask::x\n\u0085::stop-commands::x\r::warning::y\nok ##[error]x';
    const out = neutraliseCommands(text);
    expect(out.split(/\r\n|\r|\n/).filter(commandLike)).toEqual([]);
    expect(out.replaceAll('\u200b', '')).toBe(text);
  });

  it('leaves ordinary text alone', () => {
    expect(neutraliseCommands('GET https://x/a::b ## [x]')).toBe('GET https://x/a::b ## [x]');
  });
});

describe('Redactor and URLs nobody registered', () => {
  it('masks the credentials of a URL it has seen, in later text too', () => {
    const r = new Redactor();
    expect(r.redact('GET http://bob:pw%2F123@host/x')).toBe('GET http://***@host/x');
    expect(r.redact(`echo Basic ${Buffer.from('bob:pw/123').toString('base64')} and pw/123`)).toBe('echo Basic *** and ***');
  });

  it('does not take a user without a password for a secret', () => {
    const r = new Redactor();
    r.redact('clone ssh://deploy@git.example/repo');
    expect(r.redact('user deploy')).toBe('user deploy');
  });
});
