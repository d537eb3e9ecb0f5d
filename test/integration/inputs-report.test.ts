import type { CheckResult } from '@runbook/core';
import { renderMarker } from '@runbook/incidents';
import { periodWindow } from '@runbook/report';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-api.ts';
import { runAction } from '../harness/run-action.ts';

// Each input of the report action: the same run with and without it (or another value) differs.

const fakes: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

const NOW = new Date();
const daily = periodWindow('daily', NOW, 'Asia/Tokyo');
const at = (minutes: number): string => new Date(daily.from.getTime() + minutes * 60_000).toISOString();
const result = (environment: string, subject: string): CheckResult => ({
  id: `http:${environment}/${subject}/https://${subject}.example/health`, kind: 'smoke-test', subject, target: `https://${subject}.example/health`, status: 'pass', summary: 'HTTP 200', evidence: {}, startedAt: at(-60), durationMs: 10,
});

function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-inputs-'));
  mkdirSync(join(dir, 'results'));
  mkdirSync(join(dir, 'ops'));
  writeFileSync(join(dir, 'results/a.json'), JSON.stringify([result('production', 'api'), result('staging', 'api-staging')]));
  writeFileSync(join(dir, 'ops/runbook.yml'), 'version: 1\nlocale: ja\nenvironments: {}\n');
  return dir;
}

/** An outage of 10 minutes at 10:00 (Tokyo) yesterday. */
async function github(): Promise<FakeGitHub> {
  const gh = await startFakeGitHub();
  fakes.push(gh);
  gh.seed({
    title: '[P1] api: health check failing',
    labels: ['incident', 'P1'],
    state: 'closed',
    closed_at: at(610),
    body: renderMarker({ id: result('production', 'api').id, kind: 'smoke-test', since: at(600), last: at(605), until: at(610), count: 2, severity: 'P1', status: 'fail', summary: 'HTTP 502', escalated: [], subject: 'api' }),
  });
  return gh;
}

const report = async (inputs: Record<string, string>, gh?: FakeGitHub) =>
  runAction('report', { period: 'daily', results: 'results/*.json', ...(gh ? { 'github-token': gh.token } : {}), ...inputs }, { cwd: workdir(), env: gh ? { GITHUB_API_URL: gh.url } : {} });
const availability = (outputs: Record<string, string>) => JSON.parse(outputs.availability ?? '{}') as Record<string, { percent: number | null; downMs: number; sloMet: boolean | null }>;

describe('report inputs', () => {
  it('period: daily covers yesterday and judges its availability; run the 24 hours up to now, and judges none, saying so', async () => {
    const gh = await github();
    const day = await report({}, gh);
    const dayRoutes = gh.requests.splice(0).map((r) => r.route);
    const run = await report({ period: 'run' }, gh);
    expect(day.summary).toContain(`## Daily operations report ${daily.key.slice(6)}`);
    expect(run.summary).toContain('## Operations report ');
    expect(availability(day.outputs).api?.downMs).toBe(10 * 60_000);
    expect(day.summary).toContain('- api: 99.30% (SLO 99% met), downtime 10m');
    expect(availability(run.outputs)).toEqual({});
    expect(run.summary).toContain("### ■ Availability\n\nNot judged in a run report: this run's checks show the services at the moment they ran, not over a period.");
    expect(run.summary).not.toContain('not monitored');
    // The check workflow's runs say what was monitored when: a run report has no use for them.
    expect(dayRoutes.filter((r) => r.includes('nightly.yml'))).not.toEqual([]);
    expect(gh.requests.filter((r) => r.route.includes('nightly.yml'))).toEqual([]);
  });

  it('results: the files matched are the ones read', async () => {
    const [one, none] = [await report({ results: 'results/a.json' }), await report({ results: 'results/b.json' })];
    expect(one.summary).toContain('1 result files read');
    expect([one.exitCode, none.exitCode]).toEqual([0, 1]);
  });

  it('timezone: days begin at midnight in the zone given', async () => {
    const [tokyo, utc] = [await report({}), await report({ timezone: 'UTC' })];
    expect(tokyo.summary).toContain('00:00 (Asia/Tokyo)');
    expect(utc.summary).toMatch(/00:00 – \d{4}-\d\d-\d\d 00:00 \(UTC\)/);
  });

  it('slo: the same 10-minute outage misses 99.9 and meets the default 99.0', async () => {
    const gh = await github();
    const [normal, strict] = [await report({}, gh), await report({ slo: '99.9' }, gh)];
    expect(availability(normal.outputs).api?.sloMet).toBe(true);
    expect(availability(strict.outputs).api?.sloMet).toBe(false);
    expect(strict.summary).toContain('(SLO 99.9% missed)');
  });

  it("title: replaces the period's title", async () => {
    const [titled, plain] = [await report({ title: 'Estimator daily' }), await report({})];
    expect(titled.summary.split('\n')[0]).toBe('## Estimator daily');
    expect(plain.summary.split('\n')[0]).toContain('## Daily operations report');
  });

  it("config: its locale is the report's unless locale is given", async () => {
    const [fromConfig, given] = [await report({ config: 'ops/runbook.yml' }), await report({ config: 'ops/runbook.yml', locale: 'en' })];
    expect(fromConfig.summary).toContain('【日次運用レポート】');
    expect(given.summary).toContain('## Daily operations report');
  });

  it('locale: ja writes the report in Japanese, the default in English', async () => {
    const [ja, en] = [await report({ locale: 'ja' }), await report({})];
    expect(ja.summary).toContain('### ■ サービス稼働状況');
    expect(en.summary).toContain('### ■ Service status');
  });

  it('environment: only its results and incidents are reported', async () => {
    const [all, staging] = [await report({}), await report({ environment: 'staging' })];
    expect(Object.keys(availability(all.outputs))).toEqual(['api', 'api-staging']);
    expect(Object.keys(availability(staging.outputs))).toEqual(['api-staging']);
  });

  it('github-token: the incidents are read with it, and the report says when there is none', async () => {
    const gh = await github();
    const [withToken, without] = [await report({}, gh), await report({})];
    expect(availability(withToken.outputs).api?.downMs).toBe(10 * 60_000);
    expect(availability(without.outputs).api?.downMs).toBe(0);
    expect(without.annotations.map((a) => a.message)).toContain('report: incidents were not read (no github-token): the availability counts no downtime');
  });

  it('workflows: the runs of the workflow files named are counted, a file the repository lacks is said', async () => {
    const gh = await github();
    gh.seedRun({ workflow: 'deploy.yml', created_at: at(60) });
    gh.seedRun({ workflow: 'release.yml', created_at: at(120), conclusion: 'failure' });
    const [byDefault, named] = [await report({}, gh), await report({ workflows: 'release.yml\nship.yml' }, gh)];
    expect(byDefault.summary).toContain('- deploy.yml: 1 run\n- rollback.yml: no such workflow in the repository');
    expect(named.summary).toContain('- release.yml: 1 run, 1 failed\n- ship.yml: no such workflow in the repository');
  });

  it('publish: issue writes the report issue, summary only the job summary', async () => {
    const gh = await github();
    const [issue, summary] = [await report({ publish: 'issue' }, gh), await report({ publish: 'summary' }, gh)];
    expect(issue.outputs['issue-url']).toMatch(/^https:\/\/github\.example\/acme\/ops\/issues\/\d+$/);
    expect(issue.summary).toBe('');
    expect(summary.outputs['issue-url']).toBe('');
    expect(summary.summary).toContain('## Daily operations report');
  });
});
