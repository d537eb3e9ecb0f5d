import { parseMarker, renderMarker, type IncidentMarker } from '@runbook/incidents';
import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions, type FakeIssue, type LoggedRequest } from '../fakes/github-api.ts';
import { sendJson, startServer, type TestServer } from '../harness/http-server.ts';
import { COMMAND_PAYLOAD, expectNoCommandFromOutside } from '../harness/expectations.ts';
import { runAction } from '../harness/run-action.ts';

// The incident lifecycle, driven by the bundled smoke-test action against real loopback servers
// and the GitHub REST API double, as a workflow would run it.

let target: TestServer;
let mode: 'up' | 'slow' | 'down' = 'down';

beforeAll(async () => {
  const routes: Parameters<typeof startServer>[0] = {
    '/svc': (_req, res) => {
      if (mode === 'up') sendJson(res, 200, { status: 'ok' });
      else if (mode === 'slow') setTimeout(() => sendJson(res, 200, { status: 'ok' }), 400);
      else sendJson(res, 500, { error: 'boom' });
    },
    '/down': (_req, res) => sendJson(res, 500, { error: 'boom' }),
    '/up': (_req, res) => sendJson(res, 200, { status: 'ok' }),
  };
  for (let i = 0; i < 50; i++) routes[`/many/${i}`] = (_req, res) => sendJson(res, 503, { status: 'starting' });
  target = await startServer(routes);
});
afterAll(() => target.close());

const fakes: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});
async function github(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const fake = await startFakeGitHub(options);
  fakes.push(fake);
  return fake;
}

const smoke = (gh: FakeGitHub, inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runAction('smoke-test', { retries: '0', 'github-token': gh.token, ...inputs }, { env: { GITHUB_API_URL: gh.url, ...env } });

/** The requests one run made: call before the run, read after. */
function recorder(gh: FakeGitHub): () => LoggedRequest[] {
  const start = gh.requests.length;
  return () => gh.requests.slice(start);
}
const lists = (requests: LoggedRequest[], state: string) => requests.filter((r) => r.method === 'GET' && r.route === '/repos/acme/ops/issues' && r.query.state === state);
const writes = (requests: LoggedRequest[]) => requests.filter((r) => r.method !== 'GET');
const lastComment = (gh: FakeGitHub, n = 1) => gh.issue(n)?.comments.at(-1)?.body ?? '';

function configFile(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'runbook-incidents-'));
  writeFileSync(join(dir, 'runbook.yml'), yaml);
  return join(dir, 'runbook.yml');
}

/** A production environment whose api health check fails, with these `incidents:` lines (indented for it). */
const apiDownConfig = (incidents: string): string =>
  configFile(`version: 1\nenvironments:\n  production:\n    services:\n      api:\n        health:\n          - url: ${target.url}/down\n    incidents:\n      ${incidents}\n`);

