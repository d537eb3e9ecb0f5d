import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DIST_HASH_FILE, sourcesHash } from '../scripts/dist-hash.ts';

/** Why dist/ under `root` cannot be tested, or undefined when it was built from these sources. */
export function staleDist(root: string): string | undefined {
  const file = join(root, DIST_HASH_FILE);
  const built = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  return built === sourcesHash(root) ? undefined : 'dist/ is older than the sources: run npm run build';
}

/** The integration tests run dist/: refuse to test a dist/ built from other sources than these. */
export default function refuseStaleDist(): void {
  const message = staleDist(resolve(import.meta.dirname, '..'));
  if (message === undefined) return;
  // Exit rather than throw: vitest would add a stack trace and "No test files found".
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
