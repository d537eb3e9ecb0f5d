import { InputReader } from '@runbook/core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageTagValue, imageValue } from './images.ts';
import { planDeploy, planRollback, rollbackToValue } from './options.ts';

const reader = (inputs: Record<string, string>) => new InputReader((name) => inputs[name] ?? '');
const env = { AWS_REGION: 'ap-northeast-1' };

function config(): string {
  const dir = mkdtempSync(join(tmpdir(), 'runbook-options-'));
  writeFileSync(
    join(dir, 'runbook.yml'),
    `version: 1
environments:
  staging:
    services:
      backend:
        platform: ecs
        region: us-west-2
        cluster: stg
        service: stg-backend
        containers: [app]
        migrate: { command: [alembic, upgrade, head], container: app }
        health:
          - url: https://stg.example.com/api/health
      web:
        platform: cloud-run
        service: web
`,
  );
  return join(dir, 'runbook.yml');
}

describe('deploy planning', () => {
  it('takes services by name with cluster, split by lines, commas or spaces', async () => {
    const plan = await planDeploy(reader({ services: 'api, worker\nweb', cluster: 'prod', 'image-tag': 'v2' }), env);
    expect(plan.targets.map((t) => [t.key, t.cluster, t.service, t.region])).toEqual([
      ['api', 'prod', 'api', 'ap-northeast-1'],
      ['worker', 'prod', 'worker', 'ap-northeast-1'],
      ['web', 'prod', 'web', 'ap-northeast-1'],
    ]);
    expect(plan).toMatchObject({ environment: 'default', change: { kind: 'tag', tag: 'v2' }, waitTimeoutMs: 1_200_000, pollIntervalMs: 2_000, rollbackOnFailure: true, dryRun: false });
  });

  it('takes config service keys with their cluster, region, containers, migration and health checks', async () => {
    const plan = await planDeploy(reader({ services: 'backend', config: config(), environment: 'staging', image: 'repo/app:v2' }), env);
    const [backend] = plan.targets;
    expect(backend).toMatchObject({ key: 'backend', cluster: 'stg', service: 'stg-backend', region: 'us-west-2', containers: { names: ['app'] }, migrate: { command: ['alembic', 'upgrade', 'head'], container: 'app' } });
    expect(backend?.probes.map((p) => [p.id, p.url.href])).toEqual([['http:staging/backend/https://stg.example.com/api/health', 'https://stg.example.com/api/health']]);
  });

  it('refuses what it cannot do, naming the input', async () => {
    await expect(planDeploy(reader({ services: 'web', config: config(), environment: 'staging', 'image-tag': 'v2' }), env)).rejects.toThrow(
      /^input "services": "web" is a cloud-run service in .*; this action deploys platform ecs$/,
    );
    await expect(planDeploy(reader({ services: 'a b', cluster: 'c', 'image-tag': 'v2', 'migrate-command': 'x' }), env)).rejects.toThrow(
      'input "migrate-command": expected one service, got 2; with several, set migrate per service in the config',
    );
    await expect(planDeploy(reader({ services: 'a', cluster: 'c', 'image-tag': 'v2', 'poll-interval': '10ms' }), env)).rejects.toThrow('input "poll-interval": expected from 50ms to 1m, got "10ms"');
    await expect(planDeploy(reader({ services: 'a', cluster: 'c', 'image-tag': 'v2', 'poll-interval': '2m' }), env)).rejects.toThrow('input "poll-interval": expected a duration of at most 1m, got "2m"');
    await expect(planDeploy(reader({ services: 'a', cluster: 'c', 'image-tag': 'v2' }), {})).rejects.toThrow('input "region": expected an AWS region like ap-northeast-1 (or set AWS_REGION)');
  });

  it('bounds wait-timeout where it is parsed, far below what a timer can hold', async () => {
    await expect(planDeploy(reader({ services: 'a', cluster: 'c', 'image-tag': 'v2', 'wait-timeout': '7h' }), env)).rejects.toThrow('input "wait-timeout": expected a duration of at most 6h, got "7h"');
    await expect(planRollback(reader({ services: 'a', cluster: 'c', 'wait-timeout': '25d' }), env)).rejects.toThrow('input "wait-timeout": expected a duration of at most 6h, got "25d"');
    await expect(planDeploy(reader({ services: 'a', cluster: 'c', 'image-tag': 'v2', 'wait-timeout': '6h' }), env)).resolves.toMatchObject({ waitTimeoutMs: 6 * 3_600_000 });
  });

  it('restarts the current revision only when force-new-deployment says so', async () => {
    await expect(planDeploy(reader({ services: 'a', cluster: 'c' }), env)).rejects.toThrow(/^input "image": expected image, images, image-tag or task-definition/);
    const plan = await planDeploy(reader({ services: 'a', cluster: 'c', 'force-new-deployment': 'true' }), env);
    expect(plan.change).toEqual({ kind: 'none' });
  });
});

describe('messages', () => {
  it('cut a long value to about 100 characters, on one line', async () => {
    const long = `${'x'.repeat(80_000)} y`;
    const cut = `got "${'x'.repeat(99)}…"`;
    await expect(planDeploy(reader({ services: `a ${long.replace(' ', '!')}`, cluster: 'c', 'image-tag': 'v2' }), env)).rejects.toThrow(`input "services": expected service names of letters, digits, _ and -, ${cut}`);
    await expect(planDeploy(reader({ services: 'a', cluster: 'c', 'image-tag': 'v2', region: long }), env)).rejects.toThrow(`input "region": expected an AWS region like ap-northeast-1, ${cut}`);
    expect(rollbackToValue(long)).toEqual({ ok: false, expected: `expected previous, family:revision (backend:12), a task definition ARN or image-tag:<tag>, ${cut}` });
    expect(imageValue(long)).toEqual({ ok: false, expected: `expected an image like 123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/app:main-abc1234, ${cut}` });
    expect(imageTagValue(long)).toEqual({ ok: false, expected: `expected an image tag like main-abc1234 (letters, digits, _ . -, at most 128), ${cut}` });
  });
});

describe('rollback planning', () => {
  it('reads to', async () => {
    expect(rollbackToValue('previous')).toEqual({ ok: true, value: { kind: 'previous' } });
    expect(rollbackToValue('api:12')).toEqual({ ok: true, value: { kind: 'revision', ref: { family: 'api', revision: 12 }, text: 'api:12' } });
    expect(rollbackToValue('image-tag:main-abc1234')).toEqual({ ok: true, value: { kind: 'image-tag', tag: 'main-abc1234' } });
    expect(rollbackToValue('api').ok).toBe(false);
    const plan = await planRollback(reader({ services: 'api', cluster: 'prod' }), env);
    expect(plan.to).toEqual({ kind: 'previous' });
  });
});
