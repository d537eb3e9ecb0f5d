import { ACTIONS, BACKUP_VERIFY, CERT_CHECK, DEPLOY, ROLLBACK, SMOKE_TEST, type ActionDefinition } from '@runbook/action-inputs';
import { renderActionYml, renderReadme } from '@runbook/action-inputs/files';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CLUSTER, FakeEcs, backendTaskDefinition } from '../fakes/ecs-api.ts';
import { BACKEND } from '../fakes/ecs-config.ts';
import { sendJson, startServer, type TestServer } from '../harness/http-server.ts';
import { ROOT, runAction, type ActionRun } from '../harness/run-action.ts';

// The schema that action.yml files must meet. SchemaStore's (used by action-validator) predates
// node24, so we check our own metadata here.
const ActionYml = z.strictObject({
  name: z.string().min(1),
  description: z.string().min(1),
  author: z.string().optional(),
  branding: z.strictObject({ icon: z.string(), color: z.string() }).optional(),
  inputs: z.record(
    z.string().regex(/^[a-z][a-z0-9-]*$/),
    z.strictObject({ description: z.string().min(10), required: z.boolean().optional(), default: z.string().optional() }),
  ),
  outputs: z.record(z.string(), z.strictObject({ description: z.string().min(5) })),
  runs: z.strictObject({ using: z.literal('node24'), main: z.string() }),
});

const directories = readdirSync(join(ROOT, 'actions')).filter((name) => existsSync(join(ROOT, 'actions', name, 'action.yml')));

it('has one input definition per action directory, and no definition without one', () => {
  expect(ACTIONS.map((a) => a.name).sort()).toEqual([...directories].sort());
});

describe.each(ACTIONS.map((a) => [a.name, a] as const))('actions/%s', (name, definition) => {
  const dir = join(ROOT, 'actions', name);
  const text = readFileSync(join(dir, 'action.yml'), 'utf8');
  const meta = ActionYml.parse(parse(text));

  it('runs the committed bundle on node24', () => {
    expect(meta.runs.main).toBe(`../../dist/${name}/index.js`);
    expect(existsSync(join(dir, meta.runs.main))).toBe(true);
  });

  it('has the action.yml its input definition makes (node scripts/action-files.ts)', () => {
    expect(text).toBe(renderActionYml(definition));
  });

  it('has the README input and output tables its input definition makes', () => {
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(readme).toBe(renderReadme(readme, definition));
  });
});

// Every input the code reads is declared: the reader built from the definition throws on any other
// name (a run that did would end in "which the action does not declare"). And every declared input is
// read: each action runs once with a recorder preloaded that notes the INPUT_* variables looked up.
describe('the code reads every input its definition declares', () => {
  let server: TestServer;
  let ecs: FakeEcs;
  beforeAll(async () => {
    server = await startServer({ '/health': (_q, res) => sendJson(res, 200, { status: 'ok' }) });
    ecs = await FakeEcs.start({
      clusters: [CLUSTER],
      taskDefinitions: [backendTaskDefinition('main-aaa1111')],
      services: [{ cluster: CLUSTER, name: BACKEND, taskDefinition: 'keiba-backend:1', rollouts: [] }],
    });
  });
  afterAll(async () => {
    await server.close();
    await ecs.close();
  });

  async function reads(definition: ActionDefinition, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<{ run: ActionRun; read: string[] }> {
    const file = join(mkdtempSync(join(tmpdir(), 'runbook-reads-')), 'reads.json');
    const preload = pathToFileURL(join(ROOT, 'test/harness/input-reads.mjs')).href;
    const run = await runAction(definition.name, inputs, { env: { ...env, NODE_OPTIONS: `--import=${preload}`, RUNBOOK_INPUT_READS: file } });
    return { run, read: JSON.parse(readFileSync(file, 'utf8')) as string[] };
  }

  const expectAllRead = (definition: ActionDefinition, { run, read }: { run: ActionRun; read: string[] }) => {
    expect(run.stdout + run.stderr).not.toContain('does not declare');
    expect(read.length).toBeGreaterThan(0);
    expect(Object.keys(definition.inputs).filter((name) => !read.includes(name))).toEqual([]);
  };

  /** A backup directory with one backup in it. */
  const backups = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'runbook-reads-backups-'));
    writeFileSync(join(dir, 'db.sql'), 'backup');
    return dir;
  };
  const ecsInputs = { services: BACKEND, cluster: CLUSTER, region: 'ap-northeast-1', 'poll-interval': '100ms', 'open-issues': 'false' };
  const cases: [ActionDefinition, () => Record<string, string>, () => Record<string, string>][] = [
    [SMOKE_TEST, () => ({ urls: `${server.url}/health` }), () => ({})],
    [CERT_CHECK, () => ({ hosts: `127.0.0.1:${new URL(server.url).port}`, retries: '0' }), () => ({})],
    [DEPLOY, () => ({ ...ecsInputs, 'image-tag': 'main-bbb2222', 'dry-run': 'true' }), () => ecs.env()],
    [ROLLBACK, () => ({ ...ecsInputs, 'dry-run': 'true' }), () => ecs.env()],
    [BACKUP_VERIFY, () => ({ source: backups(), 'open-issues': 'false' }), () => ({})],
  ];
  it.each(cases.map((c) => [c[0].name, ...c] as const))('%s', async (_name, definition, inputs, env) => {
    expectAllRead(definition, await reads(definition, inputs(), env()));
  });
});
