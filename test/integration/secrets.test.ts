import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-api.ts';
import { sendJson, startServer, type TestServer } from '../harness/http-server.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';

// Marker secrets, each with the characters that change its encoded forms: `"` and `\` (JSON), `/` (URLs).
const BASIC_PASSWORD = 'Mk1basic"q\\s/x';
const BEARER_TOKEN = 'Mk2bearer"q\\s/x';
const URL_PASSWORD = 'Mk3url"q\\s/x';
const ENV_TOKEN = 'Mk4env"q\\s/x';
const ENV_PASSWORD = 'Mk5envbasic"q\\s/x';
const SLASH_PASSWORD = 'Mk6sl/ash';

const b64 = (s: string): string => Buffer.from(s).toString('base64');
/** The marker and every form it may take on its way through a URL, a header or a JSON string. */
const forms = (secret: string, user?: string): string[] => [
  secret,
  encodeURIComponent(secret),
  b64(secret),
  JSON.stringify(secret).slice(1, -1),
  JSON.stringify(JSON.stringify(secret).slice(1, -1)).slice(1, -1),
  ...(user ? [b64(`${user}:${secret}`)] : []),
];

let echo: TestServer;
let gh: FakeGitHub;
/** How /echo/changing answers: first JSON holding the bearer token alone (failing expect-json), then a 500. */
let changing: 'json' | 'error' = 'json';
beforeAll(async () => {
  // Answers with what it received, as a misconfigured or debugging endpoint does.
  const echoed = (pick: (req: import('node:http').IncomingMessage) => string | undefined) => (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) =>
    sendJson(res, 200, { status: pick(req) ?? null });
  echo = await startServer({
    '/echo/authorization': echoed((req) => req.headers.authorization),
    '/echo/url': echoed((req) => req.url),
    '/echo-text/authorization': (req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end(req.headers.authorization ?? ''),
    '/echo/changing': (req, res) =>
      changing === 'json' ? sendJson(res, 200, { status: req.headers.authorization?.replace(/^Bearer /, '') ?? null }) : void res.writeHead(500, { 'content-type': 'text/plain' }).end(`upstream said: ${req.headers.authorization ?? ''}`),
  });
  gh = await startFakeGitHub();
});
afterAll(async () => {
  await echo.close();
  await gh.close();
});

interface Channels {
  run: ActionRun;
  resultsFile: string;
}

async function smoke(inputs: Record<string, string>, env: Record<string, string> = {}, { keepIssues = false } = {}): Promise<Channels> {
  if (!keepIssues) gh.reset();
  const resultsFile = join(mkdtempSync(join(tmpdir(), 'runbook-secrets-')), 'results.json');
  const run = await runAction(
    'smoke-test',
    { retries: '0', 'expect-json': '{"status":"healthy"}', 'results-file': resultsFile, 'github-token': gh.token, ...inputs },
    { env: { GITHUB_API_URL: gh.url, ...env } },
  );
  return { run, resultsFile };
}

/** Every place a value could be seen: the log and commands (not the masks themselves), outputs, summary, results file, issues. */
function everyChannel({ run, resultsFile }: Channels): Record<string, string> {
  const read = (file: string): string => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return '';
    }
  };
  return {
    log: run.log,
    stderr: run.stderr,
    commands: JSON.stringify(run.commands.filter((c) => c.name !== 'add-mask')),
    outputs: Object.values(run.outputs).join('\n'),
    summary: run.summary,
    'results file': read(resultsFile),
    issues: JSON.stringify(gh.issues.map((i) => ({ title: i.title, body: i.body, comments: i.comments.map((c) => c.body) }))),
  };
}

function expectNoLeak(channels: Channels, markers: string[]): void {
  const leaks = Object.entries(everyChannel(channels)).flatMap(([channel, text]) => markers.filter((m) => text.includes(m)).map((m) => `${channel}: ${m}`));
  expect(leaks).toEqual([]);
}

