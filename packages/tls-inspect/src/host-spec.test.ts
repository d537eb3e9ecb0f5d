import { describe, expect, it } from 'vitest';
import { formatHostPort, hostSpecValue } from './host-spec.ts';

describe('hostSpecValue', () => {
  it.each([
    ['example.com', 'example.com', 443],
    ['Example.COM:8443', 'example.com', 8443],
    ['10.0.0.5', '10.0.0.5', 443],
    ['127.0.0.1:4443', '127.0.0.1', 4443],
    ['[2001:db8::1]:8443', '2001:db8::1', 8443],
    ['2001:db8::1', '2001:db8::1', 443],
    ['https://your-domain.com/api/v1/health', 'your-domain.com', 443],
    ['https://user:pw@your-domain.com:8443?x=1', 'your-domain.com', 8443],
    ['  mail_relay.internal  ', 'mail_relay.internal', 443],
  ])('reads %s', (text, host, port) => {
    expect(hostSpecValue(text)).toEqual({ ok: true, value: { host, port } });
  });

  it.each([
    ['example.com:70000', 'expected a port from 1 to 65535, got "example.com:70000"'],
    ['example.com:0', 'expected a port from 1 to 65535, got "example.com:0"'],
    ['example.com:', 'expected a port from 1 to 65535, got "example.com:"'],
    ['http://example.com', 'expected host, host:port or an https:// URL, got "http://example.com"'],
    ['exa mple.com', 'expected a host name or IP address, got "exa mple.com"'],
    ['-bad-.com', 'expected a host name or IP address, got "-bad-.com"'],
    ['[example.com]:443', 'expected host, host:port or an https:// URL, got "[example.com]:443"'],
  ])('rejects %s', (text, expected) => {
    expect(hostSpecValue(text)).toEqual({ ok: false, expected });
  });

  it('formats IPv6 with brackets', () => {
    expect(formatHostPort({ host: '2001:db8::1', port: 443 })).toBe('[2001:db8::1]:443');
    expect(formatHostPort({ host: 'example.com', port: 8443 })).toBe('example.com:8443');
  });
});
