import type { CheckResult } from '@runbook/core';
import { parseMarker } from '@runbook/incidents';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../fakes/github-api.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';

// The watchdog, run from dist/watchdog as a workflow runs it, against the GitHub REST double:
// workflows and runs read through the real Octokit client, incidents written through the issues API.

const fakes: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});
async function github(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const fake = await startFakeGitHub(options);
  fakes.push(fake);
  return fake;
}

const hoursAgo = (h: number): string => new Date(Date.now() - h * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const watchdog = (gh: FakeGitHub, inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionRun> =>
  runAction('watchdog', { workflows: 'nightly.yml', 'github-token': gh.token, ...inputs }, { env: { GITHUB_API_URL: gh.url, ...env } });
const results = (run: ActionRun): CheckResult[] => JSON.parse(run.outputs.results ?? '[]') as CheckResult[];
const errors = (run: ActionRun): string[] => run.annotations.filter((a) => a.level === 'error').map((a) => a.message);

/** A repository with other workflows before nightly.yml, so that the list takes pages to reach it. */
function seedRepository(gh: FakeGitHub, lastRunHoursAgo: number): void {
  for (const file of ['ci.yml', 'deploy.yml', 'release.yml']) gh.seedWorkflow({ file });
  gh.seedRun({ workflow: 'nightly.yml', event: 'schedule', created_at: hoursAgo(lastRunHoursAgo + 0.2), updated_at: hoursAgo(lastRunHoursAgo) });
}

describe('watchdog', () => {
  it('workflows: a nightly silent past max-silence opens one P2 incident; a second run updates it, never a second issue', async () => {
    const gh = await github({ maxPerPage: 2 });
    seedRepository(gh, 30);
    const first = await watchdog(gh);
    expect([first.exitCode, first.outputs.status, first.outputs.silent]).toEqual([1, 'fail', '1']);
    expect(results(first)[0]?.summary).toMatch(/^no completed run for 1d 6h, over max-silence 1d 2h: the last one ended .* \(success, schedule\)$/);
    expect(gh.issues.map((i) => [i.title, i.state, i.labels.sort()])).toEqual([['[P2] nightly.yml: scheduled runs stopped', 'open', ['P2', 'incident', 'watchdog']]]);
    const body = gh.issues[0]?.body ?? '';
    expect(parseMarker(body)?.id).toBe('watchdog:default/acme/ops/nightly.yml');
    expect(body).toContain('`gh workflow run nightly.yml --repo acme/ops`');
    expect(body).toContain('https://github.example/acme/ops/actions/runs/');
    // The workflows' list was read page by page (2 a page, as the double pages it), then one page of runs.
    expect(gh.calls('GET', /\/actions\/workflows$/).map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
    expect(gh.calls('GET', /\/runs$/).map((r) => r.query.status)).toEqual(['completed']);

    const second = await watchdog(gh);
    expect(second.exitCode).toBe(1);
    expect(gh.issues).toHaveLength(1);
    expect(parseMarker(gh.issues[0]?.body ?? '')?.count).toBe(2);
  });

  it('closes the incident when runs resume, saying so; a run started by hand counts', async () => {
    const gh = await github();
    seedRepository(gh, 40);
    await watchdog(gh);
    expect(gh.issues.map((i) => i.state)).toEqual(['open']);
    gh.seedRun({ workflow: 'nightly.yml', event: 'workflow_dispatch', status: 'completed', conclusion: 'failure', created_at: hoursAgo(0.5), updated_at: hoursAgo(0.4) });
    const resumed = await watchdog(gh);
    expect([resumed.exitCode, resumed.outputs.status]).toEqual([0, 'pass']);
    expect(results(resumed)[0]?.summary).toMatch(/^last completed run 2\dm( \d+s)? ago \(failure, workflow_dispatch\), within max-silence 1d 2h$/);
    expect(gh.issues.map((i) => i.state)).toEqual(['closed']);
    expect(gh.issues[0]?.comments.at(-1)?.body).toMatch(/^✅ Recovered: the check passes again \(` last completed run 2\dm/);
  });

  it('does not count runs that never ran their jobs: cancelled and startup_failure runs after an old one are silence', async () => {
    const gh = await github();
    seedRepository(gh, 50);
    gh.seedRun({ workflow: 'nightly.yml', event: 'schedule', conclusion: 'startup_failure', created_at: hoursAgo(2) });
    gh.seedRun({ workflow: 'nightly.yml', event: 'schedule', conclusion: 'cancelled', created_at: hoursAgo(1) });
    gh.seedRun({ workflow: 'nightly.yml', event: 'schedule', status: 'in_progress', conclusion: null, created_at: hoursAgo(0.1) });
    const run = await watchdog(gh);
    expect(run.exitCode).toBe(1);
    expect(results(run)[0]?.summary).toContain('the 2 newer completed run(s) did not run its jobs (cancelled ×1, startup_failure ×1)');
  });

  it('disabled_inactivity: opens with the 60-day rule explained and the commands to re-enable, even after a recent run', async () => {
    const gh = await github();
    seedRepository(gh, 3);
    gh.seedWorkflow({ file: 'nightly.yml', state: 'disabled_inactivity' });
    const run = await watchdog(gh);
    expect(run.exitCode).toBe(1);
    expect(results(run)[0]?.summary).toMatch(/^disabled by GitHub after 60 days without activity in the repository \(disabled_inactivity\)/);
    const body = gh.issues[0]?.body ?? '';
    expect(body).toContain('after 60 days without activity');
    expect(body).toContain('`gh workflow enable nightly.yml --repo acme/ops`');
    expect(body).toContain('git commit --allow-empty');
    expect(body).toContain('heartbeat-url');
  });

  it('locale: ja writes the issue and its steps in Japanese, the default in English', async () => {
    const gh = await github();
    gh.seedWorkflow({ file: 'nightly.yml', state: 'disabled_manually' });
    await watchdog(gh, { locale: 'ja' });
    expect(gh.issues[0]?.title).toBe('[P2] nightly.yml: 定期実行の停止');
    expect(gh.issues[0]?.body).toContain('誰かが無効化した');
    gh.reset();
    gh.seedWorkflow({ file: 'nightly.yml', state: 'disabled_manually' });
    await watchdog(gh);
    expect(gh.issues[0]?.body).toContain('Someone disabled it');
  });

  it('max-silence: the same run 30 h ago is silent at the default 26h and fine at 2d; a bad value is one line naming it, with nothing read', async () => {
    const gh = await github();
    seedRepository(gh, 30);
    const within = await watchdog(gh, { 'max-silence': '2d', 'open-issues': 'false' });
    expect([within.exitCode, results(within)[0]?.status]).toEqual([0, 'pass']);
    const bad = await watchdog(gh, { 'max-silence': 'soon' });
    expect(bad.exitCode).toBe(1);
    expect(errors(bad)).toEqual(['watchdog: input "max-silence": expected a duration from 5m to 93d, like 26h for a daily schedule or 8d for a weekly one, got "soon"']);
    const before = gh.requests.length;
    await watchdog(gh, { 'max-silence': '1m' });
    expect(gh.requests.length).toBe(before);
    expect(gh.issues).toEqual([]);
  });

  it('a missing workflow file fails its own check; GitHub failing for one workflow makes it undecided, not the others', async () => {
    const gh = await github();
    seedRepository(gh, 1);
    gh.seedWorkflow({ file: 'weekly.yml' });
    // A 502 on the list is retried; the weekly's runs keep answering 500 through every retry.
    gh.inject({ method: 'GET', path: /\/actions\/workflows$/, status: 502 });
    const weekly = gh.workflows.find((w) => w.file === 'weekly.yml')?.id;
    gh.inject({ method: 'GET', path: new RegExp(`/actions/workflows/${weekly}/runs$`), status: 500, times: 10 });
    const run = await watchdog(gh, { workflows: 'nightly.yml\nweekly.yml\n.github/workflows/renamed.yml', 'open-issues': 'false' });
    expect(results(run).map((r) => [r.subject, r.status, r.severity ?? null, r.evidence.undecided])).toEqual([
      ['nightly.yml', 'pass', null, false],
      ['weekly.yml', 'fail', 'P3', true],
      ['renamed.yml', 'fail', 'P2', false],
    ]);
    expect(results(run)[1]?.summary).toMatch(/^could not decide: GitHub API GET \/repos\/acme\/ops\/actions\/workflows\/\d+\/runs answered 500.*\(after 4 attempts\)$/);
    expect(results(run)[2]?.summary).toBe('acme/ops has no .github/workflows/renamed.yml (renamed or deleted?)');
  });

  it('repository: the workflows of the repository named are read, the incidents written here', async () => {
    const gh = await github();
    seedRepository(gh, 1);
    const run = await watchdog(gh, { repository: 'acme/app', 'open-issues': 'false' });
    expect(gh.calls('GET', /\/actions\//).map((r) => r.route)).toEqual(['/repos/acme/app/actions/workflows']);
    expect([results(run)[0]?.id, results(run)[0]?.evidence.undecided]).toEqual(['watchdog:default/acme/app/nightly.yml', true]);
    const own = await watchdog(gh, { 'open-issues': 'false' });
    expect(results(own)[0]?.status).toBe('pass');
  });

  it('config, environment: the environment is the first part of the id and its incidents: settings apply; the config gives the locale', async () => {
    const gh = await github();
    seedRepository(gh, 30);
    const dir = mkdtempSync(join(tmpdir(), 'runbook-watchdog-'));
    writeFileSync(join(dir, 'runbook.yml'), 'version: 1\nlocale: ja\nincidents:\n  labels: [ops]\nenvironments:\n  production:\n    incidents:\n      assignees: { P2: [oncall] }\n');
    const run = await watchdog(gh, { config: join(dir, 'runbook.yml'), environment: 'production' });
    expect(results(run)[0]?.id).toBe('watchdog:production/acme/ops/nightly.yml');
    expect([gh.issues[0]?.title, gh.issues[0]?.assignees, gh.issues[0]?.labels.includes('ops')]).toEqual(['[P2] nightly.yml: 定期実行の停止', ['oncall'], true]);
    expect(gh.issues[0]?.body).toContain('今すぐ手動で一度実行');
  });

  it('fail-on, results-file, open-issues: never keeps a silent run green, the file holds the results, false writes no issue', async () => {
    const gh = await github();
    seedRepository(gh, 30);
    const file = join(mkdtempSync(join(tmpdir(), 'runbook-watchdog-')), 'results.json');
    const run = await watchdog(gh, { 'fail-on': 'never', 'results-file': file, 'open-issues': 'false' });
    expect([run.exitCode, run.outputs.status]).toEqual([0, 'fail']);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(results(run));
    expect(gh.issues).toEqual([]);
    expect((await watchdog(gh)).exitCode).toBe(1);
    expect(gh.issues).toHaveLength(1);
  });

  it('github-token: reads and writes with it; without one, one line naming it and nothing read', async () => {
    const gh = await github();
    seedRepository(gh, 30);
    const none = await watchdog(gh, { 'github-token': '' });
    expect(errors(none)).toEqual(['watchdog: input "github-token": expected a token that can read the workflows (`actions: read`), e.g. ${{ github.token }}']);
    expect(gh.requests).toEqual([]);
    const wrong = await watchdog(gh, { 'github-token': 'not-the-token' });
    expect(results(wrong)[0]?.summary).toMatch(/^could not decide: .*answered 401: Bad credentials/);
    await watchdog(gh);
    expect(gh.issues).toHaveLength(1);
  });
});
