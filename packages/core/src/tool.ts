import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** How a tool run ended: its exit code and the start of its output (never more than `maxOutput` bytes each). */
export type ToolRun = { ran: true; code: number | null; stdout: string; stderr: string; timedOut: boolean } | { ran: false; reason: string };

export interface ToolOptions {
  timeoutMs: number;
  env?: Record<string, string>;
  /** Fed to the tool's standard input (a gunzipped dump, say). */
  stdin?: Readable;
  maxOutput?: number;
}

/**
 * Runs a command without a shell (the one runner of external tools: pg_restore, psql, systemctl,
 * docker). The child is killed at `timeoutMs`; a command that is not
 * installed comes back as `ran: false`, so the caller can say the check could not be made.
 */
export function runTool(command: string, args: readonly string[], { timeoutMs, env, stdin, maxOutput = 64 * 1024 }: ToolOptions): Promise<ToolRun> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: [stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    const out = { stdout: '', stderr: '' };
    const keep = (key: 'stdout' | 'stderr') => (chunk: Buffer) => {
      if (out[key].length < maxOutput) out[key] += chunk.toString('utf8').slice(0, maxOutput - out[key].length);
    };
    child.stdout?.on('data', keep('stdout'));
    child.stderr?.on('data', keep('stderr'));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    if (stdin && child.stdin) {
      // A tool that stops reading (it failed) ends the pipe with EPIPE: its own output says why.
      pipeline(stdin, child.stdin).catch(() => undefined);
    }
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ ran: false, reason: error.code === 'ENOENT' ? `${command} is not installed (not found on PATH)` : `${command} could not be started (${error.code ?? error.message})` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ ran: true, code, ...out, timedOut });
    });
  });
}
