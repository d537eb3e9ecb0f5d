import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../harness/run-action.ts';

// A Node.js older than 24 installed on the machine (a self-hosted runner's, a terminal's), found
// outside node_modules, where the `node` devDependency puts Node 24.
function findOldNode(): { path: string; version: string } | undefined {
  const candidates = [...(process.env.PATH ?? '').split(delimiter).filter((dir) => dir && !dir.includes('node_modules')).map((dir) => join(dir, 'node')), '/usr/local/bin/node', '/usr/bin/node'];
  for (const path of new Set(candidates)) {
    if (!existsSync(path)) continue;
    const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
    if (Number(/^v(\d+)\./.exec(version)?.[1]) < 24) return { path, version };
  }
  return undefined;
}

const oldNode = findOldNode();
const ACTIONS = ['cert-check', 'deploy', 'rollback', 'smoke-test'];

describe.skipIf(!oldNode)(`every entry on ${oldNode?.version ?? 'an older Node.js'}`, () => {
  const node = oldNode?.path ?? '';

  it.each(ACTIONS)('%s says in one error annotation that it needs Node 24, and exits 1', (action) => {
    const cwd = mkdtempSync(join(tmpdir(), 'runbook-old-node-'));
    const run = spawnSync(node, [join(ROOT, 'dist', action, 'index.js')], {
      cwd,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', GITHUB_ACTIONS: 'true', INPUT_HOSTS: '127.0.0.1:9', INPUT_URLS: 'http://127.0.0.1:9/', INPUT_RETRIES: '0' },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(`::error::${action} needs Node.js 24 or newer (found ${oldNode?.version}): use runs.using node24 / a runner ≥ 2.327.1, or install Node 24\n`);
    expect(run.stderr).toBe('');
  });

  it('the runbook command says it in one line on stderr, and runs nothing', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'runbook-old-node-'));
    const run = spawnSync(node, [join(ROOT, 'packages/cli/bin/runbook.js'), 'demo'], { cwd, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `runbook needs Node.js 24 or newer (found ${oldNode?.version}): install Node 24, or run it through npm/npx in a checkout of runbook-actions (its node devDependency is Node 24)\n`,
    );
    expect(run.stdout).toBe('');
    expect(existsSync(join(cwd, '.runbook-demo'))).toBe(false);
  });
});

describe('the runbook command on Node 24', () => {
  it('goes on to the CLI after the check', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'packages/cli/bin/runbook.js'), 'help'], { cwd: tmpdir(), encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('smoke-test');
  });
});
