import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

// The runner's file and workflow-command protocol, written out here rather than taken from
// @actions/core: core 3 loads undici (~800 KB) for OIDC at import, which we never use and which
// tripled our cold start.

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function command(name: string, message: string, properties: Record<string, string> = {}): void {
  const props = Object.entries(properties)
    .map(([k, v]) => `${k}=${escapeProperty(v)}`)
    .join(',');
  process.stdout.write(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

/** `INPUT_<NAME>` as the runner sets it (spaces become underscores, hyphens stay). */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) {
    process.stdout.write(`${EOL}::set-output name=${name}::${escapeData(value)}${EOL}`);
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`);
}

export function setSecret(value: string): void {
  for (const part of new Set([value, ...value.split(/\r?\n/)])) if (part.trim()) command('add-mask', part);
}

export const info = (message: string): void => void process.stdout.write(`${message}${EOL}`);
export const debug = (message: string): void => command('debug', message);
export const warning = (message: string, title?: string): void => command('warning', message, title ? { title } : {});
export const error = (message: string, title?: string): void => command('error', message, title ? { title } : {});

/** Output lines from outside, between stop-commands markers with a token nobody can guess. */
export function untrusted(lines: readonly string[]): void {
  if (lines.length === 0) return;
  const token = randomUUID();
  process.stdout.write(`::stop-commands::${token}${EOL}${lines.join(EOL)}${EOL}::${token}::${EOL}`);
}

export async function group<T>(title: string, fn: () => Promise<T>): Promise<T> {
  process.stdout.write(`::group::${escapeData(title)}${EOL}`);
  try {
    return await fn();
  } finally {
    process.stdout.write(`::endgroup::${EOL}`);
  }
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (file) appendFileSync(file, markdown);
}
