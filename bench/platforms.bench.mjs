// deploy on each platform, against its double: the wall time of a dry run (start to exit, all
// reads, no write) and of a real deploy, the bytes each process loads (recorded by a preload,
// not estimated from the chunk graph), and the time from the platform saying the new revision is
// ready to the action's exit. Beside them, the figure for installing gcloud before any API call,
// which the official Cloud Run action does in every job.
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FakeCloudRun } from '../test/fakes/cloud-run-api.ts';
import { backendTaskDefinition, CLUSTER, FakeEcs } from '../test/fakes/ecs-api.ts';
import { bareNodeSeconds, fmt, median, ROOT, runAction } from './lib.mjs';

const RUNS = 5;
// Not measured here: setup-gcloud issue #649 and deploy-cloudrun #595 (docs reference cloud-run.md).
const GCLOUD_INSTALL_S = 50;
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (seconds) => `${(seconds * 1000).toFixed(0)} ms`;

const ECS_SERVICE = 'production-keiba-backend';
const CR_SERVICE = 'sagebase-streamlit';
const CR_IMAGE = 'asia-northeast1-docker.pkg.dev/sagebase-prod/app/sagebase';

/** Each platform: its double with one service, the inputs of a deploy, when the double saw the revision ready, and a string only another platform's SDK has. */
const PLATFORMS = {
  ecs: {
    label: 'ECS (FakeEcs)',
    start: () =>
      FakeEcs.start({
        clusters: [CLUSTER],
        taskDefinitions: [backendTaskDefinition('main-aaa1111')],
        services: [{ cluster: CLUSTER, name: ECS_SERVICE, taskDefinition: 'keiba-backend:1', rollouts: [{ outcome: 'complete', afterMs: 1000 }] }],
      }),
    env: (fake) => fake.env(),
    inputs: () => ({ services: ECS_SERVICE, cluster: CLUSTER, 'image-tag': 'main-bbb2222', containers: 'app', 'poll-interval': '500ms' }),
    readyAt: (fake) => fake.completions[0]?.at,
    foreignMarker: 'google.cloud.run.v2',
  },
  'cloud-run': {
    label: 'Cloud Run (FakeCloudRun, the change reconciles over 2 operation polls)',
    start: () => FakeCloudRun.start({ services: [{ name: CR_SERVICE, revisions: [{ name: `${CR_SERVICE}-00001-aaa`, image: `${CR_IMAGE}:main-a` }] }] }),
    env: () => ({}),
    inputs: (fake) => ({ platform: 'cloud-run', project: fake.project, region: fake.region, service: CR_SERVICE, 'api-endpoint': fake.endpoint, image: `${CR_IMAGE}:main-b`, 'poll-interval': '500ms' }),
    // The double stamps a revision's updateTime when its reconcile ends Ready.
    readyAt: (fake) => Date.parse(fake.revisions(CR_SERVICE).at(-1).updateTime),
    foreignMarker: 'ECSClient',
  },
};

/** The files a process loaded (the integration tests' module-loads preload) and their bytes. */
function loadedFiles(list) {
  const files = readFileSync(list, 'utf8').split('\n').filter(Boolean);
  return { files, bytes: files.reduce((sum, url) => sum + statSync(new URL(url)).size, 0) };
}

/** One deploy in a fresh double; with `measure`, under the module-loads preload. */
async function deployOnce(platform, { dryRun, measure }) {
  const fake = await platform.start();
  try {
    const out = join(mkdtempSync(join(tmpdir(), 'bench-loaded-')), 'loaded.txt');
    const preload = pathToFileURL(join(ROOT, 'test', 'harness', 'module-loads.mjs')).href;
    const env = { ...platform.env(fake), ...(measure ? { NODE_OPTIONS: `--import=${preload}`, RUNBOOK_MODULE_LOADS: out } : {}) };
    const run = await runAction('deploy', { ...platform.inputs(fake), 'dry-run': String(dryRun) }, env);
    const exitedAt = Date.now();
    if (run.code !== 0) throw new Error(`deploy failed in the benchmark:\n${run.stdout.slice(-2000)}`);
    const readyAt = dryRun ? undefined : platform.readyAt(fake);
    return { seconds: run.seconds, lag: readyAt === undefined ? undefined : (exitedAt - readyAt) / 1000, loaded: measure ? loadedFiles(out) : undefined };
  } finally {
    await fake.close();
  }
}

export async function run() {
  const node = await bareNodeSeconds(RUNS);
  let cloudRunDeploy = 0;
  console.log(`deploy per platform, against its double (median of ${RUNS}; bare node ${ms(node)}):`);
  for (const platform of Object.values(PLATFORMS)) {
    const dry = [];
    const real = [];
    for (let i = 0; i < RUNS; i++) {
      dry.push(await deployOnce(platform, { dryRun: true, measure: false }));
      real.push(await deployOnce(platform, { dryRun: false, measure: false }));
    }
    const dryLoaded = (await deployOnce(platform, { dryRun: true, measure: true })).loaded;
    const realLoaded = (await deployOnce(platform, { dryRun: false, measure: true })).loaded;
    const lag = median(real.map((r) => r.lag));
    if (platform === PLATFORMS['cloud-run']) cloudRunDeploy = median(real.map((r) => r.seconds));
    console.log(`  ${platform.label}`);
    console.log(`    dry run:  ${ms(median(dry.map((r) => r.seconds)))} start to exit, ${kb(dryLoaded.bytes)} loaded (${dryLoaded.files.length} files)`);
    console.log(`    deploy:   ${fmt(median(real.map((r) => r.seconds)))} start to exit, ${kb(realLoaded.bytes)} loaded (${realLoaded.files.length} files); exited ${fmt(lag)} after the double said the revision was ready`);
    const foreign = realLoaded.files.filter((f) => readFileSync(new URL(f), 'utf8').includes(platform.foreignMarker));
    console.log(`    files of another platform's SDK loaded (containing ${platform.foreignMarker}): ${foreign.length}`);
  }
  console.log(`  for comparison: installing gcloud before the first API call, as google-github-actions/deploy-cloudrun does in every job: about ${GCLOUD_INSTALL_S} s (reported in setup-gcloud #649; not measured here)`);
  console.log(`  ratio: the whole Cloud Run deploy on the double takes ${fmt(cloudRunDeploy)}, ${(GCLOUD_INSTALL_S / cloudRunDeploy).toFixed(0)}x less than that install alone`);
}
