import { isIP } from 'node:net';
import { quote, withoutCredentials, type Parsed } from '@runbook/core';

export interface HostPort {
  /** A DNS name (lower case) or an IP address, without brackets. */
  host: string;
  port: number;
}

export const DEFAULT_TLS_PORT = 443;

const DNS_NAME = /^(?=.{1,253}\.?$)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*\.?$/;

/** `example.com`, `example.com:8443`, `10.0.0.5`, `[2001:db8::1]:443` or `https://example.com:8443/path`. */
export function hostSpecValue(text: string): Parsed<HostPort> {
  const source = text.trim();
  const expected = (why: string): Parsed<HostPort> => ({ ok: false, expected: `${why}, got ${quote(withoutCredentials(source))}` });
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(source);
  if (scheme && scheme[1]?.toLowerCase() !== 'https') return expected('expected host, host:port or an https:// URL');
  const authority = (scheme ? source.slice(scheme[0].length).split(/[/?#]/)[0] ?? '' : source).replace(/^[^@]*@/, '');

  if (isIP(authority) === 6) return { ok: true, value: { host: authority.toLowerCase(), port: DEFAULT_TLS_PORT } };
  const match = /^(?:\[([0-9a-f:.]+)\]|([^:[\]]+))(?::(\d*))?$/i.exec(authority);
  if (!match) return expected('expected host, host:port or an https:// URL');
  const host = (match[1] ?? match[2] ?? '').toLowerCase();
  if (match[1] ? isIP(host) !== 6 : isIP(host) === 0 && !DNS_NAME.test(host)) return expected('expected a host name or IP address');
  if (match[3] === undefined) return { ok: true, value: { host, port: DEFAULT_TLS_PORT } };
  const port = Number(match[3]);
  if (match[3] === '' || !Number.isInteger(port) || port < 1 || port > 65535) return expected('expected a port from 1 to 65535');
  return { ok: true, value: { host, port } };
}

/** `example.com:443`, `[2001:db8::1]:443`. */
export function formatHostPort({ host, port }: HostPort): string {
  return `${isIP(host) === 6 ? `[${host}]` : host}:${port}`;
}
