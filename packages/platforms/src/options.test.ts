import { InputReader } from '@runbook/core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CloudRunDeployPlan } from './cloud-run/plan.ts';
import { planDeploy, planRollback } from './options.ts';

const reader = (inputs: Record<string, string>) => new InputReader((name) => inputs[name] ?? '');

function config(): string {
  const dir = mkdtempSync(join(tmpdir(), 'runbook-platform-options-'));
  writeFileSync(
    join(dir, 'runbook.yml'),
    `version: 1
environments:
  production:
    services:
      backend:
        platform: ecs
        cluster: prod
        region: ap-northeast-1
      sagebase:
        platform: cloud-run
        project: sagebase-prod
        region: asia-northeast1
        service: sagebase-streamlit
        migrate: { command: [alembic, upgrade, head] }
        health:
          - url: https://sagebase.example.com/health
      host:
        platform: vm
`,
  );
  return join(dir, 'runbook.yml');
}
const fromConfig = (more: Record<string, string>) => ({ config: config(), environment: 'production', ...more });
const byName = { platform: 'cloud-run', project: 'sagebase-prod', region: 'asia-northeast1', service: 'sagebase' };

describe('the platform of a deploy', () => {
  it("is the config service's, with its project, region, service name, migration and health checks", async () => {
    const plan = (await planDeploy(reader(fromConfig({ services: 'sagebase', image: 'asia-northeast1-docker.pkg.dev/p/app/web:v2' })), {})) as CloudRunDeployPlan;
    expect(plan.targets).toMatchObject([{ key: 'sagebase', platform: 'cloud-run', project: 'sagebase-prod', region: 'asia-northeast1', service: 'sagebase-streamlit', migrate: { command: ['alembic', 'upgrade', 'head'] } }]);
    expect(plan.targets[0]?.probes.map((p) => p.url.href)).toEqual(['https://sagebase.example.com/health']);
    expect(plan).toMatchObject({ image: 'asia-northeast1-docker.pkg.dev/p/app/web:v2', env: [], noTraffic: false, rollbackOnFailure: true });
  });

  it('is the platform input for services by name, with the region from the environment when not given', async () => {
    const plan = await planDeploy(reader({ platform: 'cloud-run', service: 'sagebase', project: 'sagebase-prod', image: 'gcr.io/p/web:v2' }), { CLOUDSDK_RUN_REGION: 'asia-northeast1' });
    expect(plan.targets).toMatchObject([{ platform: 'cloud-run', project: 'sagebase-prod', region: 'asia-northeast1', service: 'sagebase' }]);
  });

  it('is ECS by default, as before', async () => {
    const plan = await planDeploy(reader({ services: 'api', cluster: 'prod', region: 'ap-northeast-1', 'image-tag': 'v2' }), {});
    expect(plan.targets).toMatchObject([{ platform: 'ecs', cluster: 'prod', service: 'api' }]);
  });

  it('reads the Cloud Run deploy inputs', async () => {
    const plan = (await planDeploy(
      reader({ ...byName, image: 'gcr.io/p/web:v2', env: 'A=1\nB=x=y', tag: 'next', 'no-traffic': 'true', 'traffic-percent': '10', 'revision-suffix': 'v2', 'api-endpoint': 'http://127.0.0.1:9000/', 'smoke-urls': 'https://sagebase-abc-an.a.run.app/health' }),
      {},
    )) as CloudRunDeployPlan;
    expect(plan).toMatchObject({ env: [{ name: 'A', value: '1' }, { name: 'B', value: 'x=y' }], tag: 'next', noTraffic: true, trafficPercent: 10, revisionSuffix: 'v2', apiEndpoint: 'http://127.0.0.1:9000' });
  });
});

