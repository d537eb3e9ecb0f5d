import { InputReader } from '@runbook/core';
import { planBackupVerify } from '@runbook/backups';
import { planSmokeTest } from '@runbook/http-probe';
import { planDeploy, planRollback } from '@runbook/platforms';
import { planReport } from '@runbook/report';
import { planCertCheck } from '@runbook/tls-inspect';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from './actions.ts';
import { BACKUP_VERIFY } from './backup-verify.ts';
import { CERT_CHECK } from './cert-check.ts';
import type { ActionDefinition } from './definition.ts';
import { DEPLOY } from './deploy.ts';
import { REPORT } from './report.ts';
import { ROLLBACK } from './rollback.ts';
import { SMOKE_TEST } from './smoke-test.ts';

describe.each(ACTIONS.map((a) => [a.name, a] as const))('%s definition', (_name, action) => {
  it('gives choices and booleans a default they accept', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      if (input.type === 'boolean' && input.default !== undefined) expect(['true', 'false'], name).toContain(input.default);
      if (input.type === 'choice') {
        expect(input.values?.length, name).toBeGreaterThan(1);
        if (input.default !== undefined) expect(input.values, name).toContain(input.default);
      }
      expect(Boolean(input.required) && input.default !== undefined, `${name}: required with a default`).toBe(false);
    }
  });
});

// The defaults the definition (and so action.yml and the CLI help) states are the ones the code
// falls back to: a plan made with every default written out equals the plan made without them.
describe('the engines fall back to the defaults the definitions state', () => {
  const label = (name: string) => `input "${name}"`;
  const withDefaults = (action: ActionDefinition, given: Record<string, string>) => {
    const defaults = Object.fromEntries(Object.entries(action.inputs).flatMap(([name, input]) => (input.default === undefined || input.default.includes('${{') ? [] : [[name, input.default]])));
    return [new InputReader((name) => given[name] ?? '', label), new InputReader((name) => given[name] ?? defaults[name] ?? '', label)] as const;
  };
  const ecs = { services: 'api', cluster: 'production', region: 'ap-northeast-1' };
  const cloudRun = { platform: 'cloud-run', service: 'sagebase', project: 'sagebase-prod', region: 'asia-northeast1' };

  it.each([
    ['smoke-test', SMOKE_TEST, { urls: 'https://example.com/health' }, (r: InputReader) => planSmokeTest(r, {})],
    ['cert-check', CERT_CHECK, { hosts: 'example.com' }, (r: InputReader) => planCertCheck(r)],
    ['deploy', DEPLOY, { ...ecs, 'image-tag': 'v2' }, (r: InputReader) => planDeploy(r, {})],
    ['rollback', ROLLBACK, ecs, (r: InputReader) => planRollback(r, {})],
    ['deploy on Cloud Run', DEPLOY, { ...cloudRun, image: 'gcr.io/p/web:v2' }, (r: InputReader) => planDeploy(r, {})],
    ['rollback on Cloud Run', ROLLBACK, cloudRun, (r: InputReader) => planRollback(r, {})],
    ['report', REPORT, { results: 'results/*.json' }, (r: InputReader) => planReport(r)],
    ['backup-verify', BACKUP_VERIFY, { source: '/backups/estimator' }, (r: InputReader) => planBackupVerify(r, () => undefined)],
  ] as const)('%s', async (_name, action, given, plan) => {
    const [bare, explicit] = withDefaults(action, given);
    expect(await plan(explicit)).toEqual(await plan(bare));
  });
});
