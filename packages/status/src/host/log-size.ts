import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { undecided, type Verdict } from '../verdict.ts';

const MIB = 1024 * 1024;
const mib = (bytes: number): string => `${(bytes / MIB).toFixed(1)} MiB`;

/** The files a `log-files` entry names: the file itself, or every file directly in a directory (like `ls -lh /var/log/estimator/`). */
export async function logFilesOf(path: string): Promise<{ files: string[] } | { error: string }> {
  try {
    const s = await stat(path);
    if (!s.isDirectory()) return { files: [path] };
    const entries = await readdir(path, { withFileTypes: true });
    return { files: entries.filter((e) => e.isFile()).map((e) => join(path, e.name)).sort() };
  } catch (error) {
    return { error: `cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
}

/** A log file over `maxBytes` is a warning (P4): it should have been rotated. */
export async function checkLogSize(file: string, maxBytes: number): Promise<Verdict> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    return undecided(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { file });
  }
  const evidence = { file, bytes: size, 'max bytes': maxBytes };
  if (size > maxBytes) return { outcome: 'warn', severity: 'P4', summary: `${file} is ${mib(size)}, over ${mib(maxBytes)}: rotate it`, evidence };
  return { outcome: 'pass', summary: `${file} is ${mib(size)} (at most ${mib(maxBytes)})`, evidence };
}
