import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title?: string;
}

export interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** stdout without workflow commands: what a person reads in the job log. */
  log: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** Values registered with ::add-mask::. */
  masks: string[];
  /** Every workflow command the runner would act on, in order. */
  commands: WorkflowCommand[];
  durationMs: number;
}

export interface RunOptions {
  env?: Record<string, string>;
  cwd?: string;
  timeoutMs?: number;
  /** A bundled entry to run instead of `dist/<action>/index.js`. */
  entry?: string;
}

export const ROOT = resolve(import.meta.dirname, '../..');

const unescape = (s: string): string => s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

/** Reads a GITHUB_OUTPUT file: `name<<delimiter`, value lines, `delimiter`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match) continue;
    const [, name, delimiter] = match as unknown as [string, string, string];
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
    outputs[name] = value.join('\n');
  }
  return outputs;
}

export interface WorkflowCommand {
  name: string;
  properties: Record<string, string>;
  data: string;
  /** `##[name]data`, the legacy form the runner finds anywhere in a line. */
  legacy: boolean;
}

// .NET's TrimStart, which the runner applies before it looks for `::`, trims U+0085 as well.
const trimStart = (line: string): string => line.replace(/^[\s\u0085]+/, '');

/** One line as GitHub's runner reads it: a `::name props::data` command after trimming, or `##[name props]data` anywhere. */
function parseCommandLine(line: string): WorkflowCommand | undefined {
  const trimmed = trimStart(line);
  if (trimmed.startsWith('::')) {
    const end = trimmed.indexOf('::', 2);
    if (end < 0) return undefined;
    const info = trimmed.slice(2, end);
    const space = info.indexOf(' ');
    const name = space < 0 ? info : info.slice(0, space);
    const properties: Record<string, string> = {};
    if (space >= 0) {
      for (const pair of info.slice(space + 1).split(',')) {
        const eq = pair.indexOf('=');
        if (eq > 0) properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
      }
    }
    return name ? { name, properties, data: unescape(trimmed.slice(end + 2)), legacy: false } : undefined;
  }
  const start = line.toLowerCase().indexOf('##[');
  if (start < 0) return undefined;
  const close = line.indexOf(']', start);
  if (close < 0) return undefined;
  const name = line.slice(start + 3, close).split(' ')[0] ?? '';
  return name ? { name, properties: {}, data: line.slice(close + 1), legacy: true } : undefined;
}

/** Applies the runner's rules to stdout: commands (unless stopped by `::stop-commands::<token>`), and the log a person reads. */
export function parseCommands(stdout: string): { log: string; annotations: Annotation[]; masks: string[]; commands: WorkflowCommand[] } {
  const annotations: Annotation[] = [];
  const masks: string[] = [];
  const commands: WorkflowCommand[] = [];
  const log: string[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const command = parseCommandLine(line);
    if (stopToken !== undefined) {
      if (command && !command.legacy && command.name === stopToken) {
        commands.push(command);
        stopToken = undefined;
      } else log.push(line);
      continue;
    }
    if (!command) {
      log.push(line);
      continue;
    }
    commands.push(command);
    if (command.name === 'stop-commands') stopToken = command.data;
    if (command.name === 'add-mask') masks.push(command.data);
    if (command.name === 'error' || command.name === 'warning' || command.name === 'notice') {
      const title = command.properties.title;
      annotations.push({ level: command.name, message: command.data, ...(title === undefined ? {} : { title }) });
    }
  }
  return { log: log.join('\n'), annotations, masks, commands };
}

/**
 * Runs `dist/<action>/index.js` the way GitHub's runner does: a fresh node process, inputs as
 * `INPUT_<NAME>` variables, and the GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
 */
export async function runAction(action: string, inputs: Record<string, string>, options: RunOptions = {}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), `runbook-${action}-`));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'acme/ops',
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_RUN_ID: '1001',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'nightly',
    GITHUB_JOB: 'check',
    RUNNER_TEMP: dir,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v])),
    ...options.env,
  };
  const started = performance.now();
  const child = spawn(process.execPath, [options.entry ?? join(ROOT, 'dist', action, 'index.js')], { cwd: options.cwd ?? dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 45_000);
  const exitCode = await new Promise<number | null>((done) => child.on('close', done));
  clearTimeout(timer);
  return {
    exitCode,
    stdout,
    stderr,
    ...parseCommands(stdout),
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    durationMs: performance.now() - started,
  };
}
