import { finding } from '../findings.ts';
import { listLocal } from '../list-local.ts';
import type { EntryPattern } from '../pattern.ts';
import { SourceError, type BackupSource } from './source.ts';

/** A directory on this machine: the reference source; its entries are opened where they lie. */
export function localSource(dir: string, pattern: EntryPattern): BackupSource {
  return {
    hashable: true,
    async list() {
      try {
        return { entries: await listLocal(dir, pattern), findings: [] };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') throw new SourceError(finding('NO_BACKUPS', `${dir} does not exist`));
        if (code === 'ENOTDIR') throw new SourceError(finding('NO_BACKUPS', `${dir} is not a directory`));
        throw error;
      }
    },
    async open(entry) {
      return { path: entry.path, release: async () => {} };
    },
  };
}
