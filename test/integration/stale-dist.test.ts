import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_HASH_FILE, sourcesHash } from '../../scripts/dist-hash.ts';
import { staleDist } from '../global-setup.ts';

const STALE = 'dist/ is older than the sources: run npm run build';

function builtRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'runbook-stale-dist-'));
  const files: Record<string, string> = {
    'build.mjs': '// build',
    'package-lock.json': '{}',
    'packages/core/package.json': '{"name":"@runbook/core"}',
    'packages/core/src/duration.ts': 'export const a = 1;',
    'packages/core/src/config/load.ts': 'export const b = 2;',
    'packages/core/src/duration.test.ts': '// test',
    'actions/smoke-test/src/index.ts': 'await 0;',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, DIST_HASH_FILE), `${sourcesHash(root)}\n`);
  return root;
}

describe('the integration tests refuse a stale dist/', () => {
  it('accepts a dist/ built from the sources as they are, whatever a test file says', () => {
    const root = builtRepo();
    expect(staleDist(root)).toBeUndefined();
    writeFileSync(join(root, 'packages/core/src/duration.test.ts'), '// another test');
    expect(staleDist(root)).toBeUndefined();
  });

  it.each(['packages/core/src/config/load.ts', 'actions/smoke-test/src/index.ts', 'packages/core/package.json', 'package-lock.json', 'build.mjs'])(
    'refuses once %s changed after the build',
    (path) => {
      const root = builtRepo();
      writeFileSync(join(root, path), '// edited');
      expect(staleDist(root)).toBe(STALE);
    },
  );

  it('refuses a new source file, and a dist/ with no recorded hash', () => {
    const root = builtRepo();
    writeFileSync(join(root, 'packages/core/src/new.ts'), 'export {};');
    expect(staleDist(root)).toBe(STALE);
    rmSync(join(root, DIST_HASH_FILE));
    expect(staleDist(builtRepo())).toBeUndefined();
    expect(staleDist(root)).toBe(STALE);
  });
});
