import { lstat, opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { EntryPattern } from './pattern.ts';

/** One backup: a file, or a directory holding the app's files. */
export interface BackupEntry {
  name: string;
  path: string;
  directory: boolean;
  /** Bytes: the file's, or the sum of the directory's files. */
  size: number;
  /** From the `{date}` in the name, else the modification time. */
  time: Date;
  /** An object store's digest of the bytes (`md5:…`), when it gives one: two equal digests are identical backups. */
  digest?: string;
}

/** Entries read from one source directory; beyond this the listing stops with an error. */
export const MAX_ENTRIES = 10_000;
/** Files summed inside one backup directory. */
export const MAX_FILES_PER_BACKUP = 200_000;

export class ListingError extends Error {}

/** Total bytes of the regular files under `dir` (symbolic links are not followed). */
async function directorySize(dir: string, budget = { files: MAX_FILES_PER_BACKUP }): Promise<number> {
  let total = 0;
  for await (const entry of await opendir(dir)) {
    if (--budget.files < 0) throw new ListingError(`${dir} holds more than ${MAX_FILES_PER_BACKUP} files`);
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += await directorySize(path, budget);
    else if (entry.isFile()) total += (await lstat(path)).size;
  }
  return total;
}

/** The backups in a local directory, newest first. */
export async function listLocal(dir: string, pattern: EntryPattern): Promise<BackupEntry[]> {
  const entries: BackupEntry[] = [];
  let seen = 0;
  for await (const dirent of await opendir(dir)) {
    if (++seen > MAX_ENTRIES) throw new ListingError(`${dir} holds more than ${MAX_ENTRIES} entries`);
    const dated = pattern.match(dirent.name);
    if (dated === undefined) continue;
    const path = join(dir, dirent.name);
    const info = await stat(path);
    if (!info.isFile() && !info.isDirectory()) continue;
    const directory = info.isDirectory();
    entries.push({ name: dirent.name, path, directory, size: directory ? await directorySize(path) : info.size, time: dated ?? info.mtime });
  }
  return newestFirst(entries);
}

/** Entries newest first; the same time is ordered by name, so the order never depends on the listing's. */
export const newestFirst = (entries: BackupEntry[]): BackupEntry[] => entries.sort((a, b) => b.time.getTime() - a.time.getTime() || (a.name < b.name ? 1 : -1));
