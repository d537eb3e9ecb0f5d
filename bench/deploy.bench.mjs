// deploy: on the ECS double, a rollout that completes 20 s after UpdateService. How long after
// the completion does the bundled action exit (default 2 s polling), against the SDK's
// waitUntilServicesStable on the same scripted rollout, and how many ECS calls did each make?
// Plus the action's cold start and what it loads.
import { DescribeServicesCommand, ECSClient, UpdateServiceCommand, waitUntilServicesStable } from '@aws-sdk/client-ecs';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { backendTaskDefinition, CLUSTER, FakeEcs } from '../test/fakes/ecs-api.ts';
import { bareNodeSeconds, fmt, median, ROOT, runAction } from './lib.mjs';

const ROLLOUT_MS = 20_000;
const SERVICE = 'production-keiba-backend';

const startEcs = (rolloutMs = ROLLOUT_MS) =>
  FakeEcs.start({
    clusters: [CLUSTER],
    taskDefinitions: [backendTaskDefinition('main-aaa1111')],
    services: [{ cluster: CLUSTER, name: SERVICE, taskDefinition: 'keiba-backend:1', rollouts: [{ outcome: 'complete', afterMs: rolloutMs }] }],
  });

async function ours(extraMs) {
  const ecs = await startEcs(ROLLOUT_MS + extraMs);
  try {
    const run = await runAction('deploy', { services: SERVICE, cluster: CLUSTER, 'image-tag': 'main-bbb2222', containers: 'app', 'wait-timeout': '2m' }, ecs.env());
    const exitedAt = Date.now();
    if (run.code !== 0) throw new Error(`deploy failed in the benchmark:\n${run.stdout.slice(-2000)}`);
    return { lag: (exitedAt - ecs.completions[0].at) / 1000, calls: ecs.requests.length };
  } finally {
    await ecs.close();
  }
}

async function sdkWaiter() {
  const ecs = await startEcs();
  try {
    const client = new ECSClient({ region: 'ap-northeast-1', endpoint: ecs.url, credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' } });
    await client.send(new UpdateServiceCommand({ cluster: CLUSTER, service: SERVICE, forceNewDeployment: true }));
    await waitUntilServicesStable({ client, maxWaitTime: 600 }, { cluster: CLUSTER, services: [SERVICE] });
    const stableAt = Date.now();
    const { services } = await client.send(new DescribeServicesCommand({ cluster: CLUSTER, services: [SERVICE] }));
    if (services?.[0]?.deployments?.length !== 1) throw new Error('the waiter returned before the rollout completed');
    return { lag: (stableAt - ecs.completions[0].at) / 1000, calls: ecs.requests.length - 1 };
  } finally {
    await ecs.close();
  }
}

/** Bytes of the entry and the chunks it imports: statically (loaded at start) and dynamically (loaded when deploying). */
function loadedBytes(file, dynamic, seen = new Set()) {
  // A bundled library's text can mention an import that is no chunk (re2js names './index.js').
  if (seen.has(file) || !existsSync(file)) return 0;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  // At start: static imports, and the main chunk the entry imports once the Node version is checked.
  const pattern = dynamic ? /(?:^import\s*(?:[^'"]*from\s*)?|import\()["'](\.[^"']+)["']/gm : /^import\s*(?:[^'"]*from\s*)?["'](\.[^"']+)["']|await import\(["'](\.[^"']*\/main-[^"']+)["']/gm;
  let bytes = statSync(file).size;
  for (const [, spec, main] of text.matchAll(pattern)) bytes += loadedBytes(join(dirname(file), spec ?? main), dynamic, seen);
  return bytes;
}

export async function run() {
  // Three runs of ours, with rollouts 0, 0.7 and 1.4 s longer so that the completion falls at
  // different points of the 2 s polling cycle; the SDK waiter on its own double at the same time.
  const [b, ...a] = await Promise.all([sdkWaiter(), ...[0, 700, 1400].map(ours)]);
  const lags = a.map((r) => r.lag).sort((x, y) => x - y);
  const mid = lags[1];
  console.log(`deploy (a rollout that completes ${ROLLOUT_MS / 1000} s after update-service, on the ECS double):`);
  console.log(`  ours (polls every 2 s):       exited ${fmt(mid)} after the rollout completed (median of 3 rollouts of 20, 20.7 and 21.4 s: ${lags.map(fmt).join(', ')}); ${a[0].calls} ECS calls (capture, register, update, polls)`);
  console.log(`  SDK waitUntilServicesStable:  returned ${fmt(b.lag)} after it completed; ${b.calls} ECS calls (update, polls)`);
  console.log(`  ratio: noticed ${(b.lag / mid).toFixed(1)}x sooner than the SDK waiter (target: within about 2 s; worst of ours ${fmt(lags[2])})`);

  const node = await bareNodeSeconds(7);
  const times = [];
  for (let i = 0; i < 7; i++) times.push((await runAction('deploy', {}, { GITHUB_OUTPUT: '' })).seconds);
  const start = median(times);
  const entry = join(ROOT, 'dist', 'deploy', 'index.js');
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(`  cold start: ${(start * 1000).toFixed(0)} ms, ${(start / node).toFixed(1)}x bare node (${(node * 1000).toFixed(0)} ms), median of 7`);
  console.log(`  size: dist/deploy/index.js ${kb(statSync(entry).size)}; with the chunks it loads at start ${kb(loadedBytes(entry, false))}; with the AWS SDK and config loaded when deploying ${kb(loadedBytes(entry, true))}`);
}
