import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runAction } from '../harness/run-action.ts';
import { sendJson, startServer } from '../harness/http-server.ts';

interface Step {
  name?: string;
  id?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Workflow {
  on: { schedule?: Array<{ cron: string }>; workflow_dispatch?: { inputs?: Record<string, { options?: string[] }> }; workflow_call?: { inputs?: Record<string, unknown> } };
  permissions: Record<string, string>;
  jobs: Record<string, { env?: Record<string, string>; with?: Record<string, string>; strategy?: { matrix?: Record<string, unknown> }; steps: Step[] }>;
}
const report = parse(readFileSync(join(ROOT, '.github/workflows/report.yml'), 'utf8')) as Workflow;
const checks = parse(readFileSync(join(ROOT, '.github/workflows/checks.yml'), 'utf8')) as Workflow;
const nightly = parse(readFileSync(join(ROOT, '.github/workflows/nightly.yml'), 'utf8')) as Workflow;
const watchdog = parse(readFileSync(join(ROOT, '.github/workflows/watchdog.yml'), 'utf8')) as Workflow;

/** The artifact name a check job of checks.yml uploads its results under, by running its naming step. */
function artifactName(job: string, environment: string, shard: string): string {
  const step = checks.jobs[job]?.steps.find((s) => s.id === 'artifact') as Step;
  const output = join(mkdtempSync(join(tmpdir(), 'runbook-artifact-')), 'output');
  writeFileSync(output, '');
  const run = spawnSync('bash', ['-e', '-c', step.run ?? ''], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ENVIRONMENT: environment, SHARD: shard, GITHUB_OUTPUT: output } });
  expect(run.status, run.stderr).toBe(0);
  expect(step.env).toEqual({ ENVIRONMENT: '${{ matrix.environment }}', SHARD: '${{ matrix.shard }}' });
  return /^name=(.*)$/m.exec(readFileSync(output, 'utf8'))?.[1] ?? '';
}

describe('report.yml', () => {
  it('runs daily 09:xx, Monday 10:xx and on the 1st 10:xx JST, each off the top of the hour', () => {
    const crons = (report.on.schedule ?? []).map((s) => s.cron);
    expect(crons).toEqual(['4 0 * * *', '13 1 * * 1', '17 1 1 * *']);
    for (const cron of crons) expect(Number(cron.split(' ')[0])).toBeGreaterThan(2);
    const period = report.jobs.report?.env?.PERIOD ?? '';
    for (const [cron, name] of [['4 0 * * *', 'daily'], ['13 1 * * 1', 'weekly']]) expect(period).toContain(`github.event.schedule == '${cron}' && '${name}'`);
  });

  it('is dispatched with a period, callable from another repository, with least privilege', () => {
    expect(report.on.workflow_dispatch?.inputs?.period?.options).toEqual(['daily', 'weekly', 'monthly', 'run']);
    expect(Object.keys(report.on.workflow_call?.inputs ?? {})).toContain('period');
    expect(report.permissions).toEqual({ contents: 'read', issues: 'write', actions: 'read' });
  });

  it("reads the checks' result files, which every check job of checks.yml uploads", () => {
    const steps = report.jobs.report?.steps ?? [];
    expect(steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))?.with?.pattern).toBe('results-*');
    expect(steps.find((s) => s.uses === './.runbook-actions/actions/report')?.with?.results).toBe('results/**/*.json');
    for (const job of ['smoke-test', 'cert-check', 'backup-verify', 'status-check']) {
      const jobSteps = checks.jobs[job]?.steps ?? [];
      expect(jobSteps.find((s) => s.uses === `./.runbook-actions/actions/${job}`)?.with?.['results-file']).toMatch(/^\$\{\{ runner\.temp \}\}\/results\//);
      expect(jobSteps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))?.with?.name).toBe('${{ steps.artifact.outputs.name }}');
    }
  });
});

describe('shards in the nightly', () => {
  it('spreads each sharded check job over a matrix of shards, each uploading results-<kind>-<environment>-<i>of<n>', () => {
    expect(JSON.parse(nightly.jobs.checks?.with?.shards ?? '[]')).toEqual(['1/2', '2/2']);
    for (const job of ['smoke-test', 'cert-check', 'backup-verify', 'status-check']) {
      expect(checks.jobs[job]?.strategy?.matrix?.shard).toBe('${{ fromJSON(inputs.shards) }}');
      expect(checks.jobs[job]?.steps.find((s) => s.uses === `./.runbook-actions/actions/${job}`)?.with?.shard).toBe('${{ matrix.shard }}');
      expect(artifactName(job, 'production', '2/2')).toBe(`results-${job}-production-2of2`);
    }
  });

  it('the report merges the downloaded shard artifacts and shows an empty and a missing shard as missing', async () => {
    const service = await startServer(Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`/svc-${i}`, (_q, res) => sendJson(res, 200, { status: 'healthy' })])));
    try {
      const urls = Array.from({ length: 9 }, (_, i) => `${service.url}/svc-${i}`).join('\n');
      // As actions/download-artifact lays them out: one directory per artifact under results/.
      const cwd = mkdtempSync(join(tmpdir(), 'runbook-shards-'));
      const dir = (shard: string): string => {
        const path = join(cwd, 'results', artifactName('smoke-test', 'production', shard));
        mkdirSync(path, { recursive: true });
        return join(path, 'smoke-test-production.json');
      };
      const first = await runAction('smoke-test', { urls, shard: '1/3', 'open-issues': 'false', 'results-file': dir('1/3') });
      expect(first.exitCode).toBe(0);
      // Shard 2's job died while writing its file; shard 3's uploaded nothing.
      writeFileSync(dir('2/3'), '');
      const step = report.jobs.report?.steps.find((s) => s.uses === './.runbook-actions/actions/report') as Step;
      const run = await runAction('report', { results: step.with?.results ?? '' }, { cwd });
      expect(run.exitCode).toBe(1);
      expect(run.summary).toContain('- ❌ shard smoke-test production 2/3: no results');
      expect(run.summary).toContain('- ❌ shard smoke-test production 3/3: no results');
      const errors = run.annotations.map((a) => a.message);
      expect(errors).toContain('report: results file results/results-smoke-test-production-2of3/smoke-test-production.json: empty; shown in the report as missing');
      expect(errors.filter((e) => /shard smoke-test production \d\/3 has no results/.test(e))).toHaveLength(2);
    } finally {
      await service.close();
    }
  });
});

describe('watchdog.yml', () => {
  it('runs on its own schedule, off the top of the hour, with contents: read (its checkout, in a private repository too), actions: read and issues: write', () => {
    const crons = (watchdog.on.schedule ?? []).map((s) => s.cron);
    expect(crons.length).toBeGreaterThan(0);
    for (const cron of crons) expect(Number(cron.split(' ')[0])).toBeGreaterThan(2);
    expect(crons).not.toContain(nightly.on.schedule?.[0]?.cron);
    expect(watchdog.on).toHaveProperty('workflow_dispatch');
    expect(watchdog.permissions).toEqual({ contents: 'read', actions: 'read', issues: 'write' });
    expect(watchdog.jobs.watchdog?.steps[0]?.uses).toMatch(/^actions\/checkout@/);
    const step = watchdog.jobs.watchdog?.steps.find((s) => s.uses === './actions/watchdog');
    expect(step?.with?.workflows?.trim()).toBe('nightly.yml');
    expect(step?.with?.['max-silence']).toBe('26h');
  });
});
