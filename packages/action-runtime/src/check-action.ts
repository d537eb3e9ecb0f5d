import { errorMessage, FAIL_ON, headline, inShard, postUrl, postWithRetry, shardValue, shouldFail, UsageError, type CheckResult, type InputReader, type RunReport, type Table } from '@runbook/core';
import type { IncidentWriter } from '@runbook/incidents';
import { GitHubEmitter, prepareResultsFile } from './emitter.ts';
import { actionInputs, oneLine, runAction } from './run.ts';
import { setFailed } from './runner.ts';

export interface CheckContext {
  inputs: InputReader;
  emitter: GitHubEmitter;
  /** The planned checks of this runner's `shard` (all of them without one), by their result id. */
  shard<T extends { id: string }>(items: readonly T[]): T[];
  /** By `key`, for plan items that each yield several results (a host, an ECS service). */
  shard<T>(items: readonly T[], key: (item: T) => string): T[];
}

const LOCALES = ['en', 'ja'] as const;

/**
 * The shape every check action shares: read the common inputs, run the body (which reports its
 * results through the emitter), write the incident issues, then fail the step according to `fail-on`.
 * When the body throws after recording results, what it found is still reported and its
 * incidents written before the step fails with the error.
 */
export async function runCheckAction(name: string, body: (context: CheckContext) => Promise<CheckResult[]>, declared?: ReadonlySet<string>): Promise<void> {
  await runAction(name, async (emitter) => {
    const inputs = actionInputs(declared);
    emitter.resultsFile = prepareResultsFile(inputs.text('results-file'), (expected) => inputs.fail('results-file', expected));
    const failOn = inputs.choice('fail-on', FAIL_ON, 'fail');
    const shard = inputs.declares('shard') ? inputs.parse('shard', shardValue) : undefined;
    emitter.shard = shard;
    const heartbeat = heartbeatUrl(inputs, emitter);
    const incidents = await incidentWriter(inputs, emitter);
    const { results, error } = await settle(name, () => body({ inputs, emitter, shard: <T>(items: readonly T[], key?: (item: T) => string) => inShard(items, shard, key ?? ((item) => (item as { id: string }).id)) }), emitter);
    const failing = error !== undefined || shouldFail(results, failOn);
    await writeIncidents(name, incidents, results, emitter, failing);
    if (heartbeat) await ping(name, heartbeat, failing, error === undefined ? headline(results) : oneLine(errorMessage(error)), emitter);
    if (error !== undefined) throw error;
    if (failing) setFailed(`${name}: ${headline(results)}`);
  });
}

/** The `heartbeat-url` input, masked before anything can print it. */
function heartbeatUrl(inputs: InputReader, emitter: GitHubEmitter): URL | undefined {
  const text = inputs.text('heartbeat-url');
  emitter.secret(text);
  if (!text) return undefined;
  return postUrl(text) ?? inputs.fail('heartbeat-url', 'expected an https:// URL (the value is not shown: it is a secret)');
}

/**
 * The heartbeat: the URL on success, `<url>/fail` on failure (healthchecks.io's and Cronitor's
 * convention), with the headline as the body. A ping that cannot be sent is a warning: the run's
 * own result stands.
 */
async function ping(name: string, url: URL, failing: boolean, text: string, emitter: GitHubEmitter): Promise<void> {
  const target = new URL(url);
  if (failing) target.pathname = `${target.pathname.replace(/\/$/, '')}/fail`;
  try {
    await postWithRetry('the heartbeat URL', target, { text: emitter.redactor.redact(`${name}: ${text}`), contentType: 'text/plain; charset=utf-8' }, { retries: 2, onRetry: (m) => emitter.progress(`heartbeat: ${m}`) });
    emitter.progress(`heartbeat: pinged${failing ? ' /fail' : ''}`);
  } catch (error) {
    emitter.warning(`${name}: the heartbeat ping failed: ${errorMessage(error)}`);
  }
}

/** The body's results; if it throws after recording some, those, reported, and the error. */
async function settle(name: string, body: () => Promise<CheckResult[]>, emitter: GitHubEmitter): Promise<{ results: CheckResult[]; error?: unknown }> {
  try {
    return { results: await body() };
  } catch (error) {
    const results = [...emitter.recorded];
    if (error instanceof UsageError || results.length === 0) throw error;
    if (!emitter.reported) await emitter.report(partialReport(name, results, error));
    return { results, error };
  }
}

function partialReport(name: string, results: CheckResult[], error: unknown): RunReport {
  return {
    action: name,
    headline: `stopped by an error after ${results.length} result(s): ${oneLine(errorMessage(error))}; ${headline(results)} before it`,
    results,
    table: resultsTable(results),
    outputs: { status: 'error' },
  };
}

function resultsTable(results: readonly CheckResult[]): Table {
  return {
    columns: ['check', 'target', 'result', 'reason'],
    rows: results.map((r) => [r.subject, r.target, `${r.status}${r.severity ? ` ${r.severity}` : ''}`, r.status === 'pass' ? '' : r.summary]),
  };
}

/**
 * The common incident inputs, read before any check runs so that a bad value stops the step with
 * nothing sent. The incidents package is loaded only when issues will be written; otherwise the
 * reason they will not be is returned.
 */
async function incidentWriter(inputs: InputReader, emitter: GitHubEmitter): Promise<IncidentWriter | string> {
  const enabled = inputs.boolean('open-issues', true);
  const locale = inputs.text('locale') ? inputs.choice('locale', LOCALES, 'en') : undefined;
  const token = inputs.text('github-token') || (process.env.GITHUB_TOKEN ?? '').trim();
  emitter.secret(token);
  if (!enabled) return '`open-issues` is `false`';
  // A dry run's results describe a plan, not the service: they must neither open nor close incidents.
  if (inputs.declares('dry-run') && inputs.boolean('dry-run', false)) return '`dry-run` is `true`';
  if (!token) return 'no `github-token` (and no GITHUB_TOKEN)';
  const { prepareIncidents } = await import('@runbook/incidents');
  return prepareIncidents({ token, ...(locale ? { locale } : {}), config: inputs.text('config'), environment: inputs.text('environment') });
}

/**
 * Writes the incident issues after the report. Failing to write them never hides the checks' own
 * result: when the checks fail, the step fails for them and this adds one error line saying why
 * the issues are missing; when the checks pass, it is a warning, because a GitHub outage should not
 * turn a healthy run red (the next run retries: writes are idempotent).
 */
async function writeIncidents(name: string, incidents: IncidentWriter | string, results: CheckResult[], emitter: GitHubEmitter, failing: boolean): Promise<void> {
  if (typeof incidents === 'string') {
    await emitter.section('Incidents', `Not written: ${incidents}.`);
    return;
  }
  const outcome = await incidents.sync(results, (text) => emitter.redactor.redact(text), (message) => emitter.progress(message));
  await emitter.section('Incidents', incidents.summary(outcome));
  for (const warning of outcome.warnings) emitter.warning(`${name}: ${warning}`);
  if (!outcome.error) return;
  const line = `${name}: the incident issues could not be written: ${outcome.error}`;
  if (failing) emitter.error(line);
  else emitter.warning(line);
}
