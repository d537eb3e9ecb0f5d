import { readFile } from 'node:fs/promises';
import { undecided, usageVerdict, type Verdict } from '../verdict.ts';

/** `MemTotal:  24683584 kB` lines of /proc/meminfo, in KiB. */
export function parseMeminfo(text: string): Record<string, number> {
  const fields: Record<string, number> = {};
  for (const m of text.matchAll(/^(\w+(?:\(\w+\))?):\s+(\d+)(?: kB)?$/gm)) fields[m[1] as string] = Number(m[2]);
  return fields;
}

/**
 * Memory in use as `free` shows it: total minus MemAvailable (the kernel's estimate of what can be
 * had without swapping; page cache counts as available).
 */
export async function checkMemory(warn: number, critical: number, meminfo = '/proc/meminfo'): Promise<Verdict> {
  let text: string;
  try {
    text = await readFile(meminfo, 'utf8');
  } catch (error) {
    return undecided(`cannot read ${meminfo} (${(error as NodeJS.ErrnoException).code ?? 'error'}): memory is only read on Linux`);
  }
  const { MemTotal: total, MemAvailable: available } = parseMeminfo(text);
  if (!total || available === undefined) return undecided(`${meminfo} has no MemTotal and MemAvailable (Linux 3.14 or newer has them)`);
  const usedPercent = Math.round(((total - available) * 1000) / total) / 10;
  return usageVerdict('memory', usedPercent, warn, critical, {
    'used %': usedPercent,
    'total MiB': Math.round(total / 1024),
    'available MiB': Math.round(available / 1024),
  });
}
