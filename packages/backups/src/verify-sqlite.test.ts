import { describe, expect, it } from 'vitest';
import { readSqliteHeader } from './verify-sqlite.ts';

const header = (pageSize: number, pageCount: number, valid = true): Buffer => {
  const b = Buffer.alloc(100);
  b.write('SQLite format 3\0', 0, 'latin1');
  b.writeUInt16BE(pageSize === 65536 ? 1 : pageSize, 16);
  b.writeUInt32BE(7, 24);
  b.writeUInt32BE(pageCount, 28);
  b.writeUInt32BE(valid ? 7 : 6, 92);
  return b;
};

describe('readSqliteHeader', () => {
  it('reads page size and count', () => {
    expect(readSqliteHeader(header(4096, 12))).toEqual({ pageSize: 4096, pageCount: 12 });
  });
  it('1 means 65536', () => {
    expect(readSqliteHeader(header(65536, 2))?.pageSize).toBe(65536);
  });
  it('ignores a page count the change counter does not vouch for', () => {
    expect(readSqliteHeader(header(4096, 12, false))).toEqual({ pageSize: 4096 });
  });
  it('is undefined for anything else', () => {
    expect(readSqliteHeader(Buffer.from('PGDMP'.padEnd(100)))).toBeUndefined();
  });
});
