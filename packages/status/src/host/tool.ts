import { execFile } from 'node:child_process';

/** How a command ended: its exit code and output, or why it could not be run at all. */
export type ToolRun = { ran: true; code: number; stdout: string; stderr: string } | { ran: false; reason: string };

const MAX_OUTPUT = 4 * 1024 * 1024;

/** Runs a command without a shell, killed after `timeoutMs`; a missing command is `ran: false`. */
export function runTool(command: string, args: readonly string[], timeoutMs: number): Promise<ToolRun> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: MAX_OUTPUT, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (!error) return resolve({ ran: true, code: 0, stdout, stderr });
      const e = error as NodeJS.ErrnoException & { killed?: boolean; code?: number | string };
      if (e.code === 'ENOENT') return resolve({ ran: false, reason: `${command} is not installed (not found on PATH)` });
      if (e.killed) return resolve({ ran: false, reason: `${command} did not finish within ${Math.round(timeoutMs / 1000)}s` });
      if (typeof e.code !== 'number') return resolve({ ran: false, reason: `${command} could not be run (${String(e.code ?? e.message)})` });
      resolve({ ran: true, code: e.code, stdout, stderr });
    });
  });
}

/** The first non-empty line a tool printed on stderr (or stdout), cut short: why it failed. */
export function firstLine(run: { stdout: string; stderr: string; code: number }): string {
  const line = `${run.stderr}\n${run.stdout}`.split('\n').map((l) => l.trim()).find((l) => l !== '');
  return line ? line.slice(0, 200) : `exit code ${run.code}`;
}
