import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a fake command prints and how it exits. */
export interface ToolReply {
  stdout?: string;
  stderr?: string;
  code?: number;
}

export interface FakeTools {
  /** A directory for PATH holding only the fake commands (which need nothing else on PATH). */
  bin: string;
  /** The arguments each fake command was called with, one call per line. */
  calls(command: string): string[];
}

/**
 * Stand-ins for systemctl and docker on a machine that has neither working: shell scripts that
 * print output captured from the real tools and record how they were called.
 */
export function fakeTools(replies: Record<string, ToolReply>): FakeTools {
  const bin = mkdtempSync(join(tmpdir(), 'status-tools-'));
  for (const [command, reply] of Object.entries(replies)) {
    const out = join(bin, `${command}.stdout`);
    const err = join(bin, `${command}.stderr`);
    writeFileSync(out, reply.stdout ?? '');
    writeFileSync(err, reply.stderr ?? '');
    const script = join(bin, command);
    writeFileSync(script, `#!/bin/sh\necho "$*" >> '${bin}/${command}.calls'\n/bin/cat '${out}'\n/bin/cat '${err}' >&2\nexit ${reply.code ?? 0}\n`);
    chmodSync(script, 0o755);
  }
  return {
    bin,
    calls: (command) => {
      try {
        return readFileSync(join(bin, `${command}.calls`), 'utf8').trim().split('\n');
      } catch {
        return [];
      }
    },
  };
}
