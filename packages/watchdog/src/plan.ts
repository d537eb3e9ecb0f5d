import { existsSync } from 'node:fs';
import { formatDuration, parseDuration, quote, type InputReader, type Parsed } from '@runbook/core';
import type { Locale } from './steps.ts';

/** Everything the watchdog needs from its inputs, checked before GitHub is asked anything. */
export interface WatchdogRequest {
  /** Workflow file names in `.github/workflows/` of `repository`. */
  workflows: string[];
  maxSilenceMs: number;
  /** `owner/name` whose workflows are watched. */
  repository: string;
  /** `https://github.com`: the workflows' pages are linked from here. */
  serverUrl: string;
  locale: Locale;
  /** The first part of the result ids (`default` when not given), and the incidents' environment. */
  environment: string;
}

/** Schedules run at most every 5 minutes; three months covers a quarterly one. */
export const SILENCE_BOUNDS = { min: 5 * 60_000, max: 93 * 86_400_000 } as const;

const LOCALES = ['en', 'ja'] as const;
const REPOSITORY = /^[\w.-]+\/[\w.-]+$/;

export function silenceValue(text: string): Parsed<number> {
  const ms = parseDuration(text);
  if (ms === undefined || ms < SILENCE_BOUNDS.min || ms > SILENCE_BOUNDS.max) {
    return { ok: false, expected: `expected a duration from ${formatDuration(SILENCE_BOUNDS.min)} to ${formatDuration(SILENCE_BOUNDS.max)}, like 26h for a daily schedule or 8d for a weekly one, got ${quote(text)}` };
  }
  return { ok: true, value: ms };
}

export function workflowFileValue(text: string): Parsed<string> {
  const file = text.replace(/^\.github\/workflows\//, '');
  return /^[\w.-]+\.ya?ml$/.test(file) ? { ok: true, value: file } : { ok: false, expected: `expected workflow file names like nightly.yml, one per line, got ${quote(text)}` };
}

/** The config file's `locale`, from the same file the incident writer reads (so steps and issue agree). */
async function configLocale(path: string, environment: string): Promise<Locale | undefined> {
  if (!path && !environment) return undefined;
  const { DEFAULT_CONFIG_PATH, loadConfig } = await import('@runbook/core/config');
  if (!path && !existsSync(DEFAULT_CONFIG_PATH)) return undefined;
  return loadConfig(path || DEFAULT_CONFIG_PATH).locale;
}

export async function planWatchdog(inputs: InputReader, env: Record<string, string | undefined>): Promise<WatchdogRequest> {
  const workflows = inputs.list('workflows').flatMap((line) => line.split(',')).map((f) => f.trim()).filter(Boolean);
  if (workflows.length === 0) inputs.fail('workflows', 'expected the scheduled workflow files to watch, one per line (e.g. nightly.yml)');
  const files = [...new Set(workflows.map((w) => { const file = workflowFileValue(w); return file.ok ? file.value : inputs.fail('workflows', file.expected); }))];
  const maxSilenceMs = inputs.parse('max-silence', silenceValue, 26 * 3_600_000);
  const repository = inputs.text('repository') || (env.GITHUB_REPOSITORY ?? '');
  if (!REPOSITORY.test(repository)) inputs.fail('repository', `expected owner/name of the repository whose workflows to watch, got ${quote(repository)}`);
  const locale = (inputs.text('locale') ? inputs.choice('locale', LOCALES, 'en') : undefined) ?? (await configLocale(inputs.text('config'), inputs.text('environment'))) ?? 'en';
  return { workflows: files, maxSilenceMs, repository, serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, ''), locale, environment: inputs.text('environment') || 'default' };
}
