import type { CheckResult } from '@runbook/core';
import { describe, expect, it } from 'vitest';
import { parseDataBlock } from './data-block.ts';
import { buildReport, reportStatus, type ReportIncident, type ReportInput, type ReportRun } from './model.ts';
import { periodWindow } from './period.ts';
import { renderReport } from './render.ts';

const TOKYO = 'Asia/Tokyo';
const NOW = new Date('2025-10-22T00:10:00Z'); // 09:10 JST on the 22nd: the daily report of the 21st
const window = periodWindow('daily', NOW, TOKYO);
const jst = (local: string): string => new Date(`${local}+09:00`).toISOString();

function result(overrides: Partial<CheckResult>): CheckResult {
  return { id: 'http:production/api/h', kind: 'smoke-test', subject: 'api', target: 'https://api.example/health', status: 'pass', summary: 'HTTP 200', evidence: { 'p95 ms': 120, 'error rate': '0.4%' }, startedAt: jst('2025-10-21T03:07:00'), durationMs: 5, ...overrides };
}

const reopened: ReportIncident = {
  number: 12,
  url: 'https://github.example/acme/ops/issues/12',
  title: '[P1] api: health check failing',
  state: 'closed',
  id: 'http:production/api/h',
  kind: 'smoke-test',
  service: 'api',
  severity: 'P1',
  summary: 'HTTP 502 <script>',
  episodes: [
    { start: jst('2025-10-20T23:50:00'), end: jst('2025-10-21T00:20:00'), severity: 'P1' }, // across midnight: 20 min today
    { start: jst('2025-10-21T10:23:00'), end: jst('2025-10-21T10:36:00'), severity: 'P1' },
  ],
};
const cert = (host: string, days: number, status: CheckResult['status']): CheckResult =>
  result({ id: `tls:production/${host}`, kind: 'cert-check', subject: host, target: `${host}:443`, status, ...(status === 'pass' ? {} : { severity: 'P4' }), summary: `expires in ${days} days`, evidence: { 'days left': days } });

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  const results = [
    result({}),
    result({ id: 'http:production/web/h', subject: 'web', startedAt: jst('2025-10-20T03:07:00') }),
    cert('a.example', 80, 'pass'),
    cert('b.example', 12, 'warn'),
    result({ id: 'backup:production/estimator', kind: 'backup-verify', subject: 'estimator', target: '/backups', summary: 'ok', evidence: { 'newest age seconds': 7200 } }),
    result({ id: 'deploy:production/api', kind: 'deploy', subject: 'api', summary: 'api:v42 rolled out', evidence: {} }),
  ];
  return { window, now: NOW, timeZone: TOKYO, slo: 99, files: [{ path: 'a/results.json', results }, { path: 'b/results.json', results: [], problem: 'not JSON (cut short, or not a results file)' }], incidents: [reopened], ...overrides };
}

