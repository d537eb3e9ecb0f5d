import type { CheckResult } from '@runbook/core';
import { DEFAULT_SETTINGS, GitHubClient, IssuesApi, LOCK_LABEL, acquireLock, guardLabel, parseMarker, renderMarker, syncIncidents, type GitHubClientOptions, type IncidentSettings } from '@runbook/incidents';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../fakes/github-api.ts';

// The incidents package itself against the GitHub API double, for what the smoke-test action
// cannot produce (warnings) and for the client's rules (pagination, rate limits, the lock).

const fakes: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});
/** `waits`: every wait the client asked for (rate limits, backoff), in ms; none is really waited. */
async function github(options: FakeGitHubOptions = {}, client: Partial<GitHubClientOptions> = {}): Promise<{ gh: FakeGitHub; api: IssuesApi; waits: number[]; log: string[] }> {
  const gh = await startFakeGitHub(options);
  fakes.push(gh);
  const waits: number[] = [];
  const log: string[] = [];
  const onRetry = (message: string, ms: number): void => {
    waits.push(ms);
    log.push(message);
  };
  const api = new IssuesApi(new GitHubClient({ apiUrl: gh.url, token: gh.token, sleep: async () => undefined, random: () => 0, rateLimitSecondMs: 1, onRetry, ...client }), gh.repository);
  return { gh, api, waits, log };
}

const NOW = new Date();
function result(overrides: Partial<CheckResult>): CheckResult {
  return { id: 'tls:production/your-domain.com:443', kind: 'cert-check', subject: 'your-domain.com', target: 'your-domain.com:443', status: 'warn', severity: 'P4', summary: 'expires in 25 days', evidence: { 'days left': 25 }, startedAt: NOW.toISOString(), durationMs: 5, ...overrides };
}
const failing = (overrides: Partial<CheckResult> = {}) => result({ status: 'fail', severity: 'P1', summary: 'connection refused', ...overrides });
const passing = (overrides: Partial<CheckResult> = {}) => result({ status: 'pass', summary: 'expires in 80 days', ...overrides });
const noWait = async (): Promise<void> => undefined;
const sync = (api: IssuesApi, results: CheckResult[], settings: Partial<IncidentSettings> = {}, lockOwner = 'test-run') =>
  syncIncidents(results, { api, settings: { ...DEFAULT_SETTINGS, ...settings }, lockOwner, now: () => NOW, sleep: noWait });