describe('no secret leaks from a server that echoes what it received', () => {
  it('basic-auth: the password alone, base64 of user:password, JSON-escaped', async () => {
    const channels = await smoke({ urls: `${echo.url}/echo/authorization\n${echo.url}/echo-text/authorization`, 'basic-auth': `opsuser:${BASIC_PASSWORD}` });
    expect(channels.run.exitCode).toBe(1);
    expect(gh.issues.length).toBeGreaterThan(0);
    expect(channels.run.summary).toContain('***');
    expectNoLeak(channels, forms(BASIC_PASSWORD, 'opsuser'));
    expect(channels.run.masks).toContain(BASIC_PASSWORD);
  });

  it('an Authorization: Bearer header: the token alone', async () => {
    const channels = await smoke({ urls: `${echo.url}/echo/authorization`, headers: `Authorization: Bearer ${BEARER_TOKEN}` });
    expect(channels.run.exitCode).toBe(1);
    expect(channels.run.log).toContain('got {"status":"***"}');
    expectNoLeak(channels, forms(BEARER_TOKEN));
    expect(channels.run.masks).toContain(BEARER_TOKEN);
  });

  it("a Bearer token stays masked in the next run's \"failure changed\" comment", async () => {
    const inputs = { urls: `${echo.url}/echo/changing`, headers: `Authorization: Bearer ${BEARER_TOKEN}` };
    changing = 'json';
    const first = await smoke(inputs);
    expect(first.run.exitCode).toBe(1);
    expectNoLeak(first, forms(BEARER_TOKEN));
    changing = 'error';
    const next = await smoke(inputs, {}, { keepIssues: true });
    expect(next.run.exitCode).toBe(1);
    const [issue] = gh.issues;
    expect(gh.issues).toHaveLength(1);
    expect(issue?.comments.map((c) => c.body).join('\n')).toContain('The failure changed. Now: expected status 200, got 500 (before: ` expected {"status":"healthy"}, got {"status":"***"} `)');
    expectNoLeak(next, forms(BEARER_TOKEN));
  });

  it('a URL with credentials: user and password, raw, decoded, and the Basic value the client sends', async () => {
    const url = (path: string): string => `http://urluser:${encodeURIComponent(URL_PASSWORD)}@127.0.0.1:${echo.port}${path}`;
    const channels = await smoke({ urls: `${url('/echo/authorization')}\n${url('/echo/url')}` });
    expect(channels.run.exitCode).toBe(1);
    expectNoLeak(channels, [...forms(URL_PASSWORD, 'urluser'), 'urluser']);
  });

  it('config: a header from ${VAR} and a basic-auth-env variable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'runbook-secrets-config-'));
    const config = join(dir, 'runbook.yml');
    writeFileSync(
      config,
      [
        'version: 1',
        'environments:',
        '  production:',
        '    services:',
        '      api:',
        '        health:',
        `          - url: ${echo.url}/echo/authorization`,
        '            headers: { Authorization: "Bearer ${API_TOKEN}" }',
        '            expect: { json: { status: healthy } }',
        `          - url: ${echo.url}/echo-text/authorization`,
        '            basic-auth-env: API_BASIC',
        '            expect: { body: healthy }',
        '',
      ].join('\n'),
    );
    const channels = await smoke({ config, environment: 'production', 'expect-json': '' }, { API_TOKEN: ENV_TOKEN, API_BASIC: `cfguser:${ENV_PASSWORD}` });
    expect(channels.run.exitCode).toBe(1);
    expect(gh.issues.length).toBe(2);
    expectNoLeak(channels, [...forms(ENV_TOKEN), ...forms(ENV_PASSWORD, 'cfguser')]);
  });

  it('a URL password holding / is not printed in the input error line', async () => {
    const channels = await smoke({ urls: `http://u:${SLASH_PASSWORD}@127.0.0.1:${echo.port}/echo/url` });
    expect(channels.run.exitCode).toBe(1);
    expect(channels.run.annotations.filter((a) => a.level === 'error')).toHaveLength(1);
    expectNoLeak(channels, forms(SLASH_PASSWORD));
  });
});
