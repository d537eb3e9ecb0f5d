import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCommands } from '../../../test/harness/run-action.ts';
import { GitHubEmitter } from './emitter.ts';

const EVIL = '::error::pwned\n  ::add-mask::x\n##[error]x\n::stop-commands::x';

/** What the emitter wrote to stdout while `fn` ran. */
async function stdoutOf(fn: () => Promise<void> | void): Promise<string> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    await fn();
  } finally {
    spy.mockRestore();
  }
  return out;
}

afterEach(() => vi.restoreAllMocks());

describe('GitHubEmitter through @actions/core', () => {
  it('prints progress, warnings, errors and group titles from outside as text, never as commands', async () => {
    const emitter = new GitHubEmitter();
    const out = await stdoutOf(async () => {
      emitter.progress(EVIL);
      emitter.warning(EVIL);
      emitter.error(EVIL);
      await emitter.group(EVIL, async () => emitter.progress('inside'));
    });
    const { commands, log } = parseCommands(out);
    expect(commands.map((c) => c.name)).toEqual(['warning', 'error', 'group', 'endgroup']);
    expect(commands.map((c) => c.data).join('\n')).not.toMatch(/^[\s]*::|##\[/m);
    expect(log).toContain('pwned');
    expect(log).toContain('inside');
  });

  it('shows untrusted lines as they are between stop-commands markers with a fresh token', async () => {
    const emitter = new GitHubEmitter();
    const out = await stdoutOf(() => {
      emitter.untrusted(EVIL.split('\n'));
      emitter.untrusted(['second block']);
      emitter.progress('after');
    });
    const { commands, log } = parseCommands(out);
    const tokens = commands.filter((c) => c.name === 'stop-commands').map((c) => c.data);
    expect(tokens).toHaveLength(2);
    expect(new Set(tokens).size).toBe(2);
    expect(tokens[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(commands.map((c) => c.name)).toEqual(['stop-commands', tokens[0], 'stop-commands', tokens[1]]);
    expect(log).toContain('::error::pwned');
    expect(log).toContain('after');
  });

  it('registers each meaningful part of a secret with the runner', async () => {
    const emitter = new GitHubEmitter();
    const out = await stdoutOf(() => emitter.secret('Authorization: Bearer tok-4242-abc'));
    expect(parseCommands(out).masks).toEqual(['Authorization: Bearer tok-4242-abc', 'Bearer tok-4242-abc', 'tok-4242-abc']);
  });
});
