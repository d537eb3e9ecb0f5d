import type { Messages } from './messages.ts';

/** `2025-10-21 10:23 JST`: minutes are enough for incidents, and the zone is explicit. */
export function formatTime(iso: string, messages: Messages): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: messages.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')} ${messages.timeZoneLabel}`;
}

/** `host:port` for openssl from a cert-check target (`your-domain.com`, `your-domain.com:8443`, `https://…`). */
export function tlsEndpoint(target: string): { host: string; connect: string } {
  const bare = target.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '');
  const host = bare.replace(/:\d+$/, '');
  return { host, connect: bare === host ? `${host}:443` : bare };
}