describe('incident lifecycle', () => {
  it('opens, updates, changes, closes and reopens one issue for one failing check', async () => {
    const gh = await github();
    const inputs = { urls: `${target.url}/svc`, service: 'api', 'max-p95': '250ms' };

    // Run 1: slow (a missed p95 SLO, P3) → one new issue, labels created first.
    mode = 'slow';
    let run = recorder(gh);
    const r1 = await smoke(gh, inputs);
    expect(r1.exitCode).toBe(1);
    expect(gh.issues).toHaveLength(1);
    expect(gh.issue(1)).toMatchObject({ title: '[P3] api: health check failing', state: 'open', labels: ['incident', 'P3', 'smoke-test'], comments: [] });
    expect(parseMarker(gh.issue(1)?.body)).toMatchObject({ id: `http:default/api/${target.url}/svc`, count: 1, severity: 'P3' });
    expect(gh.issue(1)?.body).toContain('p95');
    expect(gh.issue(1)?.body).toContain('[nightly #1001](https://github.example/acme/ops/actions/runs/1001)');
    expect(gh.labels.map((l) => [l.name, l.color])).toEqual([
      ['incident', 'd73a4a'],
      ['P3', 'fbca04'],
      ['smoke-test', '1d76db'],
    ]);
    const firstCreate = run().findIndex((r) => r.method === 'POST' && r.route === '/repos/acme/ops/issues');
    expect(run().slice(0, firstCreate).filter((r) => r.method === 'POST' && r.route === '/repos/acme/ops/labels' && (r.body as { name: string }).name === 'P3')).toHaveLength(1);
    expect(lists(run(), 'open')).toHaveLength(1);
    expect(r1.summary).toContain('### Incidents');
    expect(r1.summary).toContain('| [#1](https://github.example/acme/ops/issues/1) | [P3] api: health check failing | opened |');

    // Run 2: still slow → the same issue's body is updated, no comment.
    run = recorder(gh);
    await smoke(gh, inputs);
    expect(gh.issues).toHaveLength(1);
    expect(gh.issue(1)?.comments).toEqual([]);
    expect(parseMarker(gh.issue(1)?.body)).toMatchObject({ count: 2, severity: 'P3' });
    expect(writes(run()).map((r) => [r.method, r.route, Object.keys(r.body as object)])).toEqual([['PATCH', '/repos/acme/ops/issues/1', ['body']]]);
    expect(lists(run(), 'open')).toHaveLength(1);
    expect(lists(run(), 'all')).toHaveLength(0);

    // Run 3: down (P1, worse) → one comment, relabelled and retitled.
    mode = 'down';
    run = recorder(gh);
    await smoke(gh, inputs);
    expect(gh.issues).toHaveLength(1);
    expect(gh.issue(1)?.comments).toHaveLength(1);
    expect(lastComment(gh)).toContain('Severity changed: **P3 → P1** (service fully down). Now: expected status 200, got 500');
    expect(gh.issue(1)).toMatchObject({ title: '[P1] api: health check failing', labels: ['incident', 'smoke-test', 'P1'] });
    expect(lists(run(), 'open')).toHaveLength(1);

    // Run 4: passes → a downtime comment, then closed.
    mode = 'up';
    const r4 = await smoke(gh, inputs);
    expect(r4.exitCode).toBe(0);
    expect(gh.issue(1)).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(lastComment(gh)).toMatch(/^✅ Recovered: the check passes again \(HTTP 200 in \d+ms\)\. Down for \*\*[\d.]+m?s\*\*, from .+ UTC to .+ UTC; seen failing in 3 runs\./);
    expect(r4.summary).toMatch(/\| \[#1\]\(.+\) \| \[P1\] api: health check failing \| closed after [\d.]+m?s down \|/);

    // Run 5: fails again within 24 h → the same issue is reopened, not a new one.
    mode = 'down';
    run = recorder(gh);
    const r5 = await smoke(gh, inputs);
    expect(r5.exitCode).toBe(1);
    expect(gh.issues).toHaveLength(1);
    expect(gh.issue(1)).toMatchObject({ state: 'open', state_reason: 'reopened' });
    expect(lastComment(gh)).toMatch(/^🔁 Failing again .+ after this incident was closed: expected status 200, got 500\. Reopened\./);
    expect(parseMarker(gh.issue(1)?.body)).toMatchObject({ count: 1, severity: 'P1' });
    expect(lists(run(), 'open')).toHaveLength(1);
    expect(lists(run(), 'all')).toHaveLength(1); // the re-read that found the closed issue
    expect(r5.summary).toContain('| reopened |');
  });

  it('makes one paginated list call per run for 50 failing checks', async () => {
    const gh = await github({ maxPerPage: 20 }); // GitHub's own maximum is 100; 20 makes 50 issues span 3 pages
    const inputs = { urls: Array.from({ length: 50 }, (_, i) => `${target.url}/many/${i}`).join('\n'), service: 'api', concurrency: '50' };
    const first = recorder(gh);
    await smoke(gh, inputs);
    expect(gh.issues).toHaveLength(50);
    expect(new Set(gh.issues.map((i) => i.title)).size).toBe(50);
    expect(gh.issue(1)?.title).toMatch(/^\[P1\] api: health check failing \(\/many\/\d+\)$/);
    expect(first().filter((r) => r.method === 'GET' && r.route === '/repos/acme/ops/issues')).toHaveLength(2); // the list, and the re-read before creating

    const second = recorder(gh);
    const run2 = await smoke(gh, inputs);
    expect(run2.exitCode).toBe(1);
    const listed = second().filter((r) => r.method === 'GET' && r.route.endsWith('/issues'));
    // One call, walked through its Link headers: page 1, then the `next` URLs GitHub gave.
    expect(listed.map((r) => [r.query.state, r.query.labels, r.query.page ?? '1'])).toEqual([
      ['open', 'incident', '1'],
      ['open', 'incident', '2'],
      ['open', 'incident', '3'],
    ]);
    expect(listed[0]?.query.per_page).toBe('100'); // the double pages by 20 whatever is asked, as a busy API may
    expect(second().filter((r) => r.method === 'PATCH')).toHaveLength(50);
    expect(second().filter((r) => r.method === 'POST')).toHaveLength(0);
    expect(second().filter((r) => r.route.includes('/labels'))).toHaveLength(0);
    expect(gh.issues.every((i) => i.comments.length === 0 && parseMarker(i.body)?.count === 2)).toBe(true);
  });

  it('says in the log and the summary when the issue list stops at its page limit', async () => {
    const gh = await github({ maxPerPage: 1 }); // 51 open incidents on pages of one: past the 50-page limit
    const marker = (i: number): IncidentMarker => ({ id: `other-${i}`, kind: 'smoke-test', since: new Date().toISOString(), last: new Date().toISOString(), count: 1, severity: 'P2', status: 'fail', summary: 'HTTP 500', escalated: [] });
    for (let i = 0; i < 51; i++) gh.seed({ title: `t${i}`, labels: ['incident'], body: renderMarker(marker(i)) });
    const run = await smoke(gh, { urls: `${target.url}/down` });
    expect(run.exitCode).toBe(1);
    const limit = 'the incident issue list stopped at its limit of 50 pages (5000 issues): some incidents may not be matched';
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'warning', message: expect.stringContaining(limit) }));
    expect(run.summary).toMatch(new RegExp(`### Incidents[\\s\\S]*${limit.replace(/[()]/g, '\\$&')}`));
  });

  it('never opens two issues for one failure when two runs write at the same moment', async () => {
    const gh = await github();
    // The first run's create waits until the second run has been refused the lock: both listed,
    // found nothing and planned to open the issue before either created it.
    const held = gh.hold({ method: 'POST', path: /^\/repos\/acme\/ops\/issues$/, until: { method: 'POST', path: /\/labels$/, where: (b) => b.name === 'runbook-incidents-lock', status: 422 } });
    const inputs = { urls: `${target.url}/down`, service: 'api' };
    const [a, b] = await Promise.all([smoke(gh, inputs), smoke(gh, inputs)]);
    await held.released;
    expect([a.exitCode, b.exitCode]).toEqual([1, 1]);
    expect(gh.issues).toHaveLength(1);
    expect(parseMarker(gh.issue(1)?.body)?.count).toBe(2);
    expect([a.summary, b.summary].map((s) => /\| (opened|still failing \(run 2\)) \|/.exec(s)?.[1]).sort()).toEqual(['opened', 'still failing (run 2)']);
    const create = gh.calls('POST', /\/issues$/);
    expect(create).toHaveLength(1);
    expect(gh.calls('GET', /\/issues$/).filter((r) => r.query.state === 'open' && !r.query.since && r.at < (create[0]?.at ?? 0))).toHaveLength(2);
    expect(gh.labels.map((l) => l.name)).not.toContain('runbook-incidents-lock');
  });

  it('never opens two issues when two runs take over an expired lock at the same moment', async () => {
    const gh = await github();
    gh.labels.push({ id: 900, name: 'runbook-incidents-lock', color: 'ededed', description: `runbook-actions lock r1.1-dead until ${new Date(Date.now() - 60_000).toISOString()}` });
    // One run reads the dead holder, and gets that answer only after the other has taken over.
    const stale = gh.hold({ method: 'GET', path: /\/labels\/runbook-incidents-lock$/, delay: 'answer', until: { method: 'POST', path: /\/labels$/, where: (b) => b.name === 'runbook-incidents-lock', status: 201 } });
    const inputs = { urls: `${target.url}/down`, service: 'api' };
    const [a, b] = await Promise.all([smoke(gh, inputs), smoke(gh, inputs)]);
    await stale.released;
    expect(gh.issues).toHaveLength(1);
    expect([a.summary, b.summary].map((s) => /\| (opened|still failing \(run 2\)) \|/.exec(s)?.[1]).sort()).toEqual(['opened', 'still failing (run 2)']);
    expect([...a.annotations, ...b.annotations].filter((x) => x.message.includes('incident'))).toEqual([]);
    expect(gh.labels.map((l) => l.name)).not.toContain('runbook-incidents-lock');
  });
});

