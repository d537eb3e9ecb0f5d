import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

export type DumpFormat = 'plain' | 'plain-gzip' | 'custom';

/** From the first bytes: gzip's 1f 8b, pg_dump's custom-format `PGDMP`, else plain SQL. */
export async function dumpFormat(path: string): Promise<DumpFormat> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(5);
    const { bytesRead } = await handle.read(head, 0, 5, 0);
    if (bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'plain-gzip';
    return head.subarray(0, bytesRead).toString('latin1') === 'PGDMP' ? 'custom' : 'plain';
  } finally {
    await handle.close();
  }
}

/** The SQL text of a plain dump, decompressed on the way when it is gzipped. */
export function plainDumpStream(path: string, format: DumpFormat): Readable {
  const file = createReadStream(path);
  if (format !== 'plain-gzip') return file;
  const gunzip = createGunzip();
  file.on('error', (error) => gunzip.destroy(error));
  return file.pipe(gunzip);
}

/** Names pg_dump's custom format is usually given: such a file without `PGDMP` is a bad archive, not a plain dump. */
export const CUSTOM_NAME = /\.(dump|pgdump|backup|custom)$/i;
