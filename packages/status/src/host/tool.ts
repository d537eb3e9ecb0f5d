import { runTool as run } from '@runbook/core/tool';

/** How a command ended: its exit code and output, or why it could not be run at all. */
export type ToolRun = { ran: true; code: number; stdout: string; stderr: string } | { ran: false; reason: string };

const MAX_OUTPUT = 4 * 1024 * 1024;

/** Runs a command without a shell, killed after `timeoutMs`; a missing or killed command is `ran: false`. */
export async function runTool(command: string, args: readonly string[], timeoutMs: number): Promise<ToolRun> {
  const result = await run(command, args, { timeoutMs, maxOutput: MAX_OUTPUT });
  if (!result.ran) return result;
  if (result.timedOut || result.code === null) return { ran: false, reason: `${command} did not finish within ${Math.round(timeoutMs / 1000)}s` };
  return { ran: true, code: result.code, stdout: result.stdout, stderr: result.stderr };
}

/** The first non-empty line a tool printed on stderr (or stdout), cut short: why it failed. */
export function firstLine(run: { stdout: string; stderr: string; code: number }): string {
  const line = `${run.stderr}\n${run.stdout}`.split('\n').map((l) => l.trim()).find((l) => l !== '');
  return line ? line.slice(0, 200) : `exit code ${run.code}`;
}
