import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { finding, type Finding } from './findings.ts';
import { LineScanner, text } from './line-scanner.ts';
import type { BackupEntry } from './list-local.ts';

/** `app.db` must be a file, `uploads/` a directory; each must be there and not empty. */
export async function companionFindings(entry: BackupEntry, required: readonly string[]): Promise<Finding[]> {
  const missing: string[] = [];
  for (const item of required) {
    const wantDirectory = item.endsWith('/');
    const info = entry.directory ? await stat(join(entry.path, item)).catch(() => undefined) : undefined;
    if (!info || (wantDirectory ? !info.isDirectory() : !info.isFile())) missing.push(item);
  }
  if (missing.length === 0) return [];
  const where = entry.directory ? `${entry.name}/` : `${entry.name} (a file, not a directory)`;
  return [finding('MISSING_COMPANION', `${where} lacks ${missing.join(', ')}`)];
}

const KEY = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=/;

/**
 * The key names a `.env` file sets. Only the names are kept; each value is dropped as its line
 * is read, so no message can hold one.
 */
export async function envKeys(path: string): Promise<Set<string>> {
  const keys = new Set<string>();
  const scanner = new LineScanner((bytes) => {
    const line = text(bytes);
    const name = KEY.exec(line.slice(0, line.indexOf('=') + 1))?.[1];
    if (name) keys.add(name);
  });
  for await (const chunk of createReadStream(path)) scanner.push(chunk as Buffer);
  scanner.end();
  return keys;
}

export async function envKeyFindings(entry: BackupEntry, file: string, wanted: readonly string[]): Promise<Finding[]> {
  if (wanted.length === 0) return [];
  const keys = await envKeys(join(entry.path, file)).catch(() => undefined);
  if (!keys) return [finding('MISSING_COMPANION', `${entry.name}/ lacks ${file}, which env-keys reads`)];
  const missing = wanted.filter((k) => !keys.has(k));
  return missing.length ? [finding('ENV_KEY_MISSING', `${entry.name}/${file} does not set ${missing.join(', ')}`)] : [];
}

/** SHA-256 of a file, or of a directory's relative paths and file contents in sorted order. */
export async function contentHash(entry: Pick<BackupEntry, 'path' | 'directory'>): Promise<string> {
  const hash = createHash('sha256');
  const addFile = async (path: string) => {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  };
  const walk = async (dir: string, prefix: string): Promise<void> => {
    const names: { name: string; directory: boolean }[] = [];
    for await (const d of await opendir(dir)) if (d.isFile() || d.isDirectory()) names.push({ name: d.name, directory: d.isDirectory() });
    names.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const { name, directory } of names) {
      hash.update(`\0${prefix}${name}${directory ? '/' : ''}\0`);
      if (directory) await walk(join(dir, name), `${prefix}${name}/`);
      else await addFile(join(dir, name));
    }
  };
  if (entry.directory) await walk(entry.path, '');
  else await addFile(entry.path);
  return hash.digest('hex');
}

/**
 * Byte-identical to the one before: a sign that the backup copies a source that stopped changing.
 * Local files are hashed; objects are compared by the digests their store lists, when both have one.
 */
export async function identicalFinding(newest: BackupEntry, previous: BackupEntry | undefined, hashable: boolean): Promise<Finding | undefined> {
  if (!previous || previous.size !== newest.size || previous.directory !== newest.directory) return undefined;
  if (!hashable && !(newest.digest && previous.digest)) return undefined;
  const [a, b] = hashable ? await Promise.all([contentHash(newest), contentHash(previous)]) : [newest.digest, previous.digest];
  return a === b ? finding('IDENTICAL_TO_PREVIOUS', `${newest.name} is byte-identical to ${previous.name}: the backup may be copying a source that stopped changing`) : undefined;
}
