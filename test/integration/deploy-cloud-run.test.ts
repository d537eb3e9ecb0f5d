import type { CheckResult } from '@runbook/core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeCloudRun, type FakeCloudRunOptions, type ServiceSeed } from '../fakes/cloud-run-api.ts';
import { runAction } from '../harness/run-action.ts';

// The deploy action on Cloud Run: the bundled dist, the real @google-cloud/run client (REST), the
// Admin API double, whose service and tag URLs serve the revisions the traffic routes to.

const PROJECT = 'sagebase-prod';
const REGION = 'asia-northeast1';
const IMAGE = (tag: string) => `asia-northeast1-docker.pkg.dev/${PROJECT}/app/sagebase:${tag}`;

let fake: FakeCloudRun | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const sagebase = (extra: Partial<ServiceSeed> = {}): ServiceSeed => ({
  name: 'sagebase',
  revisions: [
    { name: 'sagebase-00040-abc', image: IMAGE('v40') },
    { name: 'sagebase-00041-xyz', image: IMAGE('v41'), env: { MODE: 'prod' } },
  ],
  ...extra,
});

async function start(options: FakeCloudRunOptions = {}): Promise<FakeCloudRun> {
  fake = await FakeCloudRun.start({ services: [sagebase()], operationPolls: 1, ...options });
  return fake;
}

/** A config with the service's health check on its own URL (`/health`). */
function config(cr: FakeCloudRun, extra = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'runbook-cloud-run-'));
  const path = join(dir, 'runbook.yml');
  writeFileSync(
    path,
    `version: 1
environments:
  production:
    services:
      sagebase:
        platform: cloud-run
        project: ${PROJECT}
        region: ${REGION}
${extra}        health:
          - url: ${cr.serviceUrl('sagebase')}/health
            expect: { json: { status: healthy } }
            retries: 0
`,
  );
  return path;
}

const deploy = (cr: FakeCloudRun, inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runAction('deploy', { 'api-endpoint': cr.endpoint, environment: 'production', 'poll-interval': '50ms', 'open-issues': 'false', ...inputs }, { env });
const results = (outputs: Record<string, string>) => JSON.parse(outputs.results ?? '[]') as CheckResult[];
const patches = (cr: FakeCloudRun) => cr.writes().filter((w) => w.kind === 'UpdateService');

describe('deploy to Cloud Run (the real client against the Admin API double)', () => {
  it('deploys an image: a named revision, LATEST 100 %, the previous split recorded; outputs revision, url, traffic', async () => {
    const cr = await start();
    const run = await deploy(cr, { config: config(cr), services: 'sagebase', image: IMAGE('v42'), 'revision-suffix': 'v42' });
    expect(run.exitCode, run.stderr + run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'pass', revision: 'sagebase-v42', 'previous-revision': 'sagebase-00041-xyz', url: cr.serviceUrl('sagebase'), 'tag-url': '', 'rolled-back': 'false' });
    expect(JSON.parse(run.outputs.traffic ?? '')).toEqual([{ revision: 'sagebase-v42', percent: 100 }]);
    expect(cr.serving('sagebase')).toEqual([{ revision: 'sagebase-v42', percent: 100 }]);
    const [patch] = patches(cr);
    expect(patch?.query.updateMask).toBe('template,traffic,annotations');
    expect((patch?.body.annotations as Record<string, string>)['runbook-actions/previous-traffic']).toBe(JSON.stringify([{ revision: 'sagebase-00041-xyz', percent: 100 }]));
    expect(cr.served.some((s) => s.path === '/health' && s.revision === 'sagebase-v42')).toBe(true);
    expect(results(run.outputs)[0]?.summary).toMatch(/^deployed sagebase-v42 in .*; smoke checks: 1 of 1 passed$/);
  });
});
