import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { formatDuration, UNDECIDED_PREFIX } from '@runbook/core';
import { finding } from '../findings.ts';
import { SourceError, type OpenedEntry } from './source.ts';

/**
 * Streams an object's body to a scratch file (chunk by chunk: memory stays flat whatever its size)
 * so that the checks local files get (gzip, SQLite, pg_restore) run on it unchanged. A body that
 * sends nothing for `idleMs` is abandoned as timed out. The file keeps the object's name, which
 * the dump checks read.
 */
export async function downloadToScratch(body: Readable, key: string, idleMs: number): Promise<OpenedEntry> {
  const dir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'backup-verify-'));
  const path = join(dir, basename(key) || 'object');
  const release = () => rm(dir, { recursive: true, force: true });
  let timer: NodeJS.Timeout | undefined;
  const watchdog = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      arm();
      done(null, chunk);
    },
  });
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => watchdog.destroy(Object.assign(new Error(`no data for ${formatDuration(idleMs)}`), { name: 'IdleTimeout' })), idleMs);
  };
  arm();
  try {
    await pipeline(body, watchdog, createWriteStream(path));
    return { path, release };
  } catch (error) {
    await release();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** A body that stopped or broke half-way: the backup may be fine, the verifier cannot tell. */
export function bodyError(label: string, error: unknown): SourceError {
  const e = error as Error;
  if (e.name === 'IdleTimeout') return new SourceError(finding('TIMED_OUT', `${UNDECIDED_PREFIX}reading ${label} stopped: ${e.message}`));
  return new SourceError(finding('CHECK_ERROR', `${UNDECIDED_PREFIX}reading ${label} failed: ${e.message}`));
}
