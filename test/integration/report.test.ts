import type { CheckResult } from '@runbook/core';
import { renderMarker, type IncidentMarker } from '@runbook/incidents';
import { periodWindow, previousWindow } from '@runbook/report';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-api.ts';
import { startFakeSlack, type FakeSlack } from '../fakes/slack-webhook.ts';
import { runAction } from '../harness/run-action.ts';

// dist/report/index.js as the runner runs it, against the GitHub API double seeded with incident
// issues (a reopened one among them) and a Slack webhook double, over result files of two shards.

const closers: Array<FakeGitHub | FakeSlack> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c.close()));
});

const TOKYO = 'Asia/Tokyo';
const NOW = new Date();
const daily = periodWindow('daily', NOW, TOKYO);
/** A time `minutes` after the start of yesterday (Tokyo). */
const at = (minutes: number, from = daily.from): string => new Date(from.getTime() + minutes * 60_000).toISOString();

function result(overrides: Partial<CheckResult>): CheckResult {
  return { id: 'http:production/api/https://api.example/health', kind: 'smoke-test', subject: 'api', target: 'https://api.example/health', status: 'pass', summary: 'HTTP 200', evidence: { 'p95 ms': 180, 'error rate': '0%' }, startedAt: at(-60), durationMs: 40, ...overrides };
}

function marker(overrides: Partial<IncidentMarker>): IncidentMarker {
  return { id: result({}).id, kind: 'smoke-test', since: at(0), last: at(10), count: 3, severity: 'P1', status: 'fail', summary: 'expected status 200, got 502', escalated: [], subject: 'api', ...overrides };
}

/** A directory with two shards' result files, and a third file cut short. */
function resultsDir(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-results-'));
  mkdirSync(join(dir, 'results/shard-1'), { recursive: true });
  mkdirSync(join(dir, 'results/shard-2'), { recursive: true });
  writeFileSync(join(dir, 'results/shard-1/results.json'), JSON.stringify([result({}), result({ id: 'http:production/web/https://web.example/', subject: 'web', target: 'https://web.example/' })]));
  writeFileSync(
    join(dir, 'results/shard-2/results.json'),
    JSON.stringify([result({ id: 'tls:production/your-domain.com:443', kind: 'cert-check', subject: 'your-domain.com', target: 'your-domain.com:443', status: 'warn', severity: 'P4', summary: 'expires in 21 days', evidence: { 'days left': 21 } })]),
  );
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, 'results', name), text);
  return dir;
}

async function github(): Promise<FakeGitHub> {
  const gh = await startFakeGitHub();
  closers.push(gh);
  // Recovered after 30 min, failing again for 15 min later in the day: reopened, both episodes kept.
  gh.seed({
    title: '[P1] api: health check failing',
    labels: ['incident', 'P1', 'smoke-test'],
    state: 'closed',
    closed_at: at(16 * 60),
    body: renderMarker(marker({ since: at(15 * 60), last: at(15 * 60 + 10), until: at(15 * 60 + 15), episodes: [{ since: at(-10), until: at(30), severity: 'P1' }] })),
  });
  gh.seedRun({ workflow: 'deploy.yml', created_at: at(-30), actor: 'late-yesterday' }); // the day before: not counted
  gh.seedRun({ workflow: 'deploy.yml', created_at: at(9 * 60), actor: 'alice' });
  gh.seedRun({ workflow: 'deploy.yml', created_at: at(14 * 60 + 50), actor: 'bob', conclusion: 'failure' });
  gh.seedRun({ workflow: 'rollback.yml', created_at: at(15 * 60 + 5), actor: 'bob', name: 'Rollback' });
  return gh;
}

const env = (gh: FakeGitHub): Record<string, string> => ({ GITHUB_API_URL: gh.url });

