import type { CheckResult } from '@runbook/core';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort, sendJson, startServer, type TestServer } from '../harness/http-server.ts';
import { runAction } from '../harness/run-action.ts';

// `shard: i/n` on the check actions, and the report merging the shards' result files.

let service: TestServer;
beforeAll(async () => {
  service = await startServer(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`/svc-${i}`, (_q, res) => sendJson(res, 200, { status: 'healthy' })])));
});
afterAll(async () => {
  await service.close();
});

const urls = (): string => Array.from({ length: 12 }, (_, i) => `${service.url}/svc-${i}`).join('\n');
const ids = (output: string | undefined): string[] => (JSON.parse(output ?? '[]') as CheckResult[]).map((r) => r.id);

describe('shards', () => {
  it('shard: each of 1/3, 2/3 and 3/3 runs its own share of the smoke checks, together all of them once', async () => {
    const runs = await Promise.all([1, 2, 3].map((i) => runAction('smoke-test', { urls: urls(), shard: `${i}/3`, 'open-issues': 'false' })));
    const all = await runAction('smoke-test', { urls: urls(), 'open-issues': 'false' });
    const shares = runs.map((r) => ids(r.outputs.results));
    expect(shares.flat().sort()).toEqual(ids(all.outputs.results).sort());
    expect(shares.every((share) => share.length > 0 && share.length < 12)).toBe(true);
    expect((JSON.parse(runs[1]?.outputs.results ?? '[]') as CheckResult[]).every((r) => r.evidence.shard === '2/3')).toBe(true);
    const bad = await runAction('smoke-test', { urls: urls(), shard: '4/3', 'open-issues': 'false' });
    expect(bad.exitCode).toBe(1);
    expect(bad.annotations.map((a) => a.message)).toEqual(['smoke-test: input "shard": expected i/n with 1 <= i <= n <= 256, like 2/8, got "4/3"']);
  });

  it('shard: cert-check runs only the hosts of its shard', async () => {
    const hosts = await Promise.all(Array.from({ length: 6 }, async () => `127.0.0.1:${await closedPort()}`));
    const runs = await Promise.all([1, 2].map((i) => runAction('cert-check', { hosts: hosts.join('\n'), retries: '0', shard: `${i}/2`, 'open-issues': 'false' })));
    const shares = runs.map((r) => ids(r.outputs.results));
    expect(shares.flat()).toHaveLength(6);
    expect(new Set(shares.flat()).size).toBe(6);
  });

  it('shard: backup-verify checks only the backup sets of its shard, together every set once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shards-backups-'));
    const names = Array.from({ length: 8 }, (_, i) => `set-${i}`);
    const backups = names.map((name) => {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, 'db.sql'), 'backup');
      return { name, source: join(dir, name) };
    });
    writeFileSync(join(dir, 'runbook.yml'), JSON.stringify({ version: 1, environments: { production: { backups } } }));
    const inputs = { config: join(dir, 'runbook.yml'), environment: 'production', 'open-issues': 'false' };
    const runs = await Promise.all([1, 2].map((i) => runAction('backup-verify', { ...inputs, shard: `${i}/2` })));
    const shares = runs.map((r) => ids(r.outputs.results));
    expect(shares.flat().sort()).toEqual(names.map((n) => `backup:production/${n}`).sort());
    expect(shares.every((share) => share.length > 0 && share.length < 8)).toBe(true);
    expect((JSON.parse(runs[0]?.outputs.results ?? '[]') as CheckResult[]).every((r) => r.evidence.shard === '1/2')).toBe(true);
  });

  it('shard: status-check runs each host of its shard whole, together every host once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shards-status-'));
    const hosts = Array.from({ length: 8 }, (_, i) => `vm-${i}`);
    writeFileSync(join(dir, 'runbook.yml'), JSON.stringify({ version: 1, environments: { production: { hosts: Object.fromEntries(hosts.map((h) => [h, { 'disk-paths': ['/', dir] }])) } } }));
    const inputs = { config: join(dir, 'runbook.yml'), environment: 'production', checks: 'host', 'open-issues': 'false' };
    const [all, ...runs] = await Promise.all([runAction('status-check', inputs), ...[1, 2].map((i) => runAction('status-check', { ...inputs, shard: `${i}/2` }))]);
    const subjects = (output: string | undefined): string[] => [...new Set((JSON.parse(output ?? '[]') as CheckResult[]).map((r) => r.subject))];
    const shares = runs.map((r) => subjects(r.outputs.results));
    expect(shares.flat().sort()).toEqual([...hosts].sort());
    expect(shares.every((share) => share.length > 0 && share.length < 8)).toBe(true);
    // Each host's checks (two disks, memory, …) run together, in one shard.
    expect(runs.flatMap((r) => ids(r.outputs.results)).sort()).toEqual(ids(all?.outputs.results).sort());
  });

  it('the report merges the shard files and names a shard that is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shards-'));
    mkdirSync(join(dir, 'results'));
    for (const i of [1, 3]) {
      const run = await runAction('smoke-test', { urls: urls(), shard: `${i}/3`, 'open-issues': 'false', 'results-file': join(dir, `results/shard-${i}.json`) });
      expect(run.exitCode).toBe(0);
    }
    const report = await runAction('report', { results: 'results/*.json' }, { cwd: dir });
    expect(report.exitCode).toBe(1);
    expect(report.summary).toContain('- ❌ shard smoke-test default 2/3: no results (the job failed before writing them, or its file was not downloaded)');
    expect(report.annotations.map((a) => a.message)).toContain('report: shard smoke-test default 2/3 has no results: its job failed before writing them, or its file was not downloaded');
    expect(report.summary).toMatch(/· \d+ results from 2 result files/);
  });
});
