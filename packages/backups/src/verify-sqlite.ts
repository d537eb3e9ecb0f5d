import { existsSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { DatabaseSync } from 'node:sqlite';
import { finding, type Finding } from './findings.ts';

export type SqliteCheck = 'quick' | 'integrity';

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
/** The first messages of a failed check that a result shows. */
const MAX_MESSAGES = 10;

export interface SqliteHeader {
  pageSize: number;
  /** Only when the header's count is valid (its change counter matches "version-valid-for"). */
  pageCount?: number;
}

/** The database header's page size and page count (sqlite.org/fileformat2.html); undefined when it is not SQLite. */
export function readSqliteHeader(header: Buffer): SqliteHeader | undefined {
  if (header.length < 100 || !header.subarray(0, 16).equals(MAGIC)) return undefined;
  const raw = header.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  const valid = header.readUInt32BE(24) === header.readUInt32BE(92);
  return valid ? { pageSize, pageCount: header.readUInt32BE(28) } : { pageSize };
}

/** The header and size checks, which need no SQLite: a wrong magic or a truncated file stops here. */
async function structure(path: string, name: string): Promise<Finding | undefined> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(100);
    const { bytesRead } = await handle.read(buffer, 0, 100, 0);
    const header = readSqliteHeader(buffer.subarray(0, bytesRead));
    if (!header) return finding('SQLITE_BAD_MAGIC', `${name} is not an SQLite database (its header is not "SQLite format 3")`);
    const { size } = await handle.stat();
    const expected = header.pageCount === undefined ? Math.ceil(size / header.pageSize) * header.pageSize : header.pageCount * header.pageSize;
    if (size < expected) return finding('SQLITE_TRUNCATED', `${name} is truncated: ${size} bytes, where its header says ${expected} (${header.pageCount} pages of ${header.pageSize})`);
    return undefined;
  } finally {
    await handle.close();
  }
}

const rowsOf = (db: DatabaseSync, sql: string): Record<string, unknown>[] => db.prepare(sql).all() as Record<string, unknown>[];

/** The engine's own checks, on the file as it is: opened read-only and immutable, so no -wal is replayed and nothing is written. */
function engineChecks(path: string, name: string, check: SqliteCheck): Finding[] {
  const url = pathToFileURL(path);
  url.searchParams.set('immutable', '1');
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(url, { readOnly: true });
    const pragma = check === 'quick' ? `quick_check(${MAX_MESSAGES})` : `integrity_check(${MAX_MESSAGES})`;
    const rows = rowsOf(db, `PRAGMA ${pragma}`).map((row) => String(Object.values(row)[0]));
    if (rows.length !== 1 || rows[0] !== 'ok') {
      // A row can hold several lines, under a "*** in database main ***" heading.
      const messages = rows.flatMap((row) => row.split('\n')).filter((line) => line.trim() !== '' && !/^\*\*\* in database \w+ \*\*\*$/.test(line));
      return [finding('SQLITE_CORRUPT', `${name} fails PRAGMA ${check}_check: ${messages.slice(0, MAX_MESSAGES).join('; ')}`)];
    }
    const violations = rowsOf(db, 'PRAGMA foreign_key_check');
    if (violations.length > 0) {
      const tables = [...new Set(violations.map((v) => `${String(v.table)} → ${String(v.parent)}`))].slice(0, MAX_MESSAGES);
      return [finding('SQLITE_FOREIGN_KEY', `${name} has ${violations.length} row(s) whose foreign key points at nothing: ${tables.join(', ')}`)];
    }
    return [];
  } catch (error) {
    // "database disk image is malformed", "file is not a database": the engine's own words.
    return [finding('SQLITE_CORRUPT', `${name} cannot be read by SQLite: ${(error as Error).message}`)];
  } finally {
    db?.close();
  }
}

/** Header, truncation, then `quick_check` or `integrity_check` (exactly `ok`) and the foreign keys; a `-wal` beside the copy is a warning. */
export async function verifySqlite(path: string, name: string, check: SqliteCheck): Promise<Finding[]> {
  await stat(path);
  const bad = await structure(path, name);
  if (bad) return [bad];
  const findings = engineChecks(path, name, check);
  if (existsSync(`${path}-wal`)) {
    findings.push(finding('SQLITE_WAL_SIDECAR', `${name}-wal lies beside the copy: the copy was probably taken from a live database with cp, and may miss its latest writes (use .backup or VACUUM INTO)`));
  }
  return findings;
}