describe('incident details', () => {
  it('writes titles, bodies and comments in Japanese with locale: ja', async () => {
    const gh = await github();
    await smoke(gh, { urls: `${target.url}/down`, service: 'api', locale: 'ja' });
    const issue = gh.issue(1);
    expect(issue?.title).toBe('[P1] api: ヘルスチェック失敗');
    for (const text of ['| **障害内容** |', 'のヘルスチェック', '| **障害レベル** | **P1**（緊急: サービス全停止）: 即時対応 |', '### エビデンス', '### 対応手順', 'Runbook 001「P1: サービス全停止」の初動対応', '| **発生時刻** | 20', ' JST |', ' JST（失敗の確認 1回） |']) {
      expect(issue?.body).toContain(text);
    }
    expect(gh.labels.find((l) => l.name === 'P1')?.description).toBe('P1: 緊急: サービス全停止');
    await smoke(gh, { urls: `${target.url}/down`, service: 'api', locale: 'ja', 'fail-on': 'never' }); // still failing
    await runAction('smoke-test', { urls: `${target.url}/up`, service: 'api', 'github-token': gh.token }, { env: { GITHUB_API_URL: gh.url } }); // another URL: leaves #1 alone
    expect(gh.issue(1)?.state).toBe('open');
  });

  it('takes the locale and the runbook steps from the config file', async () => {
    const gh = await github();
    const config = configFile(`version: 1
locale: ja
environments:
  production:
    services:
      estimator:
        runbook: "journalctl -u estimator -n 100; sudo systemctl restart estimator"
        health:
          - url: ${target.url}/down
`);
    await smoke(gh, { config, environment: 'production' });
    expect(gh.issue(1)?.title).toBe('[P1] estimator: ヘルスチェック失敗');
    expect(gh.issue(1)?.body).toContain('| **サービス** | estimator (production) |');
    expect(gh.issue(1)?.body).toContain('### 対応手順\n\njournalctl -u estimator -n 100; sudo systemctl restart estimator');
  });

  it('escalates an incident still open past `after` once, with mentions and assignees', async () => {
    const gh = await github();
    const config = apiDownConfig("assignees: { P1: [oncall] }\n      escalate: { P1: { after: 30m, mention: [cto, acme/infra], assignees: ['@infra-lead'] } }");
    const inputs = { config, environment: 'production' };
    await smoke(gh, inputs);
    expect(gh.issue(1)).toMatchObject({ assignees: ['oncall'], comments: [] });
    await smoke(gh, inputs); // 30 minutes have not passed
    expect(gh.issue(1)?.comments).toEqual([]);
    // The incident began 31 minutes ago, as far as the issue says: the double holds the state.
    const issue = gh.issue(1) as FakeIssue;
    const marker = parseMarker(issue.body) as IncidentMarker;
    issue.body = (issue.body ?? '').replace(renderMarker(marker), renderMarker({ ...marker, since: new Date(Date.now() - 31 * 60_000).toISOString() }));
    const r2 = await smoke(gh, inputs);
    expect(gh.issue(1)?.comments).toHaveLength(1);
    expect(lastComment(gh)).toMatch(/^@cto @acme\/infra Escalation: this P1 incident has lasted 31m( \d+s)?, over the 30m allowed for P1\. Assigned to @infra-lead\./);
    expect(gh.issue(1)?.assignees).toEqual(['oncall', 'infra-lead']);
    expect(parseMarker(gh.issue(1)?.body)?.escalated).toEqual(['P1']);
    expect(r2.summary).toContain('escalated to @cto @acme/infra, assigned @infra-lead');
    await smoke(gh, inputs);
    expect(gh.issue(1)?.comments).toHaveLength(1);
  });

  it('warns in the log and the summary when GitHub leaves out an assignee it cannot assign', async () => {
    const gh = await github({ assignable: ['oncall'] });
    const config = apiDownConfig('assignees: { P1: [oncall, nobody] }');
    const run = await smoke(gh, { config, environment: 'production' });
    expect(run.exitCode).toBe(1);
    expect(gh.issue(1)?.assignees).toEqual(['oncall']);
    const warning = 'GitHub did not assign @nobody to #1: they cannot be assigned in this repository';
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'warning', message: expect.stringContaining(warning) }));
    expect(run.summary).toContain(warning);
  });

  it('reports the check\'s failure and says why the issue could not be written when GitHub answers 5xx', async () => {
    const gh = await github();
    gh.inject({ method: 'POST', path: /^\/repos\/acme\/ops\/issues$/, status: 502, headers: { 'retry-after': '0' }, body: { message: 'Server Error' }, times: 10 });
    const run = await smoke(gh, { urls: `${target.url}/down`, service: 'api' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('fail');
    const errors = run.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toContain('expected status 200, got 500');
    expect(errors).toContain('smoke-test: 1 of 1 checks failing');
    expect(errors).toContain('smoke-test: the incident issues could not be written: GitHub API POST /repos/acme/ops/issues answered 502: Server Error (after 3 attempts)');
    expect(run.summary).toContain('❌ The incident issues could not be written');
    expect(gh.issues).toHaveLength(0);
    // Between attempts it looked for an issue the failed create might have made.
    expect(gh.calls('GET', /\/issues$/).filter((r) => r.query.since && r.query.state === 'open')).toHaveLength(2);
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });

  it("acts on no workflow command in GitHub's error text", async () => {
    const gh = await github();
    gh.inject({ method: 'POST', path: /^\/repos\/acme\/ops\/issues$/, status: 422, body: { message: `Validation Failed ${COMMAND_PAYLOAD.join('\n')}` } });
    const run = await smoke(gh, { urls: `${target.url}/down`, service: 'api' });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.map((a) => a.message)).toContainEqual(expect.stringMatching(/^smoke-test: the incident issues could not be written: GitHub API POST \/repos\/acme\/ops\/issues answered 422: Validation Failed /));
    expectNoCommandFromOutside(run);
  });

  it('keeps a passing run green with a warning when GitHub is down', async () => {
    const gh = await github();
    gh.inject({ method: 'GET', path: /\/issues$/, status: 503, headers: { 'retry-after': '0' }, body: { message: 'Service Unavailable' }, times: 10 });
    const run = await smoke(gh, { urls: `${target.url}/up`, service: 'api' });
    expect(run.exitCode).toBe(0);
    expect(gh.calls('GET', /\/issues$/)).toHaveLength(4);
    expect(run.annotations).toEqual([{ level: 'warning', message: 'smoke-test: the incident issues could not be written: GitHub API GET /repos/acme/ops/issues answered 503: Service Unavailable (after 4 attempts)' }]);
  });

  it('names the GitHub API and the request when a proxy answers with an HTML page', async () => {
    const gh = await github();
    gh.inject({ method: 'GET', path: /\/issues$/, status: 502, headers: { 'retry-after': '0' }, raw: { text: '<html>\n<head><title>502 Bad Gateway</title></head>\n<body>::warning::not from GitHub</body></html>', contentType: 'text/html' }, times: 10 });
    const run = await smoke(gh, { urls: `${target.url}/up`, service: 'api' });
    expect(run.exitCode).toBe(0);
    expect(run.annotations).toEqual([{ level: 'warning', message: 'smoke-test: the incident issues could not be written: GitHub API GET /repos/acme/ops/issues answered 502 with a non-JSON body (<html> <head><title>502 Bad Gateway</title></head> <body>::warning::not from GitHub</body></html>) (after 4 attempts)' }]);
  });

  it('reaches GitHub through the proxy the runner names', async () => {
    const gh = await github();
    const port = new URL(gh.url).port;
    // A CONNECT proxy, as on a self-hosted runner: it tunnels github.test to the double.
    const tunnels: string[] = [];
    const proxy = http.createServer((_req, res) => res.writeHead(405).end());
    proxy.on('connect', (req: http.IncomingMessage, client: Socket, head: Buffer) => {
      tunnels.push(req.url ?? '');
      const upstream = connect(Number(port), '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client).pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
      const run = await smoke(gh, { urls: `${target.url}/down`, service: 'api' }, { GITHUB_API_URL: `http://github.test:${port}`, http_proxy: proxyUrl, no_proxy: '' });
      expect(run.annotations.filter((a) => a.message.includes('could not be written'))).toEqual([]);
      expect(gh.issues).toHaveLength(1);
      expect(new Set(tunnels)).toEqual(new Set([`github.test:${port}`]));
    } finally {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    }
  });

  it('says the token needs issues: write when GitHub refuses the write', async () => {
    const gh = await github({ permission: 'read' });
    const run = await smoke(gh, { urls: `${target.url}/down`, service: 'api' });
    expect(run.exitCode).toBe(1);
    const line = run.annotations.find((a) => a.message.includes('could not be written'));
    expect(line?.level).toBe('error');
    expect(line?.message).toContain('answered 403: Resource not accessible by integration (the token needs `issues: write`');
  });

  it('keeps secrets out of issues and masks the token', async () => {
    const gh = await github();
    const password = 'S3cret-Pa55';
    const run = await smoke(gh, { urls: `${target.url}/down`, service: 'api', 'basic-auth': `ops:${password}` });
    expect(run.masks).toContain(gh.token);
    const written = JSON.stringify(gh.requests.map((r) => r.body));
    expect(written).toContain('health check failing');
    for (const secret of [password, Buffer.from(`ops:${password}`).toString('base64')]) expect(written).not.toContain(secret);
    expect(run.log + run.stderr + run.summary + JSON.stringify(run.annotations)).not.toContain(gh.token); // only the ::add-mask:: command names it
  });
});

describe('when no issues are written', () => {
  it('skips quietly with a notice when open-issues is false or there is no token', async () => {
    const gh = await github();
    const off = await smoke(gh, { urls: `${target.url}/down`, 'open-issues': 'false' });
    expect(off.exitCode).toBe(1);
    expect(off.summary).toContain('### Incidents\n\nNot written: `open-issues` is `false`.');
    const noToken = await smoke(gh, { urls: `${target.url}/down`, 'github-token': '' });
    expect(noToken.summary).toContain('Not written: no `github-token`');
    expect(gh.requests).toEqual([]);
    expect([...off.annotations, ...noToken.annotations].filter((a) => a.level === 'warning')).toEqual([]);
  });

  const badConfig = configFile(`version: 1\nincidents:\n  escalate: { P1: { after: soon } }\nenvironments:\n  production:\n    services:\n      api:\n        health:\n          - url: http://127.0.0.1:9/down\n`);
  const cases: Array<[string, Record<string, string>, Record<string, string>, RegExp]> = [
    ['an unknown locale', { locale: 'fr' }, {}, /^smoke-test: input "locale": expected one of en, ja, got "fr"$/],
    ['open-issues that is not a boolean', { 'open-issues': 'maybe' }, {}, /^smoke-test: input "open-issues": expected true or false, got "maybe"$/],
    ['a bad escalation in the config', { config: badConfig, environment: 'production' }, {}, /runbook\.yml: incidents\.escalate\.P1\.after: expected a positive duration like 500ms, 10s, 5m or 26h, got "soon"$/],
    ['no repository', {}, { GITHUB_REPOSITORY: '' }, /^smoke-test: GITHUB_REPOSITORY: expected owner\/name of the repository to open issues in, got ""$/],
    ['a repository name of 80 KB, cut', {}, { GITHUB_REPOSITORY: 'r'.repeat(80_000) }, new RegExp(`^smoke-test: GITHUB_REPOSITORY: expected owner/name of the repository to open issues in, got "${'r'.repeat(99)}…"$`)],
  ];
  it.each(cases)('rejects %s before anything is sent', async (_name, inputs, env, message) => {
    const gh = await github();
    const before = target.total();
    const run = await smoke(gh, { urls: `${target.url}/down`, ...inputs }, env);
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(message);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    expect(gh.requests).toEqual([]);
    expect(target.total()).toBe(before);
  });
});