describe('bad inputs are one line naming the input', () => {
  it.each([
    [{ ...byName, 'task-definition': 'td.json', image: 'gcr.io/p/web:v2' }, 'input "task-definition": does not apply to cloud-run service sagebase'],
    [{ ...byName, cluster: 'prod', image: 'gcr.io/p/web:v2' }, 'input "cluster": does not apply to cloud-run service sagebase'],
    [{ ...byName, 'force-new-deployment': 'true' }, 'input "force-new-deployment": does not apply to cloud-run service sagebase'],
    [{ services: 'api', cluster: 'prod', region: 'ap-northeast-1', 'image-tag': 'v2', tag: 'next' }, 'input "tag": does not apply to ecs service api'],
    [{ ...byName, 'traffic-percent': '0' }, 'input "traffic-percent": expected a whole number from 1 to 100, got "0"'],
    [{ ...byName, 'traffic-percent': '101' }, 'input "traffic-percent": expected a whole number from 1 to 100, got "101"'],
    [{ ...byName, 'traffic-percent': 'abc' }, 'input "traffic-percent": expected a whole number from 1 to 100, got "abc"'],
    [{ ...byName, region: 'ap-northeast-1', image: 'gcr.io/p/web:v2' }, 'input "region": expected a GCP region like asia-northeast1, got "ap-northeast-1"'],
    [{ ...byName, project: 'My_Project', image: 'gcr.io/p/web:v2' }, 'input "project": expected a GCP project id like my-project-123 (6 to 30 lowercase letters, digits and -), got "My_Project"'],
    [{ ...byName, 'no-traffic': 'true', image: 'gcr.io/p/web:v2' }, 'input "no-traffic": expected tag with it: a revision without traffic is smoke-checked on its tag URL, then promoted'],
    [{ ...byName, env: 'not a pair', image: 'gcr.io/p/web:v2' }, 'input "env": expected NAME=value lines, got a line starting "not a pair"'],
    [{ ...byName, tag: 'Next!', image: 'gcr.io/p/web:v2' }, 'input "tag": expected a tag of lowercase letters, digits and - (starting with a letter, at most 46), got "Next!"'],
    [{ ...byName }, 'input "image": expected image, env, tag or traffic-percent: nothing would change'],
    [{ ...byName, platform: 'kubernetes' }, 'input "platform": expected ecs or cloud-run, got "kubernetes"'],
    [{ ...byName, services: 'a', image: 'gcr.io/p/web:v2' }, 'input "service": expected service or services, not both'],
  ])('%o', async (inputs, message) => {
    await expect(planDeploy(reader(inputs), {})).rejects.toThrow(message);
  });

  it('names the config path of a bad config value, and refuses two platforms or a vm service', async () => {
    await expect(planDeploy(reader(fromConfig({ services: 'backend sagebase', image: 'x/y:v2' })), {})).rejects.toThrow(
      'input "services": expected services of one platform, got ecs (backend) and cloud-run (sagebase): deploy each platform in a step of its own',
    );
    await expect(planDeploy(reader(fromConfig({ services: 'host', image: 'x/y:v2' })), {})).rejects.toThrow(/^input "services": "host" is a vm service in .*: deploy and rollback take ecs and cloud-run services$/);
  });
});

describe('rollback planning on Cloud Run', () => {
  it('reads to: previous or a revision name', async () => {
    await expect(planRollback(reader(byName), {})).resolves.toMatchObject({ to: { kind: 'previous' } });
    await expect(planRollback(reader({ ...byName, to: 'sagebase-00042-abc' }), {})).resolves.toMatchObject({ to: { kind: 'revision', revision: 'sagebase-00042-abc' } });
    await expect(planRollback(reader({ ...byName, to: 'projects/p/locations/l/services/sagebase/revisions/sagebase-00042-abc' }), {})).resolves.toMatchObject({ to: { revision: 'sagebase-00042-abc' } });
    await expect(planRollback(reader({ ...byName, to: 'image-tag:v1' }), {})).rejects.toThrow('input "to": expected previous or a revision name like sagebase-00042-abc, got "image-tag:v1"');
    await expect(planRollback(reader({ ...byName, service: '', services: 'a b', to: 'a-00001-x' }), {})).rejects.toThrow('input "to": a revision belongs to one service: expected one service, got 2');
    await expect(planRollback(reader({ ...byName, containers: 'app' }), {})).rejects.toThrow('input "containers": does not apply to cloud-run service sagebase');
  });
});
