// A content hash of what `npm run build` reads from the repository (node_modules aside): the
// build records it in dist/, and the integration tests' global setup refuses a dist/ whose hash
// is not the sources' (mtimes would not do: a checkout sets them in any order).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST_HASH_FILE = 'dist/sources.sha256';

function sourceFiles(root: string): string[] {
  const files = ['build.mjs', 'package-lock.json'];
  for (const top of ['packages', 'actions']) {
    for (const name of readdirSync(join(root, top))) {
      if (existsSync(join(root, top, name, 'package.json'))) files.push(join(top, name, 'package.json'));
      const src = join(root, top, name, 'src');
      if (!existsSync(src)) continue;
      for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
        if (entry.isFile() && !entry.name.endsWith('.test.ts')) files.push(relative(root, join(entry.parentPath, entry.name)));
      }
    }
  }
  return files.map((f) => f.split('\\').join('/')).sort();
}

export function sourcesHash(root: string): string {
  const hash = createHash('sha256');
  for (const file of sourceFiles(root)) hash.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0');
  return hash.digest('hex');
}
