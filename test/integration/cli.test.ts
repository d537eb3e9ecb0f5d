import { CERT_CHECK, DEPLOY, ROLLBACK, SMOKE_TEST, shownDefault, type ActionDefinition } from '@runbook/action-inputs';
import type { CheckResult } from '@runbook/core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeCloudRun } from '../fakes/cloud-run-api.ts';
import { backendTaskDefinition, CLUSTER, FakeEcs } from '../fakes/ecs-api.ts';
import { BACKEND } from '../fakes/ecs-config.ts';
import { sendJson, startServer, type TestServer } from '../harness/http-server.ts';
import { ROOT } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ '/health': (_q, res) => sendJson(res, 200, { status: 'healthy' }), '/down': (_q, res) => sendJson(res, 503, {}) });
});
afterAll(() => server.close());

const temp = () => mkdtempSync(join(tmpdir(), 'runbook-cli-'));
const oneLine = (text: string) => text.trim().split('\n');

describe('the runbook CLI', () => {
  it('runs the smoke-test engine from a terminal with the action input names as flags', async () => {
    const cwd = temp();
    const ok = await runCli(['smoke-test', '--url', `${server.url}/health`, '--expect-json', '{"status":"healthy"}'], cwd);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('smoke-test: all 1 URLs passed');
    const down = await runCli(['smoke-test', '--url', `${server.url}/down`, '--retries', '0'], cwd);
    expect(down.code).toBe(1);
    expect(down.stdout).toMatch(/fail P1 .*expected status 200, got 503/);
  });

  it('rejects a bad flag value in one line', async () => {
    const run = await runCli(['smoke-test', '--url', `${server.url}/health`, '--timeout', 'soon'], tmpdir());
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('runbook: --timeout: expected a positive duration like 500ms, 10s, 5m or 26h, got "soon"');
  });

  it('names the flag the user typed, alias or input name', async () => {
    const alias = await runCli(['smoke-test', '--url', 'ftp://x'], tmpdir());
    expect(alias.code).toBe(1);
    expect(oneLine(alias.stderr)).toEqual([expect.stringMatching(/^runbook: --url: /)]);
    const name = await runCli(['smoke-test', '--urls', 'ftp://x'], tmpdir());
    expect(oneLine(name.stderr)).toEqual([expect.stringMatching(/^runbook: --urls: /)]);
  });

  it('refuses an unknown flag, command or argument in one line naming it, before any check runs', async () => {
    const flag = await runCli(['smoke-test', '--url', `${server.url}/health`, '--tiemout', '5s'], tmpdir());
    expect(flag.code).toBe(1);
    expect(flag.stderr).toBe('runbook: --tiemout: unknown flag (see runbook smoke-test --help)\n');
    expect(flag.stdout).toBe('');
    const workflowOnly = await runCli(['cert-check', '--github-token', 'x'], tmpdir());
    expect(workflowOnly.stderr).toBe('runbook: --github-token: unknown flag (see runbook cert-check --help)\n');
    const command = await runCli(['smoke-tset'], tmpdir());
    expect(command.code).toBe(1);
    expect(oneLine(command.stderr)).toEqual(['runbook: smoke-tset: unknown command; try: demo, smoke-test, cert-check, backup-verify, status-check, deploy, rollback (see runbook --help)']);
  });

  it('prints its version from package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = await runCli(['--version'], tmpdir());
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`runbook ${version}\n`);
  });

  it('prints the commands for -h, --help, help and no arguments', async () => {
    for (const args of [['-h'], ['--help'], ['help'], []]) {
      const run = await runCli(args, tmpdir());
      expect(run.code, args.join(' ')).toBe(0);
      for (const command of ['demo', 'smoke-test', 'cert-check', 'backup-verify', 'deploy', 'rollback']) expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
  });

  // The help is made from the action's input definition, like action.yml: every flag, its description and default.
  describe.each([SMOKE_TEST, CERT_CHECK, DEPLOY, ROLLBACK].map((a) => [a.name, a] as const))('%s help', (name, action: ActionDefinition) => {
    it.each([['-h'], ['--help'], ['--url', 'x', '-h'], ['help']])('for %s lists exactly its flags, with descriptions and defaults, and runs nothing', async (...args) => {
      const argv = args[0] === 'help' ? ['help', name] : [name, ...args];
      const run = await runCli(argv, tmpdir());
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      const flags = [...run.stdout.matchAll(/^ {2}(--[a-z0-9-]+)/gm)].map((m) => m[1]);
      const inputs = Object.entries(action.inputs).filter(([, input]) => input.cli !== false);
      expect(flags).toEqual([...inputs.map(([input]) => `--${input}`), '--json']);
      const text = run.stdout.replace(/\s+/g, ' ');
      for (const [input, definition] of inputs) {
        expect(text, input).toContain(definition.description);
        if (definition.default !== undefined) expect(text, input).toContain(`Default: ${shownDefault(definition)}.`);
        if (definition.cli) expect(text).toContain(`--${input}, --${definition.cli.alias} `);
      }
    });
  });

  it('prints the demo help for demo --help, -h and help demo, and runs no demo', async () => {
    for (const argv of [['demo', '--help'], ['demo', '-h'], ['help', 'demo']]) {
      const cwd = temp();
      const run = await runCli(argv, cwd);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^runbook demo: /);
      expect(existsSync(join(cwd, '.runbook-demo'))).toBe(false);
    }
  });

  it('prints the results as JSON on stdout with --json, the table on stderr', async () => {
    const run = await runCli(['smoke-test', '--url', `${server.url}/health`, '--url', `${server.url}/down`, '--retries', '0', '--json'], temp());
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as CheckResult[];
    expect(results.map((r) => [r.target, r.status])).toEqual([
      [`${server.url}/health`, 'pass'],
      [`${server.url}/down`, 'fail'],
    ]);
    expect(run.stderr).toContain('smoke-test: 1 of 2 URLs failing');
  });

  it('runs backup-verify from a terminal: the same engine and codes, list flags repeated', async () => {
    const cwd = temp();
    mkdirSync(join(cwd, 'backups', 'day1'), { recursive: true });
    writeFileSync(join(cwd, 'backups', 'day1', '.env'), 'SECRET_KEY=cli-value-not-shown\n');
    const run = await runCli(['backup-verify', '--source', join(cwd, 'backups'), '--require', '.env', '--env-key', 'SECRET_KEY', '--env-key', 'DATABASE_URL', '--json'], cwd);
    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout) as CheckResult[];
    expect([result?.id, result?.evidence.code, result?.summary]).toEqual(['backup:default/backups', 'ENV_KEY_MISSING', 'ENV_KEY_MISSING: day1/.env does not set DATABASE_URL']);
    expect(run.stdout + run.stderr).not.toContain('cli-value-not-shown');
  });

  it('writes the results JSON to --results-file, making its directory, or refuses before any check', async () => {
    const cwd = temp();
    const run = await runCli(['cert-check', '--host', `127.0.0.1:${server.port}`, '--retries', '0', '--results-file', 'out/nightly/certs.json'], cwd);
    expect(run.code).toBe(1);
    const results = JSON.parse(readFileSync(join(cwd, 'out/nightly/certs.json'), 'utf8')) as CheckResult[];
    expect(results.map((r) => [r.kind, r.target, r.status])).toEqual([['cert-check', `127.0.0.1:${server.port}`, 'fail']]);
    writeFileSync(join(cwd, 'blocker'), '');
    const before = server.total();
    const refused = await runCli(['smoke-test', '--url', `${server.url}/health`, '--results-file', 'blocker/results.json'], cwd);
    expect(refused.code).toBe(1);
    expect(oneLine(refused.stderr)).toEqual(['runbook: --results-file: cannot create the directory of blocker/results.json (EEXIST)']);
    expect(server.total()).toBe(before);
  });

  it('tells what to do about a failing check in --locale, else the config file\'s locale, else English', async () => {
    const down = ['smoke-test', '--url', `${server.url}/down`, '--retries', '0'];
    const en = await runCli(down, temp());
    expect(en.stdout).toContain(`What to do: ${new URL(server.url).host} ${server.url}/down\n  Runbook 001, P1 first response`);
    const ja = await runCli([...down, '--locale', 'ja'], temp());
    expect(ja.stdout).toContain(`対応手順: ${new URL(server.url).host} ${server.url}/down`);
    expect(ja.stdout).not.toContain('What to do');
    const cwd = temp();
    writeFileSync(join(cwd, 'runbook.yml'), `version: 1\nlocale: ja\nenvironments:\n  production:\n    services:\n      api:\n        health:\n          - url: ${server.url}/down\n            retries: 0\n`);
    const fromConfig = await runCli(['smoke-test', '--config', 'runbook.yml', '--environment', 'production'], cwd);
    expect(fromConfig.stdout).toContain(`対応手順: api ${server.url}/down`);
    const bad = await runCli([...down, '--locale', 'fr'], temp());
    expect(oneLine(bad.stderr)).toEqual(['runbook: --locale: expected one of en, ja, got "fr"']);
  });

  it('runs the demo: finds the degraded service, passes basic auth, writes the report, prints no secret', async () => {
    const cwd = temp();
    const run = await runCli(['demo'], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/ai\s+http:\/\/127\.0\.0\.1:\d+\/api\/v1\/ai\/health\s+fail P1/);
    expect(run.stdout).toMatch(/estimator\s+http:\/\/127\.0\.0\.1:\d+\/api\/v1\/health\s+pass/);
    const summary = readFileSync(join(cwd, '.runbook-demo/summary.md'), 'utf8');
    expect(summary).toContain('ollama_reachable');
    const results = JSON.parse(readFileSync(join(cwd, '.runbook-demo/results.json'), 'utf8')) as unknown[];
    expect(results.length).toBeGreaterThanOrEqual(3);
    expect(run.stdout + run.stderr + summary).not.toContain('demo-password');
  });

  describe('deploy and rollback on ECS (the real SDK against the ECS double)', () => {
    let ecs: FakeEcs;
    beforeAll(async () => {
      ecs = await FakeEcs.start({
        clusters: [CLUSTER],
        taskDefinitions: [backendTaskDefinition('main-aaa1111'), backendTaskDefinition('main-bbb2222')],
        services: [{ cluster: CLUSTER, name: BACKEND, taskDefinition: 'keiba-backend:2', rollouts: [{ outcome: 'complete', afterPolls: 1 }] }],
      });
    });
    afterAll(() => ecs.close());
    const target = ['--services', BACKEND, '--cluster', CLUSTER, '--poll-interval', '100ms'];

    it('runbook deploy --dry-run plans the deploy from the same inputs and writes nothing', async () => {
      // A bare --dry-run is true, also when another flag follows it.
      const run = await runCli(['deploy', '--dry-run', ...target, '--image-tag', 'main-ccc3333', '--json'], temp(), ecs.env());
      expect(run.stderr).not.toMatch(/^runbook: /m);
      expect(run.code).toBe(0);
      expect(ecs.writes()).toEqual([]);
      const [result] = JSON.parse(run.stdout) as CheckResult[];
      expect([result?.id, result?.status, result?.summary]).toEqual([`deploy:default/${BACKEND}`, 'pass', 'dry run: keiba-backend:2 → a new revision of keiba-backend']);
      expect(run.stderr).toContain('- app: keiba-backend:main-bbb2222 → main-ccc3333');
    });

    it('runbook rollback goes back to the previous revision, and --dry-run false is a real run', async () => {
      const dry = await runCli(['rollback', ...target, '--dry-run'], temp(), ecs.env());
      expect(dry.code).toBe(0);
      expect(dry.stdout).toContain('dry run for production-keiba-backend: nothing changed');
      expect(ecs.writes()).toEqual([]);
      const run = await runCli(['rollback', ...target, '--dry-run', 'false'], temp(), ecs.env());
      expect(run.code).toBe(0);
      expect(ecs.writes()).toEqual(['UpdateService']);
      expect(ecs.servingRevision(CLUSTER, BACKEND)).toBe('keiba-backend:1');
      expect(run.stdout).toMatch(/rollback: rolled back production-keiba-backend in /);
      expect(run.stdout).toMatch(/keiba-backend:2\s+keiba-backend:1\s+pass/);
    });

    it('refuses a bad deploy flag in one line before any call', async () => {
      const before = ecs.requests.length;
      const run = await runCli(['deploy', ...target, '--image-tag', 'main-ddd4444', '--wait-timeout', 'soon'], temp(), ecs.env());
      expect(run.code).toBe(1);
      expect(oneLine(run.stderr)).toEqual([expect.stringMatching(/^runbook: --wait-timeout: /)]);
      expect(ecs.requests.length).toBe(before);
    });
  });

  it('runbook deploy --platform cloud-run --dry-run reads the service through the Admin API and writes nothing', async () => {
    const cr = await FakeCloudRun.start({ services: [{ name: 'sagebase-streamlit', revisions: [{ name: 'sagebase-streamlit-00001-aaa', image: 'asia-northeast1-docker.pkg.dev/p/app/sagebase:main-a' }] }] });
    try {
      const where = ['--platform', 'cloud-run', '--project', cr.project, '--region', cr.region, '--service', 'sagebase-streamlit', '--api-endpoint', cr.endpoint];
      const run = await runCli(['deploy', ...where, '--image', 'asia-northeast1-docker.pkg.dev/p/app/sagebase:main-b', '--dry-run', '--json'], temp());
      expect(run.stderr).not.toMatch(/^runbook: /m);
      expect(run.code).toBe(0);
      const [result] = JSON.parse(run.stdout) as CheckResult[];
      expect([result?.kind, result?.status, result?.target]).toEqual(['deploy', 'pass', `cloud-run:${cr.project}/${cr.region}/sagebase-streamlit`]);
      expect(result?.summary).toMatch(/^dry run: sagebase-streamlit-00001-aaa → /);
      expect(cr.kinds()).toContain('GetService');
      expect(cr.writes()).toEqual([]);
      // An input of the other platform is refused in one line, naming the flag.
      const refused = await runCli(['deploy', ...where, '--image-tag', 'main-b', '--dry-run'], temp());
      expect(refused.code).toBe(1);
      expect(oneLine(refused.stderr)).toEqual([expect.stringMatching(/^runbook: --image-tag: .*cloud-run/)]);
    } finally {
      await cr.close();
    }
  });
});
