import { firstLine, runTool } from './tool.ts';
import { undecided, type Verdict } from '../verdict.ts';

/** The fields of `docker compose ps --format json` that decide, per container. */
export interface ComposeContainer {
  Name?: string;
  Service?: string;
  State?: string;
  Health?: string;
  ExitCode?: number;
  Status?: string;
}

/**
 * Compose v2.21 and newer print one JSON object per line; older v2 releases print one JSON array.
 * Returns undefined when the text is neither.
 */
export function parseComposePs(text: string): ComposeContainer[] | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  try {
    if (trimmed.startsWith('[')) return JSON.parse(trimmed) as ComposeContainer[];
    return trimmed.split('\n').filter((l) => l.trim() !== '').map((line) => JSON.parse(line) as ComposeContainer);
  } catch {
    return undefined;
  }
}

/** running and healthy (or without a health check) passes; unhealthy is P2; not running is P1. */
export function containerVerdict(c: ComposeContainer): Verdict {
  const evidence = { container: c.Name ?? null, service: c.Service ?? null, state: c.State ?? null, health: c.Health || null, status: c.Status ?? null, 'exit code': c.ExitCode ?? null };
  const name = c.Service ?? c.Name ?? 'container';
  if (c.State !== 'running') return { outcome: 'fail', severity: 'P1', summary: `${name} is ${c.State ?? 'in an unknown state'}${c.Status ? ` (${c.Status})` : ''}`, evidence };
  if (c.Health === 'unhealthy') return { outcome: 'fail', severity: 'P2', summary: `${name} is running but unhealthy (${c.Status ?? ''})`, evidence };
  if (c.Health === 'starting') return { outcome: 'warn', severity: 'P4', summary: `${name} is running, health check still starting`, evidence };
  return { outcome: 'pass', summary: `${name} is running${c.Health ? ` and ${c.Health}` : ''}`, evidence };
}

export const composeArgs = (file: string): string[] => ['compose', '--file', file, 'ps', '--all', '--format', 'json'];

/** docker without its compose plugin takes `compose` for an argument and trips over the first flag. */
export function composeFailure(line: string): string {
  if (/unknown flag|is not a docker command|unknown command "compose"/.test(line)) return `docker compose is not installed (docker has no compose plugin: ${line})`;
  return `docker compose ps failed: ${line}`;
}

export type ComposeOutcome = { ok: true; containers: ComposeContainer[] } | { ok: false; verdict: Verdict };

/** Every container of the compose project, or why they could not be listed (no docker, no engine). */
export async function listCompose(file: string, timeoutMs: number): Promise<ComposeOutcome> {
  const run = await runTool('docker', composeArgs(file), timeoutMs);
  if (!run.ran) return { ok: false, verdict: undecided(run.reason, { file }) };
  if (run.code !== 0) return { ok: false, verdict: undecided(composeFailure(firstLine(run)), { file }) };
  const containers = parseComposePs(run.stdout);
  if (!containers) return { ok: false, verdict: undecided('docker compose ps printed something that is not its JSON format', { file }) };
  if (containers.length === 0) return { ok: false, verdict: { outcome: 'fail', severity: 'P1', summary: `no containers of ${file} exist (docker compose up was never run, or everything was removed)`, evidence: { file } } };
  return { ok: true, containers };
}