describe('report action', () => {
  it('publishes a daily report to the summary, an issue and Slack, with the downtime of a reopened incident, and names an unusable result file', async () => {
    const gh = await github();
    const slack = await startFakeSlack();
    closers.push(slack);
    slack.fail({ status: 429, retryAfter: '0' });
    const dir = resultsDir({ 'shard-3.json': '[{"id": "http:pro' });
    const run = await runAction(
      'report',
      { period: 'daily', results: 'results/**/*.json', publish: 'summary, issue, slack', 'slack-webhook': slack.url, 'github-token': gh.token },
      { cwd: dir, env: env(gh) },
    );
    expect(run.exitCode, run.stdout).toBe(1);
    // 10 min before midnight are the day before's: 30 + 15 minutes are yesterday's downtime.
    const availability = JSON.parse(run.outputs.availability ?? '{}') as Record<string, { downMs: number; percent: number }>;
    expect(availability.api?.downMs).toBe(45 * 60_000);
    expect(availability.web?.downMs).toBe(0);
    expect(run.outputs.status).toBe('fail');
    expect(run.summary).toContain(`## Daily operations report ${daily.key.slice(6)}`);
    expect(run.summary).toContain('- ❌ results/shard-3.json: not JSON (cut short, or not a results file); its results are missing from this report');
    expect(run.summary).toContain('Incidents: 1 (P1: 1, P2: 0, P3: 0, P4: 0), MTTR 28m');
    expect(run.summary).toContain('- your-domain.com: 21 days left ⚠️');
    expect(run.summary).toContain('### ■ Deployments and rollbacks\n\n- deploy.yml: 2 runs, 1 failed\n- rollback.yml: 1 run\n');
    expect(run.summary).toMatch(/- ❌ \d{4}-\d\d-\d\d 14:50 \[deploy\]\(https:\/\/github\.example\/acme\/ops\/actions\/runs\/\d+\) by bob: failure/);
    expect(run.summary).not.toContain('late-yesterday');
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual(['report: results file results/shard-3.json: not JSON (cut short, or not a results file); shown in the report as missing']);
    const reports = gh.issues.filter((i) => i.labels.includes('report'));
    expect(reports.map((i) => i.labels)).toEqual([['report', 'daily']]);
    expect(run.outputs['issue-url']).toBe(`https://github.example/acme/ops/issues/${reports[0]?.number}`);
    expect(reports[0]?.body).toContain('```json runbook-report');
    expect(slack.posts).toHaveLength(1);
    expect(slack.posts[0]?.text.split('\n')[0]).toBe(`*Daily operations report ${daily.key.slice(6)}*`);
    expect(run.log).not.toContain('s3cr3tW3bh00kT0ken');
    expect(run.masks).toContain(slack.url);
    expect(run.summary).not.toContain('s3cr3tW3bh00kT0ken');
    expect(new Set(gh.requests.filter((r) => r.method === 'GET').map((r) => r.route))).toEqual(
      new Set(['/repos/acme/ops/issues', '/repos/acme/ops/actions/workflows/deploy.yml/runs', '/repos/acme/ops/actions/workflows/rollback.yml/runs', '/repos/acme/ops/actions/workflows/nightly.yml/runs']),
    );
  });

  it("check-workflows: the 09:04 daily report of yesterday takes monitored time from the nightly's runs: each night ran, available; a missing night, a gap", async () => {
    // report.yml downloads the results of this morning's nightly (03:07 today) only.
    const dir = mkdtempSync(join(tmpdir(), 'report-results-'));
    writeFileSync(join(dir, 'results.json'), JSON.stringify([result({ startedAt: at(27 * 60 + 7) })]));
    const nights = async (days: number[], inputs: Record<string, string> = {}): Promise<{ percent: number | null; unmonitoredMs: number } | undefined> => {
      const gh = await startFakeGitHub();
      closers.push(gh);
      for (const day of days) gh.seedRun({ workflow: 'nightly.yml', event: 'schedule', created_at: at(day * 1440 + 3 * 60 + 7) });
      const run = await runAction('report', { period: 'daily', results: '*.json', 'github-token': gh.token, ...inputs }, { cwd: dir, env: env(gh) });
      expect(run.exitCode, run.stdout).toBe(0);
      const file = inputs['check-workflows'] ?? 'nightly.yml';
      expect(gh.requests.filter((r) => r.route === `/repos/acme/ops/actions/workflows/${file}/runs`)).toHaveLength(1);
      return (JSON.parse(run.outputs.availability ?? '{}') as Record<string, { percent: number | null; unmonitoredMs: number }>).api;
    };
    expect(await nights([-1, 0, 1])).toMatchObject({ percent: 100, unmonitoredMs: 0 });
    // No nightly last night: the one of the night before vouches for 26 h, to 05:07 yesterday.
    expect(await nights([-1, 1])).toMatchObject({ percent: 100, unmonitoredMs: (24 * 60 - 5 * 60 - 7) * 60_000 });
    expect(await nights([])).toMatchObject({ percent: null });
    // Another check workflow named: the nightly's runs vouch for nothing.
    expect(await nights([-1, 0, 1], { 'check-workflows': 'hourly.yml' })).toMatchObject({ percent: null });
  });

  it('updates the issue of the same period on a second run, never a second one, and closes the previous period', async () => {
    const gh = await github();
    const before = previousWindow(daily, TOKYO);
    const old = gh.seed({ title: 'Daily operations report (the day before)', labels: ['report', 'daily'], body: `<!-- runbook:report key=${encodeURIComponent(before.key).replace(/-/g, '%2D')} -->\n\nold` });
    const dir = resultsDir();
    const inputs = { period: 'daily', results: 'results/**/*.json', publish: 'issue', 'github-token': gh.token };
    const first = await runAction('report', inputs, { cwd: dir, env: env(gh) });
    const second = await runAction('report', inputs, { cwd: dir, env: env(gh) });
    expect([first.exitCode, second.exitCode], first.stdout + second.stdout).toEqual([0, 0]);
    const reports = gh.issues.filter((i) => i.labels.includes('report'));
    expect(reports).toHaveLength(2);
    expect(gh.issue(old.number)?.state).toBe('closed');
    expect(first.outputs['issue-url']).toBe(second.outputs['issue-url']);
    expect(second.log).toMatch(/report issue #\d+ updated/);
    expect(first.summary).toBe('');
  });

  it('writes the Japanese report like runbook 001 with locale: ja', async () => {
    const gh = await github();
    const run = await runAction('report', { period: 'daily', results: 'results/**/*.json', locale: 'ja', 'github-token': gh.token }, { cwd: resultsDir(), env: env(gh) });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.summary).toContain(`## 【日次運用レポート】${daily.key.slice(6)}`);
    expect(run.summary).toContain('### ■ サービス稼働状況\n\n- api: 正常\n- web: 正常');
    expect(run.summary).toContain('ダウンタイム: 45分');
    expect(run.summary).toContain('インシデント数: 1件（P1: 1, P2: 0, P3: 0, P4: 0）、平均復旧時間（MTTR）: 28分');
    expect(run.summary).toContain('- your-domain.com: 残り21日 ⚠️');
    expect(run.summary).toContain('- deploy.yml: 2回（うち失敗1回）');
    expect(run.summary).toMatch(/（実行者: bob）: 失敗/);
  });

  it('compares a weekly report with the previous report issue', async () => {
    const gh = await github();
    const weekly = periodWindow('weekly', NOW, TOKYO);
    const before = previousWindow(weekly, TOKYO);
    const data = { v: 1, key: before.key, from: before.from.toISOString(), to: before.to.toISOString(), services: { api: { percent: 100, downMs: 0, unmonitoredMs: 0 } }, incidents: 4, mttrMs: null };
    gh.seed({ title: 'Weekly (last week)', labels: ['report', 'weekly'], body: `<!-- runbook:report key=${encodeURIComponent(before.key).replace(/-/g, '%2D')} -->\n\nlast week\n\n\`\`\`json runbook-report\n${JSON.stringify(data)}\n\`\`\`` });
    // A check every day of last week: all of it monitored, no downtime in it.
    const days = Array.from({ length: 7 }, (_, d) => result({ startedAt: at(d * 1440 + 187, weekly.from) }));
    const dir = resultsDir({ 'week.json': JSON.stringify(days) });
    const run = await runAction('report', { period: 'weekly', results: 'results/**/*.json', 'github-token': gh.token }, { cwd: dir, env: env(gh) });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.summary).toContain('### ■ Change against the previous period');
    expect(run.summary).toContain('- api: 100.00% (previous period 100.00%, +0.00 pt)');
    expect(run.summary).toContain('- Incidents: 0 (previous period 4)');
  });

  it('still publishes the report when GitHub cannot list the incidents, says so, and fails the step', async () => {
    const gh = await github();
    gh.inject({ method: 'GET', path: /\/issues$/, status: 500, times: 20, headers: { 'retry-after': '0' } });
    const run = await runAction('report', { period: 'daily', results: 'results/**/*.json', 'github-token': gh.token, workflows: '' }, { cwd: resultsDir(), env: env(gh) });
    expect(run.exitCode).toBe(1);
    expect(run.summary).toContain('## Daily operations report');
    expect(run.summary).toContain('- ⚠️ The incident list is incomplete (cut at its page limit, or GitHub could not be read): some incidents may be missing.');
    expect(run.outputs.status).toBe('fail');
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      expect.stringMatching(/^report: the incident issues could not be read: GitHub API GET \/repos\/acme\/ops\/issues answered 500: .* \(after 4 attempts\); the report counts no downtime$/),
    ]);
  });

  it.each([
    ['no result file matched', { results: 'nothing/*.json' }, /^report: input "results": no file matches nothing\/\*\.json \(in .+\): expected the result files the checks wrote$/],
    ['an unknown period', { period: 'hourly' }, /^report: input "period": expected one of run, daily, weekly, monthly, got "hourly"$/],
    ['a bad timezone', { timezone: 'Tokyo/Japan' }, /^report: input "timezone": expected an IANA time zone like Asia\/Tokyo or UTC, got "Tokyo\/Japan"$/],
    ['a bad slo', { slo: '100' }, /^report: input "slo": expected an availability in percent above 0 and below 100, like 99\.9, got "100"$/],
    ['slack without a webhook', { publish: 'slack' }, /^report: input "slack-webhook": expected the Slack incoming webhook URL, since `publish` includes slack$/],
    ['an unknown destination', { publish: 'email' }, /^report: input "publish": expected any of summary, issue, slack, got "email"$/],
  ])('bad input: %s is one line naming it, with nothing read or sent', async (_name, inputs, message) => {
    const gh = await github();
    const run = await runAction('report', { period: 'daily', results: 'results/**/*.json', publish: 'issue', 'github-token': gh.token, ...inputs }, { cwd: resultsDir(), env: env(gh) });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(message);
    expect(run.stdout).not.toMatch(/\n\s+at /);
    expect(gh.requests).toEqual([]);
  });
});
