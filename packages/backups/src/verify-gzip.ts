import { createReadStream } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { finding, type Finding } from './findings.ts';

/** What zlib's errors mean for a backup. */
export function gzipFinding(name: string, error: NodeJS.ErrnoException): Finding {
  const message = error.message;
  if (error.code === 'Z_BUF_ERROR' || /unexpected end of file/.test(message)) return finding('GZIP_TRUNCATED', `${name} ends before its gzip stream does: the file is truncated`);
  if (/incorrect header check/.test(message)) return finding('GZIP_BAD_MAGIC', `${name} is not gzip data (no gzip header)`);
  if (/incorrect (data|length) check/.test(message)) return finding('GZIP_CRC', `${name} fails its gzip ${/length/.test(message) ? 'length' : 'CRC-32'} check: the data is corrupt`);
  return finding('GZIP_CRC', `${name} is corrupt: the gzip stream cannot be decoded (${message})`);
}

/** Decompresses the whole file (every member), checking each member's CRC-32 and length; memory stays flat. */
export async function verifyGzip(path: string, name: string): Promise<{ findings: Finding[]; bytes: number }> {
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  try {
    await pipeline(createReadStream(path), createGunzip(), sink);
    return { findings: [], bytes };
  } catch (error) {
    // A file that cannot be read (permissions) is not a corrupt backup: the caller says so.
    if ((error as NodeJS.ErrnoException).syscall) throw error;
    return { findings: [gzipFinding(name, error as NodeJS.ErrnoException)], bytes };
  }
}
