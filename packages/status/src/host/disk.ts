import { statfs } from 'node:fs/promises';
import { undecided, usageVerdict, type Verdict } from '../verdict.ts';

export interface DiskUsage {
  usedPercent: number;
  sizeBytes: number;
  availableBytes: number;
}

/**
 * Usage as `df` computes it: used over used plus what an unprivileged user may still write (the
 * blocks reserved for root count as neither), rounded up so that 79.01 % is not shown as 79 %.
 */
export function diskUsage(s: { bsize: number; blocks: number; bfree: number; bavail: number }): DiskUsage {
  const used = (s.blocks - s.bfree) * s.bsize;
  const available = s.bavail * s.bsize;
  const usedPercent = used + available === 0 ? 0 : Math.ceil(((used * 100) / (used + available)) * 10) / 10;
  return { usedPercent, sizeBytes: s.blocks * s.bsize, availableBytes: available };
}

const GIB = 1024 ** 3;

export async function checkDisk(path: string, warn: number, critical: number): Promise<Verdict> {
  let usage: DiskUsage;
  try {
    usage = diskUsage(await statfs(path));
  } catch (error) {
    return undecided(`cannot read the file system of ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { path });
  }
  return usageVerdict(`disk ${path}`, usage.usedPercent, warn, critical, {
    path,
    'used %': usage.usedPercent,
    'size GiB': Math.round((usage.sizeBytes / GIB) * 10) / 10,
    'available GiB': Math.round((usage.availableBytes / GIB) * 10) / 10,
  });
}
