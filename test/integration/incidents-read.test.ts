import type { CheckResult } from '@runbook/core';
import { DEFAULT_SETTINGS, GitHubClient, IssuesApi, ReportIssues, readIncidents, readWorkflowStatuses, renderMarker, syncIncidents, type IncidentMarker } from '@runbook/incidents';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-api.ts';

// The read side of the incidents package (and the report issues) against the GitHub API double.

const fakes: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});
async function github(maxPerPage?: number): Promise<{ gh: FakeGitHub; api: IssuesApi }> {
  const gh = await startFakeGitHub(maxPerPage ? { maxPerPage } : {});
  fakes.push(gh);
  return { gh, api: new IssuesApi(new GitHubClient({ apiUrl: gh.url, token: gh.token, sleep: async () => undefined, random: () => 0, rateLimitSecondMs: 1 }), gh.repository) };
}

const marker = (overrides: Partial<IncidentMarker>): IncidentMarker => ({
  id: 'http:production/api/https://api.example/health',
  kind: 'smoke-test',
  since: '2025-10-10T00:00:00.000Z',
  last: '2025-10-10T00:30:00.000Z',
  count: 2,
  severity: 'P1',
  status: 'fail',
  summary: 'HTTP 502',
  escalated: [],
  ...overrides,
});
const OCTOBER = { from: new Date('2025-10-01T00:00:00Z'), to: new Date('2025-11-01T00:00:00Z') };

describe('readIncidents', () => {
  it('returns plain records with every episode of the period, reopened ones included, from list calls only', async () => {
    const { gh, api } = await github(2);
    const stamp = '2025-10-20T00:00:00Z';
    gh.seed({
      title: '[P1] api: health check failing',
      labels: ['incident', 'P1', 'smoke-test'],
      state: 'closed',
      closed_at: '2025-10-12T01:01:00Z',
      updated_at: stamp,
      body: renderMarker(marker({ since: '2025-10-12T00:00:00.000Z', until: '2025-10-12T01:00:00.000Z', episodes: [{ since: '2025-10-10T00:00:00.000Z', until: '2025-10-10T00:40:00.000Z', severity: 'P2' }] })),
    });
    // A marker of before episodes were kept, closed: its episode ends when the issue was closed.
    gh.seed({ title: '[P2] web [staging]: health check failing', labels: ['incident', 'P2'], state: 'closed', closed_at: '2025-10-15T02:00:00Z', updated_at: stamp, body: renderMarker(marker({ id: 'x', since: '2025-10-15T01:00:00.000Z' })) });
    // Open and not updated for long: still overlaps the period.
    gh.seed({ title: '[P1] db: health check failing', labels: ['incident', 'P1'], updated_at: '2025-09-01T00:00:00Z', body: renderMarker(marker({ id: 'y', subject: 'db', since: '2025-09-01T00:00:00.000Z' })) });
    // Closed before the period: left out.
    gh.seed({ title: '[P1] old: health check failing', labels: ['incident', 'P1'], state: 'closed', closed_at: '2025-09-02T00:00:00Z', updated_at: stamp, body: renderMarker(marker({ id: 'z', since: '2025-09-01T00:00:00.000Z', until: '2025-09-02T00:00:00.000Z' })) });
    gh.seed({ title: 'not ours', labels: ['incident'], body: 'no marker' });

    const { records } = await readIncidents(api, OCTOBER);
    expect(records.map((r) => [r.number, r.service, r.state])).toEqual([
      [3, 'db', 'open'],
      [1, 'api', 'closed'],
      [2, 'web', 'closed'],
    ]);
    expect(records[1]?.episodes).toEqual([
      { start: '2025-10-10T00:00:00.000Z', end: '2025-10-10T00:40:00.000Z', severity: 'P2' },
      { start: '2025-10-12T00:00:00.000Z', end: '2025-10-12T01:00:00.000Z', severity: 'P1' },
    ]);
    expect(records[2]?.episodes).toEqual([{ start: '2025-10-15T01:00:00.000Z', end: '2025-10-15T02:00:00Z', severity: 'P1' }]);
    expect(records[0]?.episodes).toEqual([{ start: '2025-09-01T00:00:00.000Z', severity: 'P1' }]);
    expect(JSON.parse(JSON.stringify(records))).toEqual(records);
    expect(gh.requests.every((r) => r.method === 'GET' && r.route === '/repos/acme/ops/issues')).toBe(true);
  });

  it('keeps the earlier episode of an incident that recovers and fails again, through the real sync', async () => {
    const { gh, api } = await github();
    const at = (minutes: number): string => new Date(Date.parse('2025-10-21T00:00:00Z') + minutes * 60_000).toISOString();
    const check = (status: 'pass' | 'fail', minutes: number): CheckResult => ({
      id: 'http:production/api/https://api.example/health', kind: 'smoke-test', subject: 'api', target: 'https://api.example/health',
      status, ...(status === 'fail' ? { severity: 'P1' as const } : {}), summary: status, evidence: {}, startedAt: at(minutes), durationMs: 1,
    });
    const run = (status: 'pass' | 'fail', minutes: number) =>
      syncIncidents([check(status, minutes)], { api, settings: DEFAULT_SETTINGS, lockOwner: 'test', now: () => new Date(at(minutes)), sleep: async () => undefined });
    await run('fail', 0);
    await run('pass', 30);
    await run('fail', 60);
    expect(gh.issues).toHaveLength(1);
    const { records } = await readIncidents(api, { from: new Date(at(-60)), to: new Date(at(120)) });
    expect(records[0]?.episodes).toEqual([
      { start: at(0), end: at(30), severity: 'P1' },
      { start: at(60), severity: 'P1' },
    ]);
  });
});

