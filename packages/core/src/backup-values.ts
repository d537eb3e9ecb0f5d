import { bytesOf, quote, type Parsed } from './values.ts';

/**
 * Parsers for backup-verify's values, shared by its inputs and the config's `backups:` entries
 * (each returns the value or what was expected; the caller names the input or path).
 */

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const expected = <T>(text: string): Parsed<T> => ({ ok: false, expected: text });

export type BackupSourceSpec = { kind: 'local'; path: string };

const CLOUD_SCHEMES = /^(s3|gs|cloudsql|rds|rds-cluster):/;

/** `/backups/estimator` or `local:/backups/estimator`; cloud sources are named as not supported yet. */
export function backupSourceValue(text: string): Parsed<BackupSourceSpec> {
  const t = text.trim();
  const local = t.startsWith('local:') ? t.slice('local:'.length) : t;
  if (local.startsWith('/') || local.startsWith('./') || local.startsWith('../')) return ok({ kind: 'local', path: local });
  const cloud = CLOUD_SCHEMES.exec(t);
  if (cloud) return expected(`${cloud[1]} sources are not supported yet: expected a local directory like /backups/estimator or local:/backups/estimator, got ${quote(t)}`);
  return expected(`expected a local directory like /backups/estimator or local:/backups/estimator, got ${quote(t)}`);
}

/** `30%` or `300%`, returned as a fraction (0.3, 3). */
export function percentValue(text: string, max = 100): Parsed<number> {
  const m = /^(\d+(?:\.\d+)?)%$/.exec(text.trim());
  const n = m ? Number(m[1]) : Number.NaN;
  if (!Number.isFinite(n) || n > max) return expected(`expected a percentage from 0% to ${max}% like 30%, got ${quote(text)}`);
  return ok(n / 100);
}

/** `0`, `512KiB`, `1MiB`, `10MB`. */
export function byteSizeValue(text: string): Parsed<number> {
  const bytes = bytesOf(text);
  return bytes === undefined ? expected(`expected a size like 0, 512KiB, 1MiB or 10MB, got ${quote(text)}`) : ok(bytes);
}

export const VERIFY_KINDS = ['gzip', 'sqlite', 'pgdump'] as const;
export type VerifyKind = (typeof VERIFY_KINDS)[number];
export interface VerifyStep {
  kind: VerifyKind;
  /** The file inside a backup directory (`app.db`); without it, the backup itself. */
  path?: string;
}

/** A path inside a backup: relative, no `..`. */
export function innerPathValue(text: string): Parsed<string> {
  const t = text.trim();
  if (t === '' || t.startsWith('/') || t.split('/').includes('..')) return expected(`expected a path inside the backup like app.db or uploads/, got ${quote(t)}`);
  return ok(t);
}

/** `gzip`, `sqlite: app.db`, `pgdump`. */
export function verifyLineValue(text: string): Parsed<VerifyStep> {
  const m = /^([a-z]+)\s*(?::\s*(.*))?$/.exec(text.trim());
  const kind = m?.[1] as VerifyKind | undefined;
  if (!m || !kind || !VERIFY_KINDS.includes(kind)) return expected(`expected gzip, sqlite or pgdump, optionally with a path inside the backup (sqlite: app.db), got ${quote(text)}`);
  if (m[2] === undefined || m[2].trim() === '') return ok({ kind });
  const path = innerPathValue(m[2]);
  return path.ok ? ok({ kind, path: path.value }) : path;
}

export interface ExpectTable {
  /** `users` or `public.users`. */
  table: string;
  min: number;
}

/** `users>=1`, `public.races>=1000`, or `users` (at least one row). */
export function expectTableValue(text: string): Parsed<ExpectTable> {
  const m = /^([A-Za-z_][A-Za-z0-9_$]*(?:\.[A-Za-z_][A-Za-z0-9_$]*)?)\s*(?:>=\s*(\d+))?$/.exec(text.trim());
  if (!m?.[1]) return expected(`expected a table and a minimum row count like users>=1, got ${quote(text)}`);
  return ok({ table: m[1], min: m[2] === undefined ? 1 : Number(m[2]) });
}

/** A postgres:// URL for the scratch server; never echoed (it holds a password). */
export function postgresUrlValue(text: string): Parsed<URL> {
  try {
    const url = new URL(text.trim());
    if ((url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname) return ok(url);
  } catch {
    // reported below
  }
  return expected("expected a postgres:// or postgresql:// URL naming the scratch server's host (the value is not shown: it may hold a password)");
}
