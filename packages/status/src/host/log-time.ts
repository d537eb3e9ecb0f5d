const MONTHS: Record<string, number> = { Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11 };

// Times without a zone are the machine's local time, as the program that wrote the log saw it.
const ISO = /^\[?(\d{4})[-/](\d\d)[-/](\d\d)[T ](\d\d):(\d\d):(\d\d)(?:[.,](\d+))?\s?(Z|[+-]\d\d:?\d\d)?/;
// Apache's error log: `[Wed Dec 02 06:00:00.123456 2026]`.
const APACHE = /^\[\w{3} (\w{3}) +(\d\d?) (\d\d):(\d\d):(\d\d)(?:\.\d+)? (\d{4})\]/;
// syslog: `Dec  2 06:00:00 host …`; the year is the latest one that does not put the line in the future.
const SYSLOG = /^(\w{3}) +(\d\d?) (\d\d):(\d\d):(\d\d) /;
// The common/combined access log: `[02/Dec/2026:06:00:00 +0900]`.
const CLF = /^(\d\d)\/(\w{3})\/(\d{4}):(\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d)$/;

function zoned(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, zone?: string): number {
  if (!zone) return new Date(y, mo, d, h, mi, s, ms).getTime();
  const utc = Date.UTC(y, mo, d, h, mi, s, ms);
  if (zone === 'Z') return utc;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.replace(/[^\d]/g, '');
  return utc - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
}

/** When a log line was written, from its leading timestamp (ISO 8601, nginx, Apache error log, syslog); undefined when it has none. */
export function lineTime(line: string, now: number): number | undefined {
  const iso = ISO.exec(line);
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, zone] = iso;
    return zoned(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), frac ? Number(`0.${frac}`) * 1000 : 0, zone);
  }
  const apache = APACHE.exec(line);
  if (apache) {
    const [, mon, d, h, mi, s, y] = apache;
    const month = MONTHS[mon as string];
    return month === undefined ? undefined : new Date(Number(y), month, Number(d), Number(h), Number(mi), Number(s)).getTime();
  }
  const syslog = SYSLOG.exec(line);
  if (syslog) {
    const [, mon, d, h, mi, s] = syslog;
    const month = MONTHS[mon as string];
    if (month === undefined) return undefined;
    const year = new Date(now).getFullYear();
    const t = new Date(year, month, Number(d), Number(h), Number(mi), Number(s)).getTime();
    return t > now + 86_400_000 ? new Date(year - 1, month, Number(d), Number(h), Number(mi), Number(s)).getTime() : t;
  }
  return undefined;
}

/** `02/Dec/2026:06:00:00 +0900`, the time between an access log line's brackets. */
export function clfTime(text: string): number | undefined {
  const m = CLF.exec(text);
  if (!m) return undefined;
  const [, d, mon, y, h, mi, s, sign, zh, zm] = m;
  const month = MONTHS[mon as string];
  if (month === undefined) return undefined;
  const offset = (sign === '-' ? -1 : 1) * (Number(zh) * 60 + Number(zm)) * 60_000;
  return Date.UTC(Number(y), month, Number(d), Number(h), Number(mi), Number(s)) - offset;
}