const lockDescription = (owner: string, untilMs: number) => `runbook-actions lock ${owner} until ${new Date(untilMs).toISOString()}`;
const lockHolder = (gh: FakeGitHub) => gh.labels.find((l) => l.name === LOCK_LABEL)?.description;

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

  it('stops a list at its page limit and says that some incidents may not be matched', async () => {
    const { gh, api } = await github({ maxPerPage: 2 }, { maxPages: 2 });
    for (let i = 0; i < 5; i++) gh.seed({ title: `t${i}`, labels: ['incident'], body: renderMarker({ id: `id-${i}`, kind: 'cert-check', since: NOW.toISOString(), last: NOW.toISOString(), count: 1, severity: 'P2', status: 'fail', summary: 'expires in 3 days', escalated: [] }) });
    const outcome = await sync(api, [failing({ id: 'id-0', severity: 'P2', summary: 'expires in 3 days' })]);
    expect(gh.calls('GET', /\/issues$/).filter((r) => r.query.state === 'open' && !r.query.since)).toHaveLength(2);
    expect(outcome.warnings).toEqual(['the incident issue list stopped at its limit of 2 pages (200 issues): some incidents may not be matched, so an issue may be opened twice or left open']);
  });

  it('waits for x-ratelimit-reset when the primary limit is used up (the throttling plugin)', async () => {
    const { gh, api, waits } = await github();
    const reset = Math.floor(Date.now() / 1000) + 5;
    gh.inject({ method: 'GET', status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }, body: { message: 'API rate limit exceeded for installation ID 1.' } });
    await api.listIncidents({ state: 'open' });
    expect(gh.requests.map((r) => r.status)).toEqual([403, 200]);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(5_000);
    expect(waits[0]).toBeLessThanOrEqual(7_000);
  });

  it('retries a secondary rate limit after the Retry-After it names, a minute when it names none, and gives up on a longer one', async () => {
    const { gh, api, waits, log } = await github();
    const secondary = { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits' };
    gh.inject({ method: 'POST', path: /\/issues$/, status: 403, headers: { 'retry-after': '7' }, body: secondary });
    await api.createIssue({ title: 't', body: 'b', labels: [] });
    expect(gh.calls('POST', /\/issues$/).map((r) => r.status)).toEqual([403, 201]);
    expect(waits).toEqual([7_000]);
    expect(log).toEqual(['GitHub API POST /repos/acme/ops/issues answered with a secondary rate limit; retrying in 7s']);
    gh.inject({ method: 'GET', status: 403, body: secondary });
    await api.listIncidents({ state: 'open' });
    expect(waits).toEqual([7_000, 60_000]);
    gh.inject({ method: 'GET', status: 403, headers: { 'retry-after': '3600' }, body: secondary });
    await expect(api.listIncidents({ state: 'open' })).rejects.toThrow('GitHub API GET /repos/acme/ops/issues answered 403: You have exceeded a secondary rate limit. Please wait a few minutes before you try again.; rate limited for 1h more');
  });

  it('retries a 5xx after its Retry-After, else with backoff, and says how many attempts failed', async () => {
    const { gh, api, waits } = await github();
    gh.inject({ method: 'GET', status: 503, headers: { 'retry-after': '4' }, body: { message: 'Service Unavailable' } });
    await api.listIncidents({ state: 'open' });
    expect(waits).toEqual([4_000]);
    gh.inject({ method: 'GET', status: 502, body: { message: 'Server Error' }, times: 10 });
    await expect(api.listIncidents({ state: 'open' })).rejects.toThrow('GitHub API GET /repos/acme/ops/issues answered 502: Server Error (after 4 attempts)');
    expect(waits.slice(1)).toEqual([250, 500, 1_000]); // backoff with the jitter at 0
  });

  it('names the GitHub API and the request when an answer is not JSON, not a parse error', async () => {
    const { gh, api } = await github({}, { retries: 0 });
    const page = `<html><head><title>502 Bad Gateway</title></head><body>${'<p>nginx</p>'.repeat(20)}</body></html>`;
    gh.inject({ method: 'GET', status: 502, raw: { text: page, contentType: 'text/html' } });
    await expect(api.listIncidents({ state: 'open' })).rejects.toThrow(`GitHub API GET /repos/acme/ops/issues answered 502 with a non-JSON body (${page.slice(0, 100)}…)`);
    gh.inject({ method: 'GET', status: 200, raw: { text: '[{"number": 1, "title": "cut sh', contentType: 'application/json; charset=utf-8' } });
    await expect(api.listIncidents({ state: 'open' })).rejects.toThrow('GitHub API GET /repos/acme/ops/issues answered 200 with a non-JSON body ([{"number": 1, "title": "cut sh)');
  });

  it('gives up on a hung GitHub after its timeout', async () => {
    const { gh, api } = await github({}, { timeoutMs: 50, retries: 0 });
    gh.hold({ method: 'GET', path: /\/issues$/, until: { path: /^never$/ } });
    await expect(api.listIncidents({ state: 'open' })).rejects.toThrow('GitHub API GET /repos/acme/ops/issues: timed out after 50ms');
  });

  it('does not send the token to another host named in a Link header', async () => {
    const { gh, api } = await github();
    gh.inject({ method: 'GET', status: 200, body: [], headers: { link: '<https://evil.example/steal?page=2>; rel="next"' } });
    await expect(api.listIncidents({ state: 'open' })).rejects.toThrow('refusing to follow a pagination link to another host (https://evil.example)');
    expect(gh.requests).toHaveLength(1);
  });

  it('takes over a lock whose holder died, and waits for a live one', async () => {
    const { gh, api } = await github();
    gh.labels.push({ id: 99, name: LOCK_LABEL, color: 'ededed', description: lockDescription('r1.1-dead', Date.now() - 1_000) });
    const lock = await acquireLock(api, { owner: 'r2.1-live', sleep: noWait });
    expect(lockHolder(gh)).toContain(' r2.1-live until ');
    expect(gh.labels.map((l) => l.name)).toEqual([LOCK_LABEL]); // the takeover guard is gone
    let clock = Date.now();
    await expect(acquireLock(api, { owner: 'r3.1-late', maxWaitMs: 5_000, now: () => clock, sleep: async (ms) => void (clock += ms) })).rejects.toThrow(/another run has held the incidents lock for over 5s/);
    await lock.release();
    expect(gh.labels.map((l) => l.name)).not.toContain(LOCK_LABEL);
  });

  it('never lets a run that read an expired lock delete the lock another run has just taken over', async () => {
    const { gh, api } = await github();
    gh.labels.push({ id: 99, name: LOCK_LABEL, color: 'ededed', description: lockDescription('r1.1-dead', Date.now() - 1_000) });
    // Run A reads the dead holder, but that answer reaches it only after run B has taken the lock over.
    const stale = gh.hold({ method: 'GET', path: /\/labels\/runbook-incidents-lock$/, delay: 'answer', until: { method: 'POST', path: /\/labels$/, where: (b) => String(b.description).includes(' r-b '), status: 201 } });
    let releaseB = (): void => undefined;
    const bReleased = new Promise<void>((resolve) => (releaseB = resolve));
    let aWaits = (): void => undefined;
    const aWaiting = new Promise<'waiting'>((resolve) => (aWaits = () => resolve('waiting')));
    const a = acquireLock(api, { owner: 'r-a', onWait: aWaits, sleep: () => bReleased });
    await stale.reached;
    const b = await acquireLock(api, { owner: 'r-b', sleep: noWait });
    await stale.released;
    expect(await Promise.race([aWaiting, a.then(() => 'acquired')])).toBe('waiting');
    expect(lockHolder(gh)).toContain(' r-b ');
    await b.verify();
    await b.release();
    releaseB();
    const lockA = await a;
    expect(lockHolder(gh)).toContain(' r-a ');
    await lockA.release();
    expect(gh.labels.map((l) => l.name)).toEqual([]);
  });

  it('leaves a generation to the run that holds its takeover guard', async () => {
    const { gh, api } = await github();
    const dead = lockDescription('r1.1-dead', Date.now() - 1_000);
    gh.labels.push({ id: 99, name: LOCK_LABEL, color: 'ededed', description: dead });
    gh.labels.push({ id: 100, name: guardLabel(dead), color: 'ededed', description: lockDescription('r9.1-other', Date.now() + 60_000).replace(' lock ', ' lock guard ') });
    let clock = Date.now();
    await expect(acquireLock(api, { owner: 'r2.1', maxWaitMs: 5_000, now: () => clock, sleep: async (ms) => void (clock += ms) })).rejects.toThrow(/held the incidents lock/);
    expect(lockHolder(gh)).toBe(dead);
    expect(gh.calls('DELETE', /\/labels\//)).toEqual([]);
  });

  it('says so when a holder finds its lock taken over', async () => {
    const { gh, api } = await github();
    const lock = await acquireLock(api, { owner: 'r7.1-slow', sleep: noWait });
    (gh.labels[0] as { description: string }).description = lockDescription('r8.1-next', Date.now() + 60_000);
    await expect(lock.verify()).rejects.toThrow(/^this run lost the incidents lock while writing \(label "runbook-incidents-lock": runbook-actions lock r8\.1-next until .+\); the next run writes what is missing$/);
    await lock.release();
    expect(lockHolder(gh)).toContain(' r8.1-next ');
  });

  it('creates no issue once its lock has been taken over, and says why', async () => {
    const { gh, api } = await github();
    // While this run lists the labels (after its re-read, before its create), its lock expires and another run takes it.
    const held = gh.hold({ method: 'GET', path: /\/labels$/, until: { path: /^\/go$/ } });
    const outcome = sync(api, [failing()], {}, 'r7.1-slow');
    await held.reached;
    (gh.labels.find((l) => l.name === LOCK_LABEL) as { description: string }).description = lockDescription('r8.1-next', Date.now() + 60_000);
    await fetch(`${gh.url}/go`);
    expect((await outcome).error).toMatch(/^this run lost the incidents lock while writing \(label "runbook-incidents-lock": runbook-actions lock r8\.1-next until .+\); the next run writes what is missing$/);
    expect(gh.issues).toEqual([]);
    expect(lockHolder(gh)).toContain(' r8.1-next ');
  });

  it('counts a lock that already names this run as held (its create succeeded, the answer was lost)', async () => {
    const { gh, api } = await github();
    gh.labels.push({ id: 98, name: LOCK_LABEL, color: 'ededed', description: lockDescription('r4.1-me', Date.now() + 60_000) });
    const waits: number[] = [];
    const lock = await acquireLock(api, { owner: 'r4.1-me', sleep: async (ms) => void waits.push(ms) });
    expect(waits).toEqual([]);
    await lock.release();
    expect(gh.labels.map((l) => l.name)).not.toContain(LOCK_LABEL);
  });

  it('gives up within its time limit, with backoff, when the lock label can neither be created nor read', async () => {
    const { gh, api } = await github();
    gh.inject({ method: 'POST', path: /\/labels$/, status: 422, body: { message: 'Validation Failed' }, times: 1_000 });
    let clock = Date.now();
    await expect(acquireLock(api, { owner: 'r5.1', maxWaitMs: 5_000, now: () => clock, sleep: async (ms) => void (clock += ms) })).rejects.toThrow(/held the incidents lock for over 5s/);
    expect(gh.calls('POST', /\/labels$/).length).toBeLessThan(15);
  });

  it('never opens two issues when two runs open the same incident at once', async () => {
    const { gh, api } = await github();
    // Run A's create waits until run B has been refused the lock: both planned to open the issue.
    gh.hold({ method: 'POST', path: /\/issues$/, until: { method: 'POST', path: /\/labels$/, where: (b) => String(b.description).includes(' run-b '), status: 422 } });
    const [a, b] = await Promise.all([sync(api, [failing()], {}, 'run-a'), sync(api, [failing()], {}, 'run-b')]);
    expect(gh.issues).toHaveLength(1);
    expect([a, b].map((o) => o.changes[0]?.events.map((e) => e.type))).toEqual([['opened'], ['updated']]);
    expect(parseMarker(gh.issue(1)?.body)?.count).toBe(2);
  });

  it('never opens two issues when two runs take over an expired lock at once', async () => {
    const { gh, api } = await github();
    gh.labels.push({ id: 99, name: LOCK_LABEL, color: 'ededed', description: lockDescription('r1.1-dead', Date.now() - 1_000) });
    gh.hold({ method: 'GET', path: /\/labels\/runbook-incidents-lock$/, delay: 'answer', until: { method: 'POST', path: /\/labels$/, where: (b) => String(b.description).includes(' run-b '), status: 201 } });
    const outcomes = await Promise.all([sync(api, [failing()], {}, 'run-a'), sync(api, [failing()], {}, 'run-b')]);
    expect(outcomes.map((o) => o.error)).toEqual([undefined, undefined]);
    expect(gh.issues).toHaveLength(1);
    expect(outcomes.map((o) => o.changes[0]?.events[0]?.type).sort()).toEqual(['opened', 'updated']);
    expect(gh.labels.map((l) => l.name)).not.toContain(LOCK_LABEL);
  });

  it('creates one issue, one comment and one close when GitHub does the write but the answer is lost', async () => {
    const { gh, api } = await github();
    gh.inject({ method: 'POST', path: /\/issues$/, lose: true });
    const opened = await sync(api, [failing()]);
    expect(opened.error).toBeUndefined();
    expect(gh.issues).toHaveLength(1);
    expect(opened.changes[0]?.issue?.number).toBe(1);
    expect(gh.calls('POST', /\/issues$/).map((r) => r.lost ?? false)).toEqual([true]);

    gh.inject({ method: 'POST', path: /\/comments$/, lose: true });
    const changed = await sync(api, [failing({ summary: 'expected status 200, got 404' })]);
    expect(changed.error).toBeUndefined();
    expect(gh.issue(1)?.comments).toHaveLength(1);

    gh.inject({ method: 'PATCH', path: /\/issues\/1$/, where: (b) => b.state === 'closed', lose: true });
    const closed = await sync(api, [passing()]);
    expect(closed.error).toBeUndefined();
    expect(gh.issue(1)).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(gh.issue(1)?.comments).toHaveLength(2);
    expect(gh.calls('PATCH', /\/issues\/1$/).filter((r) => (r.body as { state?: string }).state === 'closed').map((r) => r.lost ?? false)).toEqual([true, false]);
  });

  it('writes a title, a body and comments GitHub accepts, however long the failure', async () => {
    const { gh, api } = await github();
    const subject = `svc-${'x'.repeat(300)}`;
    const reason = `expected status 200, got 500: ${'e'.repeat(100_000)}`;
    const outcome = await sync(api, [failing({ subject, summary: reason, evidence: { body: 'b'.repeat(900) } })]);
    expect(outcome.error).toBeUndefined();
    expect(gh.calls('POST', /\/issues$/).map((r) => r.status)).toEqual([201]);
    const issue = gh.issue(1);
    expect(issue?.title).toHaveLength(256);
    expect(issue?.title.endsWith('x…')).toBe(true);
    expect(issue?.body?.length).toBeLessThanOrEqual(65_536);
    expect(issue?.body).toMatch(/…\([\d,]+ more characters cut here to fit GitHub's limit of 65,536 per issue or comment\)$/);
    expect(parseMarker(issue?.body)).toMatchObject({ id: failing().id, count: 1 });
    await sync(api, [failing({ subject, summary: `connection refused ${'r'.repeat(100_000)}` })]);
    expect(gh.calls('POST', /\/comments$/).map((r) => r.status)).toEqual([201]);
    expect(gh.issue(1)?.comments[0]?.body.length).toBeLessThanOrEqual(65_536);
  });

  it('warns, naming them, when GitHub leaves out assignees it cannot assign', async () => {
    const { gh, api } = await github({ assignable: ['oncall'] });
    const outcome = await sync(api, [failing()], { assignees: { P1: ['oncall', 'nobody'] } });
    expect(outcome.error).toBeUndefined();
    expect(gh.calls('POST', /\/assignees$/).map((r) => r.status)).toEqual([201]);
    expect(gh.issue(1)?.assignees).toEqual(['oncall']);
    expect(outcome.warnings).toEqual(['GitHub did not assign @nobody to #1: they cannot be assigned in this repository (no access, or a typo in `incidents.assignees` or `escalate.<P>.assignees`)']);
  });
});
