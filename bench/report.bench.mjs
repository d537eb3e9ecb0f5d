// report: a monthly report over 1,000 incident issues and 10,000 results (10 shard files), with
// the GitHub API double on loopback; its time and its GitHub API calls (the goal: paginated list
// calls only, none per issue).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeGitHub } from '../test/fakes/github-api.ts';
import { fmt, runAction } from './lib.mjs';

const INCIDENTS = 1_000;
const RESULTS = 10_000;
const SHARDS = 10;
const SERVICES = 50;
const HOUR = 3_600_000;

/** The incident marker as packages/incidents writes it (its source needs more than type stripping to load here). */
const encode = (value) => encodeURIComponent(value).replace(/-/g, '%2D');
const renderMarker = (m) =>
  `<!-- runbook:incident v=1 ${Object.entries({ ...m, escalated: m.escalated.join(','), episodes: m.episodes.map((e) => `${e.since}~${e.until}~${e.severity}`).join(',') })
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}=${encode(String(v))}`)
    .join(' ')} -->`;

export async function run() {
  const now = new Date();
  const from = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1);
  const to = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  const iso = (t) => new Date(t).toISOString();
  const gh = await startFakeGitHub();
  try {
    for (let i = 0; i < INCIDENTS; i++) {
      const service = `svc-${i % SERVICES}`;
      const since = from + ((i * 7919) % (to - from - 2 * HOUR));
      const episodes = i % 3 === 0 ? [{ since: iso(since - 30 * HOUR), until: iso(since - 29 * HOUR), severity: 'P2' }] : [];
      const marker = { id: `http:production/${service}/https://${service}.example/h${i}`, kind: 'smoke-test', since: iso(since), last: iso(since + 600_000), until: iso(since + HOUR), count: 3, severity: i % 4 === 0 ? 'P1' : 'P2', status: 'fail', summary: 'HTTP 502', escalated: [], subject: service, episodes };
      gh.seed({ title: `[${marker.severity}] ${service}: health check failing`, labels: ['incident', marker.severity, 'smoke-test'], state: 'closed', closed_at: iso(since + HOUR), updated_at: iso(since + HOUR), body: renderMarker(marker) });
    }
    const dir = mkdtempSync(join(tmpdir(), 'bench-report-'));
    mkdirSync(join(dir, 'results'));
    for (let s = 0; s < SHARDS; s++) {
      const results = Array.from({ length: RESULTS / SHARDS }, (_, k) => {
        const n = s * (RESULTS / SHARDS) + k;
        const service = `svc-${n % SERVICES}`;
        return { id: `http:production/${service}/https://${service}.example/h${n}`, kind: 'smoke-test', subject: service, target: `https://${service}.example/h${n}`, status: 'pass', summary: 'HTTP 200', evidence: { 'p95 ms': 100 + (n % 50), 'error rate': '0%' }, startedAt: iso(from + ((n * 104729) % (to - from))), durationMs: 5 };
      });
      writeFileSync(join(dir, 'results', `shard-${s + 1}.json`), JSON.stringify(results));
    }
    const started = performance.now();
    const r = await runAction(
      'report',
      { period: 'monthly', results: 'results/*.json', publish: 'summary\nissue', timezone: 'UTC', 'github-token': gh.token },
      { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: gh.repository },
      dir,
    );
    const seconds = (performance.now() - started) / 1000;
    if (r.code !== 0) throw new Error(`report failed in the benchmark:\n${r.stdout.slice(-2000)}`);
    const counted = Number(/Incidents: (\d+)/.exec(gh.issues.find((i) => i.labels.includes('report'))?.body ?? '')?.[1]);
    if (counted !== INCIDENTS) throw new Error(`the report counted ${counted} incidents of ${INCIDENTS}`);
    const calls = gh.requests.length;
    const lists = gh.requests.filter((q) => q.method === 'GET' && q.route.endsWith('/issues')).length;
    const perIssue = gh.requests.filter((q) => /\/issues\/\d+/.test(q.route)).length;
    console.log(`report (monthly, ${INCIDENTS} incident issues, ${RESULTS} results in ${SHARDS} files): ${fmt(seconds)}, ${calls} GitHub API calls (${lists} list pages, ${perIssue} calls on single issues), one report issue written`);
  } finally {
    await gh.close();
  }
}
