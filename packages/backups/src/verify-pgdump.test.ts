import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { LINE_PREFIX_BYTES, LineScanner } from './line-scanner.ts';
import { plainDumpFindings, scanPlainDump } from './verify-pgdump.ts';

const DUMP = [
  '--',
  '-- PostgreSQL database dump',
  '--',
  '',
  '\\restrict abc123',
  '',
  '-- Dumped from database version 15.18',
  '-- Dumped by pg_dump version 15.18',
  'COPY public.users (id, name) FROM stdin;',
  '1\ta',
  '2\t-- PostgreSQL database dump complete',
  '\\.',
  '',
  '--',
  '-- PostgreSQL database dump complete',
  '--',
  '',
  '\\unrestrict abc123',
  '',
].join('\n');

/** The text in chunks of `size` bytes, so that lines are split across chunks. */
const chunked = (text: string, size: number): Readable => {
  const bytes = Buffer.from(text);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return Readable.from(chunks);
};

describe('scanPlainDump', () => {
  it.each([1, 7, 4096])('reads header, keys, versions, trailer and COPY rows in chunks of %i bytes', async (size) => {
    const facts = await scanPlainDump(chunked(DUMP, size));
    expect(facts).toEqual({ header: true, complete: true, restrictKey: 'abc123', unrestrictKey: 'abc123', serverVersion: '15.18', dumpVersion: '15.18', rows: { 'public.users': 2 } });
    expect(plainDumpFindings('d.sql', facts)).toEqual([]);
  });

  it('a data row that looks like the trailer is data, not the trailer', async () => {
    const cut = DUMP.slice(0, DUMP.indexOf('\\.'));
    expect((await scanPlainDump(chunked(cut, 64))).complete).toBe(false);
  });

  it('a dump without its \\unrestrict line is incomplete', async () => {
    const facts = await scanPlainDump(chunked(DUMP.replace('\\unrestrict abc123', ''), 64));
    expect(plainDumpFindings('d.sql', facts)).toEqual([{ code: 'PGDUMP_INCOMPLETE', message: 'd.sql has no \\unrestrict line: the dump is cut or was pieced together' }]);
  });
});

describe('LineScanner', () => {
  it('keeps only the start of a very long line', () => {
    const lines: string[] = [];
    const scanner = new LineScanner((l) => lines.push(l.toString()));
    scanner.push(Buffer.alloc(3 * LINE_PREFIX_BYTES, 0x61));
    scanner.push(Buffer.from('a\nnext\r\nlast'));
    scanner.end();
    expect(lines.map((l) => l.length)).toEqual([LINE_PREFIX_BYTES, 4, 4]);
  });
});
