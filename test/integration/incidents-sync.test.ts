import type { CheckResult } from '@runbook/core';
import { DEFAULT_SETTINGS, GitHubClient, IssuesApi, LOCK_LABEL, acquireLock, renderMarker, syncIncidents, type IncidentSettings } from '@runbook/incidents';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../fakes/github-api.ts';

// The incidents package itself against the GitHub API double, for what the smoke-test action
// cannot produce (warnings) and for the client's rules (pagination, rate limits, the lock).

const fakes: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});
async function github(options: FakeGitHubOptions = {}): Promise<{ gh: FakeGitHub; api: IssuesApi; waits: number[] }> {
  const gh = await startFakeGitHub(options);
  fakes.push(gh);
  const waits: number[] = [];
  const client = new GitHubClient({ apiUrl: gh.url, token: gh.token, sleep: async (ms) => void waits.push(ms), random: () => 0 });
  return { gh, api: new IssuesApi(client, gh.repository), waits };
}

const NOW = new Date();
function result(overrides: Partial<CheckResult>): CheckResult {
  return { id: 'tls:production/your-domain.com:443', kind: 'cert-check', subject: 'your-domain.com', target: 'your-domain.com:443', status: 'warn', severity: 'P4', summary: 'expires in 25 days', evidence: { 'days left': 25 }, startedAt: NOW.toISOString(), durationMs: 5, ...overrides };
}
const sync = (api: IssuesApi, results: CheckResult[], settings: Partial<IncidentSettings> = {}) => syncIncidents(results, { api, settings: { ...DEFAULT_SETTINGS, ...settings }, lockOwner: 'test-run', now: () => NOW });

