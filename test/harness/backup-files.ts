import { closeSync, mkdirSync, openSync, readFileSync, statSync, truncateSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Real files of the kinds backups are made of, and the ways they break. */

export const HOUR_MS = 3_600_000;

/** Sets a file's or directory's modification time to `hoursAgo` before now. */
export function age(path: string, hoursAgo: number): void {
  const t = new Date(Date.now() - hoursAgo * HOUR_MS);
  utimesSync(path, t, t);
}

/** A real SQLite database (rollback journal mode) with users and orders, `rows` orders, indexed. */
export function sqliteFile(path: string, rows = 200, options: { orphan?: boolean } = {}): void {
  mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path, { enableForeignKeyConstraints: false });
  db.exec(`
    CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
    CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id), note TEXT);
    CREATE INDEX orders_note ON orders(note);
    INSERT INTO users VALUES (1, 'a'), (2, 'b');
  `);
  const insert = db.prepare('INSERT INTO orders (user_id, note) VALUES (?, ?)');
  db.exec('BEGIN');
  for (let i = 0; i < rows; i++) insert.run(1 + (i % 2), `order ${i} ${'x'.repeat(40)}`);
  if (options.orphan) insert.run(99, 'orphan');
  db.exec('COMMIT');
  db.close();
}

/** Overwrites `count` bytes in the middle of page `page` (1-based) with garbage: a corrupt b-tree page. */
export function corruptPage(path: string, page: number, pageSize = 4096): void {
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, (page - 1) * pageSize + 8);
  closeSync(fd);
}

/** Cuts a file to `fraction` of its size. */
export function truncateTo(path: string, fraction: number): void {
  truncateSync(path, Math.floor(statSync(path).size * fraction));
}

/** Flips the byte at `at(length)`, e.g. `(n) => n / 2`. */
export function flipByte(path: string, at: (length: number) => number): void {
  const data = readFileSync(path);
  const i = Math.floor(at(data.length));
  data[i] = (data[i] ?? 0) ^ 0xff;
  writeFileSync(path, data);
}

/** A gzip file of `bytes` of text that does not compress to nothing. */
export function gzipFile(path: string, bytes = 256 * 1024): void {
  mkdirSync(dirname(path), { recursive: true });
  const lines: string[] = [];
  for (let n = 0, i = 0; n < bytes; i++) {
    const line = `INSERT INTO t VALUES (${i}, '${(i * 2654435761) % 1000003}');\n`;
    lines.push(line);
    n += line.length;
  }
  writeFileSync(path, gzipSync(lines.join('')));
}

/** Runbook 001's backup: a directory with app.db, .env and uploads/. */
export function appBackup(dir: string, options: { env?: string; rows?: number } = {}): void {
  mkdirSync(`${dir}/uploads`, { recursive: true });
  sqliteFile(`${dir}/app.db`, options.rows ?? 200);
  writeFileSync(`${dir}/.env`, options.env ?? 'SECRET_KEY=env-value-never-shown-71\nOPENAI_API_KEY=sk-never-shown-42\n');
  writeFileSync(`${dir}/uploads/quote-1.pdf`, 'pdf');
}