describe('ReportIssues', () => {
  it('opens one issue per period, updates it on a second run and closes the previous period', async () => {
    const { gh, api } = await github();
    const reports = new ReportIssues(api);
    const since = new Date(Date.now() - 86_400_000);
    const first = await reports.publish({ period: 'daily', key: 'daily:2025-10-20', title: 'Daily 2025-10-20', body: 'one' }, await reports.list('daily', since));
    const second = await reports.publish({ period: 'daily', key: 'daily:2025-10-21', title: 'Daily 2025-10-21', body: 'two' }, await reports.list('daily', since));
    const again = await reports.publish({ period: 'daily', key: 'daily:2025-10-21', title: 'Daily 2025-10-21', body: 'three' }, await reports.list('daily', since));
    expect([first.created, second.created, again.created]).toEqual([true, true, false]);
    expect(second.closed).toEqual([first.number]);
    expect(again.number).toBe(second.number);
    expect(gh.issues.map((i) => [i.number, i.state, i.labels])).toEqual([
      [1, 'closed', ['report', 'daily']],
      [2, 'open', ['report', 'daily']],
    ]);
    expect(gh.issue(2)?.body).toContain('three');
    expect((await reports.list('daily', since)).map((i) => i.key).sort()).toEqual(['daily:2025-10-20', 'daily:2025-10-21']);
  });
});

describe('readWorkflowStatuses', () => {
  it('calls a workflow not seen before the page bound unreadable, never missing (no false "deleted?" incident)', async () => {
    const gh = await startFakeGitHub({ maxPerPage: 2 });
    fakes.push(gh);
    for (const file of ['ci.yml', 'deploy.yml', 'release.yml', 'nightly.yml']) gh.seedWorkflow({ file });
    const client = (maxPages: number) => new GitHubClient({ apiUrl: gh.url, token: gh.token, sleep: async () => undefined, random: () => 0, rateLimitSecondMs: 1, maxPages });
    const [bounded] = await readWorkflowStatuses(client(1), gh.repository, ['nightly.yml']);
    expect(bounded).toMatchObject({ file: 'nightly.yml', found: undefined, reason: expect.stringMatching(/^not among the first 1 pages of .*workflows \(the list stopped at its bound\)$/) });
    const [whole, gone] = await readWorkflowStatuses(client(5), gh.repository, ['nightly.yml', 'renamed.yml']);
    expect([whole?.found, gone?.found]).toEqual([true, false]);
  });
});
