import { bytesOf, quote, type Parsed } from './values.ts';

/**
 * Parsers for backup-verify's values, shared by its inputs and the config's `backups:` entries
 * (each returns the value or what was expected; the caller names the input or path).
 */

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const expected = <T>(text: string): Parsed<T> => ({ ok: false, expected: text });

export type BackupSourceSpec =
  | { kind: 'local'; path: string }
  | { kind: 's3'; bucket: string; prefix: string }
  | { kind: 'gcs'; bucket: string; prefix: string }
  | { kind: 'cloudsql'; project: string; instance: string }
  | { kind: 'rds'; id: string }
  | { kind: 'rds-cluster'; id: string };

/** The managed kinds are a provider's own backups, with no files to read; object stores hold files like a directory. */
export const isManaged = (s: BackupSourceSpec): boolean => s.kind === 'cloudsql' || s.kind === 'rds' || s.kind === 'rds-cluster';

/** The source as it is written: `/backups/x`, `s3://bucket/prefix/`, `cloudsql:proj/inst`. */
export function sourceLabel(s: BackupSourceSpec): string {
  switch (s.kind) {
    case 'local':
      return s.path;
    case 's3':
      return `s3://${s.bucket}/${s.prefix}`;
    case 'gcs':
      return `gs://${s.bucket}/${s.prefix}`;
    case 'cloudsql':
      return `cloudsql:${s.project}/${s.instance}`;
    default:
      return `${s.kind}:${s.id}`;
  }
}

/** The default name of a backup set: the last part of its path or prefix, or the instance. */
export function sourceName(s: BackupSourceSpec): string {
  if (s.kind === 'cloudsql') return s.instance;
  if (s.kind === 'rds' || s.kind === 'rds-cluster') return s.id;
  const path = s.kind === 'local' ? s.path : `${s.bucket}/${s.prefix}`;
  return path.replace(/\/+$/, '').split('/').pop() || 'backups';
}

const SOURCE_FORMS = 'a local directory like /backups/estimator, s3://bucket/prefix/, gs://bucket/prefix/, cloudsql:PROJECT/INSTANCE, rds:INSTANCE or rds-cluster:CLUSTER';
const BUCKET = /^[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]$/;
const GCP_PROJECT = /^(?:[a-z][a-z0-9.:-]{0,62}[a-z0-9]|[a-z][a-z0-9-]{4,28}[a-z0-9])$/;
const GCP_INSTANCE = /^[a-z][a-z0-9-]{0,96}$/;
const RDS_ID = /^[A-Za-z][A-Za-z0-9-]{0,62}$/;

function objectStore(kind: 's3' | 'gcs', rest: string, text: string): Parsed<BackupSourceSpec> {
  const slash = rest.indexOf('/');
  const bucket = slash < 0 ? rest : rest.slice(0, slash);
  const prefix = slash < 0 ? '' : rest.slice(slash + 1);
  if (!BUCKET.test(bucket)) return expected(`expected a bucket name after ${kind === 's3' ? 's3' : 'gs'}:// (lower-case letters, digits, dots, dashes), got ${quote(text)}`);
  if (prefix.split('/').includes('..')) return expected(`expected a prefix without .. segments, got ${quote(text)}`);
  return ok(kind === 's3' ? { kind: 's3', bucket, prefix } : { kind: 'gcs', bucket, prefix });
}

/** A backup source in any of its written forms; an unknown scheme is named with the forms that work. */
export function backupSourceValue(text: string): Parsed<BackupSourceSpec> {
  const t = text.trim();
  const local = t.startsWith('local:') ? t.slice('local:'.length) : t;
  if (local.startsWith('/') || local.startsWith('./') || local.startsWith('../')) return ok({ kind: 'local', path: local });
  if (t.startsWith('s3://')) return objectStore('s3', t.slice(5), t);
  if (t.startsWith('gs://')) return objectStore('gcs', t.slice(5), t);
  const managed = /^(cloudsql|rds|rds-cluster):(.*)$/.exec(t);
  if (managed?.[1] === 'cloudsql') {
    const [project = '', instance = '', extra] = (managed[2] ?? '').split('/');
    if (extra === undefined && GCP_PROJECT.test(project) && GCP_INSTANCE.test(instance)) return ok({ kind: 'cloudsql', project, instance });
    return expected(`expected cloudsql:PROJECT/INSTANCE like cloudsql:my-project/app-db, got ${quote(t)}`);
  }
  if (managed?.[1] === 'rds' || managed?.[1] === 'rds-cluster') {
    if (RDS_ID.test(managed[2] ?? '')) return ok({ kind: managed[1] === 'rds' ? 'rds' : 'rds-cluster', id: managed[2] ?? '' });
    return expected(`expected ${managed[1]}:IDENTIFIER like ${managed[1]}:app-db, got ${quote(t)}`);
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(t)?.[1];
  return expected(`${scheme ? `unknown source scheme ${quote(`${scheme}:`)}: ` : ''}expected ${SOURCE_FORMS}, got ${quote(t)}`);
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