describe('syncIncidents against the GitHub API double', () => {
  it('opens warnings only at warn-min-severity or above; the rest are for the summary', async () => {
    const { gh, api } = await github();
    const p4 = result({});
    const p3 = result({ id: 'http:production/api/https://api.example/health', kind: 'smoke-test', subject: 'api', target: 'https://api.example/health', severity: 'P3', summary: 'p95 6s is over the 5s limit' });
    const outcome = await sync(api, [p4, p3]);
    expect(outcome.error).toBeUndefined();
    expect(gh.issues.map((i) => i.title)).toEqual(['[P3] api: health check failing']);
    expect(outcome.belowThreshold.map((r) => r.id)).toEqual([p4.id]);
    const stricter = await sync(api, [result({ id: 'other', severity: 'P3' })], { warnMinSeverity: 'P2' });
    expect(stricter.changes).toEqual([]);
    expect(gh.issues).toHaveLength(1);
  });

  it('ignores pull requests and issues without the marker that carry the incident label', async () => {
    const { gh, api } = await github();
    gh.seed({ title: 'Fix the incident template', labels: ['incident'], pull_request: true, body: renderMarker({ id: 'x', kind: 'cert-check', since: NOW.toISOString(), last: NOW.toISOString(), count: 1, severity: 'P2', status: 'fail', summary: '', escalated: [] }) });
    gh.seed({ title: 'Postmortem: October outage', labels: ['incident'], body: 'written by a person' });
    const listed = await api.listIncidents({ state: 'open' });
    expect(listed.issues).toEqual([]);
    expect(listed.labels).toEqual(['incident']);
  });

  it('follows Link pagination through GitHub\'s /repositories/{id}/ URLs', async () => {
    const { gh, api } = await github({ maxPerPage: 2 });
    for (let i = 0; i < 5; i++) gh.seed({ title: `t${i}`, labels: ['incident'], body: renderMarker({ id: `id-${i}`, kind: 'smoke-test', since: NOW.toISOString(), last: NOW.toISOString(), count: 1, severity: 'P2', status: 'fail', summary: '', escalated: [] }) });
    const listed = await api.listIncidents({ state: 'open' });
    expect(listed.issues.map((i) => i.marker.id).sort()).toEqual(['id-0', 'id-1', 'id-2', 'id-3', 'id-4']);
    expect(gh.requests.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
  });

  it('waits for x-ratelimit-reset when the primary limit is used up', async () => {
    const { gh, api, waits } = await github();
    const reset = Math.floor(Date.now() / 1000) + 5;
    gh.inject({ method: 'GET', status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }, body: { message: 'API rate limit exceeded for installation ID 1.' } });
    await api.listIncidents({ state: 'open' });
    expect(gh.requests.map((r) => r.status)).toEqual([403, 200]);
    expect(waits[0]).toBeGreaterThan(4_000);
    expect(waits[0]).toBeLessThanOrEqual(7_000);
  });

  it('waits a minute for a secondary limit that names no time, and gives up on a longer limit', async () => {
    const { gh, api, waits } = await github();
    gh.inject({ method: 'GET', status: 403, body: { message: 'You have exceeded a secondary rate limit.' } });
    await api.listIncidents({ state: 'open' });
    expect(waits).toEqual([60_000]);
    gh.inject({ method: 'GET', status: 429, headers: { 'retry-after': '3600' }, body: { message: 'Too many requests' } });
    await expect(api.listIncidents({ state: 'open' })).rejects.toThrow('answered 429: Too many requests; rate limited for 1h more');
  });

  it('does not send the token to another host named in a Link header', async () => {
    const { gh, api } = await github();
    gh.inject({ method: 'GET', status: 200, body: [], headers: { link: '<https://evil.example/steal?page=2>; rel="next"' } });
    await expect(api.listIncidents({ state: 'open' })).rejects.toThrow('refusing to follow a pagination link to another host (https://evil.example)');
    expect(gh.requests).toHaveLength(1);
  });

  it('takes over a lock whose holder died, and waits for a live one', async () => {
    const { gh, api } = await github();
    gh.labels.push({ id: 99, name: LOCK_LABEL, color: 'ededed', description: `runbook-actions lock r1.1-dead until ${new Date(Date.now() - 1_000).toISOString()}` });
    const release = await acquireLock(api, { owner: 'r2.1-live', sleep: async () => undefined });
    expect(gh.labels.find((l) => l.name === LOCK_LABEL)?.description).toContain(' r2.1-live until ');
    let clock = Date.now();
    await expect(acquireLock(api, { owner: 'r3.1-late', maxWaitMs: 5_000, now: () => clock, sleep: async (ms) => void (clock += ms) })).rejects.toThrow(/another run has held the incidents lock for over 5s/);
    await release();
    expect(gh.labels.map((l) => l.name)).not.toContain(LOCK_LABEL);
  });

  it('counts a lock that already names this run as held (its create succeeded, the answer was lost)', async () => {
    const { gh, api } = await github();
    gh.labels.push({ id: 98, name: LOCK_LABEL, color: 'ededed', description: `runbook-actions lock r4.1-me until ${new Date(Date.now() + 60_000).toISOString()}` });
    const waits: number[] = [];
    const release = await acquireLock(api, { owner: 'r4.1-me', sleep: async (ms) => void waits.push(ms) });
    expect(waits).toEqual([]);
    await release();
    expect(gh.labels.map((l) => l.name)).not.toContain(LOCK_LABEL);
  });

  it('gives up within its time limit, with backoff, when the lock label can neither be created nor read', async () => {
    const { gh, api } = await github();
    gh.inject({ method: 'POST', path: /\/labels$/, status: 422, body: { message: 'Validation Failed' }, times: 1_000 });
    let clock = Date.now();
    await expect(acquireLock(api, { owner: 'r5.1', maxWaitMs: 5_000, now: () => clock, sleep: async (ms) => void (clock += ms) })).rejects.toThrow(/held the incidents lock for over 5s/);
    expect(gh.calls('POST', /\/labels$/).length).toBeLessThan(15);
  });

  it('keeps going when GitHub refuses an assignee, and says so', async () => {
    const { gh, api } = await github({ assignable: ['oncall'] });
    gh.inject({ method: 'POST', path: /\/assignees$/, status: 422, body: { message: 'Validation Failed' } });
    const outcome = await sync(api, [result({ status: 'fail', severity: 'P1' })], { assignees: { P1: ['nobody'] } });
    expect(outcome.error).toBeUndefined();
    expect(gh.issues).toHaveLength(1);
    expect(outcome.warnings).toEqual(['could not assign nobody to #1: GitHub API POST /repos/acme/ops/issues/1/assignees answered 422: Validation Failed']);
  });
});
