import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { quote, UsageError, type CheckResult, type RunbookConfig } from '@runbook/core';
import { GitHubClient } from './github-client.ts';
import type { Locale, RunLink } from './i18n/index.ts';
import { IssuesApi } from './issues-api.ts';
import { resolveSettings } from './settings.ts';
import { renderIncidentSummary } from './summary.ts';
import { syncIncidents, type SyncOutcome } from './sync.ts';

export interface IncidentRequest {
  token: string;
  /** The `locale` input; the config file's `locale` when undefined. */
  locale?: Locale;
  /** The `config` input ('' when not given). */
  config: string;
  /** The `environment` input ('' when not given); selects the environment's `incidents:`. */
  environment: string;
}

export interface IncidentWriter {
  sync(results: readonly CheckResult[], redact: (text: string) => string, log: (message: string) => void): Promise<SyncOutcome>;
  summary(outcome: SyncOutcome): string;
}

type Env = Record<string, string | undefined>;

/** The config file when the step names one, or names an environment and the default file exists. */
async function loadIncidentConfig({ config, environment }: IncidentRequest): Promise<RunbookConfig | undefined> {
  if (!config && !environment) return undefined;
  const { DEFAULT_CONFIG_PATH, loadConfig } = await import('@runbook/core/config');
  if (!config && !existsSync(DEFAULT_CONFIG_PATH)) return undefined;
  return loadConfig(config || DEFAULT_CONFIG_PATH);
}

/** The repository and API the runner names, checked: a bad value stops the step with nothing sent. */
export function githubTarget(env: Env): { repository: string; apiUrl: string } {
  const repository = env.GITHUB_REPOSITORY ?? '';
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) throw new UsageError('GITHUB_REPOSITORY', `expected owner/name of the repository to open issues in, got ${quote(repository)}`);
  const apiUrl = env.GITHUB_API_URL || 'https://api.github.com';
  if (!URL.canParse(apiUrl) || !/^https?:$/.test(new URL(apiUrl).protocol)) throw new UsageError('GITHUB_API_URL', `expected an http(s) URL, got ${quote(apiUrl)}`);
  return { repository, apiUrl };
}

/** The workflow run's page, as the runner describes it. */
export function runLinkFrom(env: Env): RunLink | undefined {
  const { GITHUB_SERVER_URL = 'https://github.com', GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT, GITHUB_WORKFLOW, GITHUB_RUN_NUMBER } = env;
  if (!GITHUB_REPOSITORY || !GITHUB_RUN_ID) return undefined;
  const attempt = Number(GITHUB_RUN_ATTEMPT) > 1 ? `/attempts/${GITHUB_RUN_ATTEMPT}` : '';
  return { name: `${GITHUB_WORKFLOW || 'workflow run'} #${GITHUB_RUN_NUMBER || GITHUB_RUN_ID}`, url: `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}${attempt}` };
}

/**
 * Everything incidents need from the step, checked before any check runs (a bad value stops the
 * step with nothing sent): the repository and API URL from the runner, and the `incidents:`
 * settings and `locale` from the config file.
 */
export async function prepareIncidents(request: IncidentRequest, env: Env = process.env): Promise<IncidentWriter> {
  const { repository, apiUrl } = githubTarget(env);
  const settings = resolveSettings(await loadIncidentConfig(request), request.environment, request.locale);
  const run = runLinkFrom(env);
  const lockOwner = `r${env.GITHUB_RUN_ID ?? 'local'}.${env.GITHUB_RUN_ATTEMPT ?? '1'}-${randomUUID().slice(0, 8)}`;
  return {
    sync: (results, redact, log) =>
      syncIncidents(results, {
        api: new IssuesApi(new GitHubClient({ apiUrl, token: request.token, onRetry: (m) => log(`incidents: ${redact(m)}`) }), repository),
        settings,
        lockOwner,
        redact,
        log,
        ...(run ? { run } : {}),
        ...(request.environment ? { environment: request.environment } : {}),
      }),
    summary: (outcome) => renderIncidentSummary(outcome, settings),
  };
}