describe('report', () => {
  it('computes availability per service from the episodes in the period, and MTTR', () => {
    const model = buildReport(input());
    const api = model.services.find((s) => s.service === 'api');
    expect(api?.availability?.downMs).toBe(33 * 60_000);
    expect(api?.availability?.unmonitoredMs).toBe(0);
    expect(api?.availability?.percent).toBeCloseTo((1 - 33 / 1440) * 100, 10);
    expect(api?.availability?.sloMet).toBe(false);
    // The web check of the day before vouches for 26 h only: the end of the 21st was not monitored.
    expect(model.services.find((s) => s.service === 'web')?.availability?.unmonitoredMs).toBe(18 * 3_600_000 + 53 * 60_000);
    expect(model.mttrMs).toBe(((30 + 13) / 2) * 60_000);
    expect(model.countBySeverity).toEqual({ P1: 1, P2: 0, P3: 0, P4: 0 });
    expect(model.certs.map((c) => c.subject)).toEqual(['b.example', 'a.example']);
    expect(reportStatus(model)).toBe('fail');
  });

  it('writes the sections of runbook 001 in English', () => {
    const { markdown, title } = renderReport(buildReport(input()), { locale: 'en', timeZone: TOKYO });
    expect(title).toBe('Daily operations report 2025-10-21');
    for (const heading of ['Needs action', 'Service status', 'Availability', 'Performance', 'Incidents', 'Deployments and rollbacks', 'SSL certificates', 'Backups', 'Result files', 'Notes']) expect(markdown).toContain(`### ■ ${heading}`);
    expect(markdown).toContain('- api: 97.70% (SLO 99% missed), downtime 33m, not monitored 0m, error budget overspent by 19m');
    expect(markdown).toContain('- ❌ b/results.json: not JSON (cut short, or not a results file); its results are missing from this report');
    expect(markdown).toContain('Incidents: 1 (P1: 1, P2: 0, P3: 0, P4: 0), MTTR 22m');
    expect(markdown).toContain('2. [P1] 2025-10-21 10:23: [[P1] api: health check failing](https://github.example/acme/ops/issues/12) (13m)'.replace('[[P1]', '[\\[P1\\]'));
    expect(markdown).toContain('- Cause: ` HTTP 502 <script> `');
    expect(markdown).toContain('- b.example: 12 days left ⚠️\n- a.example: 80 days left');
    expect(markdown).toContain('- estimator: OK, newest backup 2h old, last verified 2025-10-21 03:07');
    expect(markdown).toContain('api: p95 response time 120ms, error rate 0.4%');
    expect(markdown).not.toContain('Change against the previous period');
  });

  it('reads like runbook 001 in Japanese', () => {
    const { markdown, title } = renderReport(buildReport(input()), { locale: 'ja', timeZone: TOKYO });
    expect(title).toBe('【日次運用レポート】2025-10-21');
    for (const heading of ['対応事項', 'サービス稼働状況', '稼働状況', 'パフォーマンス', 'インシデントサマリー', 'SSL証明書', 'バックアップ', '特記事項']) expect(markdown).toContain(`### ■ ${heading}`);
    expect(markdown).toContain('- api: 正常');
    expect(markdown).toContain('- api: 稼働率: 97.70%（SLO 99% 未達）、ダウンタイム: 33分、監視なし: 0分、エラーバジェット: 19分超過');
    expect(markdown).toContain('インシデント数: 1件（P1: 1, P2: 0, P3: 0, P4: 0）、平均復旧時間（MTTR）: 22分');
    expect(markdown).toContain('- b.example: 残り12日 ⚠️');
    expect(markdown).toContain('### ■ 特記事項\n\n- 特になし');
    const monthly = renderReport(buildReport(input({ window: periodWindow('monthly', NOW, TOKYO) })), { locale: 'ja', timeZone: TOKYO });
    expect(monthly.title).toBe('【月次運用レポート】2025年9月');
  });

  it('carries its numbers in a data block, and compares weekly and monthly reports with the previous period', () => {
    const weekly = periodWindow('weekly', new Date('2025-10-27T01:00:00Z'), TOKYO);
    const first = renderReport(buildReport(input({ window: weekly })), { locale: 'en', timeZone: TOKYO });
    expect(parseDataBlock(`${first.markdown}\n${first.dataBlock}`)).toEqual(first.data);
    expect(parseDataBlock(first.markdown)).toBeUndefined();
    expect(first.data.services.api?.downMs).toBe(43 * 60_000);
    const previous = { ...first.data, services: { api: { percent: 99.5, downMs: 0, unmonitoredMs: 0 } }, incidents: 3 };
    const second = renderReport(buildReport(input({ window: weekly, previous })), { locale: 'en', timeZone: TOKYO });
    expect(second.markdown).toContain('- api: 97.85% (previous period 99.50%, -1.65 pt)');
    expect(second.markdown).toContain('- Incidents: 1 (previous period 3)');
  });

  it('makes a compact Slack text in which outside text cannot link or mention', () => {
    const { slack } = renderReport(buildReport(input({ incidents: [{ ...reopened, state: 'open', title: '<!channel> api' }] })), { locale: 'en', timeZone: TOKYO, runUrl: 'https://github.example/run/1' });
    expect(slack.split('\n')[0]).toBe('*Daily operations report 2025-10-21*');
    expect(slack).toContain('&lt;!channel&gt; api');
    expect(slack).not.toContain('<!channel>');
    expect(slack.split('\n').at(-1)).toBe('<https://github.example/run/1|Daily operations report 2025-10-21>');
  });

  it('takes monitored time from the check workflow runs: each successful run until the next, a failed or missing night a gap', () => {
    const run = (local: string, conclusion = 'success'): ReportRun => ({ workflow: 'nightly.yml', name: 'nightly', url: 'https://github.example/run', actor: 'github-actions', status: 'completed', conclusion, createdAt: jst(local) });
    // Results only of the nightly that ran this morning (the 22nd, 03:07): by themselves, nothing of the 21st.
    const files = [{ path: 'r.json', results: [result({ startedAt: jst('2025-10-22T03:07:00') })] }];
    const each = buildReport(input({ files, incidents: [], checkRuns: [run('2025-10-20T03:07:00'), run('2025-10-21T03:07:00'), run('2025-10-22T03:07:00')] }));
    expect(each.services[0]?.availability).toMatchObject({ unmonitoredMs: 0, percent: 100 });
    expect(buildReport(input({ files, incidents: [] })).services[0]?.availability?.percent).toBeUndefined();
    // No run on the night of the 21st: the run of the 20th vouches for 26 h, to 05:07 on the 21st.
    const missing = buildReport(input({ files, incidents: [], checkRuns: [run('2025-10-20T03:07:00'), run('2025-10-22T03:07:00')] }));
    expect(missing.services[0]?.availability?.unmonitoredMs).toBe((24 * 60 - 5 * 60 - 7) * 60_000);
    // A failed run vouches for nothing: from 03:07 on the 21st to midnight is a gap.
    const failed = buildReport(input({ files, incidents: [], checkRuns: [run('2025-10-20T03:07:00'), run('2025-10-21T03:07:00', 'failure'), run('2025-10-22T03:07:00')] }));
    expect(failed.services[0]?.availability?.unmonitoredMs).toBe((24 * 60 - 3 * 60 - 7) * 60_000);
  });

  it('period run: judges no availability (a run shows a moment, not a period) and says so, where the daily report of the same outage misses the SLO', () => {
    const files = [{ path: 'r.json', results: [result({ startedAt: new Date(NOW.getTime() - 60_000).toISOString() })] }];
    const run = buildReport(input({ window: periodWindow('run', NOW, TOKYO), files }));
    const day = buildReport(input({ files }));
    expect(day.services[0]?.availability).toMatchObject({ downMs: 33 * 60_000, sloMet: false });
    expect(reportStatus(day)).toBe('fail');
    expect(run.services.map((s) => [s.service, s.status, s.availability])).toEqual([['api', 'pass', undefined]]);
    expect(reportStatus(run)).toBe('pass');
    const en = renderReport(run, { locale: 'en', timeZone: TOKYO });
    expect(en.markdown).toContain("### ■ Availability\n\nNot judged in a run report: this run's checks show the services at the moment they ran, not over a period. The daily, weekly and monthly reports judge availability against the SLO.\n");
    expect(en.markdown).not.toContain('not monitored');
    expect(en.markdown).toContain('### ■ Needs action\n\n- None');
    expect(en.slack.split('\n')[1]).toBe('api: OK');
    expect(en.availability).toEqual({});
    expect(en.data.services).toEqual({});
    expect(renderReport(run, { locale: 'ja', timeZone: TOKYO }).markdown).toContain('### ■ 稼働状況\n\n実行ごとのレポートでは稼働率を判定しません。');
  });

  it('finds a missing shard per kind and environment, and an environment with no shard at all from its artifact', () => {
    const shard = (environment: string, i: number, n: number): CheckResult => result({ id: `http:${environment}/api/h`, evidence: { shard: `${i}/${n}` } });
    const files = [
      { path: 'results/results-smoke-test-staging-1of2/smoke-test-staging.json', results: [shard('staging', 1, 2)] },
      { path: 'results/results-smoke-test-staging-2of2/smoke-test-staging.json', results: [shard('staging', 2, 2)] },
      { path: 'results/results-smoke-test-production-1of2/smoke-test-production.json', results: [shard('production', 1, 2)] },
      // Every cert-check shard of production failed; one wrote an empty file.
      { path: 'results/results-cert-check-production-2of2/cert-check-production.json', results: [], problem: 'empty' },
    ];
    expect(buildReport(input({ files })).missingShards).toEqual(['smoke-test production 2/2', 'cert-check production 1/2', 'cert-check production 2/2']);
    // A shard that ran and had no checks of its share wrote [] and is not missing.
    const empty = buildReport(input({ files: [...files.slice(0, 3), { path: 'results/results-smoke-test-production-2of2/smoke-test-production.json', results: [] }] }));
    expect(empty.missingShards).toEqual([]);
  });

  it("takes p95 and error rate from status-check's metrics and access logs too, per service", () => {
    const status = (subject: string, evidence: CheckResult['evidence']): CheckResult => result({ id: `ecs:production/${subject}/metrics`, kind: 'status-check', subject, evidence });
    const files = [{ path: 'r.json', results: [result({}), status('api', { '5xx rate': 0.021, 'max error rate': 0.01 }), status('api', { 'p95 ms': 840, 'max p95 ms': 3000 }), status('vm1', { 'p95 ms': 95, '5xx rate': 0.001 })] }];
    const model = buildReport(input({ files }));
    expect(model.services.find((s) => s.service === 'api')).toMatchObject({ p95Ms: 840, errorRate: 2.1 });
    expect(model.services.find((s) => s.service === 'vm1')).toMatchObject({ p95Ms: 95, errorRate: 0.1 });
    const { markdown } = renderReport(model, { locale: 'en', timeZone: TOKYO });
    expect(markdown).toContain('api: p95 response time 840ms, error rate 2.1%');
    expect(markdown).toContain('vm1: p95 response time 95ms, error rate 0.1%');
  });
});
