import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../harness/run-cli.ts';

describe('runbook demo', () => {
  it('says what CI would do with each failure and what P1 to P4 mean', async () => {
    const run = await runCli(['demo'], mkdtempSync(join(tmpdir(), 'runbook-demo-ci-')));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('What would happen in CI');
    expect(run.stdout).toContain('in CI this would open the issue "[P1] ai [demo]: health check failing"; a run that finds it still failing 30m after it began would escalate it (mention @cto)');
    expect(run.stdout).toMatch(/in CI this would open the issue "\[P2\] 127\.0\.0\.1 \[demo\]: certificate check failing"; a run that finds it still failing 2h after it began would escalate it \(mention @infra-lead\); it closes, with the downtime, when the check passes/);
    expect(run.stdout).not.toMatch(/open the issue "\[P\d\] (backend|estimator)/);
    expect(run.stdout).toMatch(/P1 +the service is fully down/);
    // status-check's host checks on this machine: its own disk and memory, and the demo's logs.
    expect(run.stdout).toMatch(/this-machine +disk \/ +(pass|warn P4|fail P2)/);
    expect(run.stdout).toMatch(/this-machine +memory +(pass|warn P4|fail P2)/);
    expect(run.stdout).toMatch(/this-machine +\S+app\.log +pass +3 error line\(s\) in \S+ in the last 1d \(at most 5\)/);
    expect(run.stdout).toContain('in CI this would open the issue "[P3] this-machine [demo]:');
  });

  it('verifies two backup directories it makes: a fresh one passes, a stale one is a P2', async () => {
    const run = await runCli(['demo'], mkdtempSync(join(tmpdir(), 'runbook-demo-backups-')));
    expect(run.code).toBe(0);
    // Progress goes to stderr, the table and the CI preview to stdout.
    expect(run.stderr).toMatch(/PASS smart-office-db: newest backup db_\d{8}\.sql\.gz, .*; checked size, history, gzip, pgdump/);
    expect(run.stderr).toMatch(/FAIL P2 legacy-db: STALE: the newest backup, db_\d{8}\.sql\.gz, is 3d \d+h old; at most 1d 2h is expected/);
    expect(run.stdout).toMatch(/^legacy-db .* fail P2 +STALE /m);
    expect(run.stdout).toContain('in CI this would open the issue "[P2] legacy-db [demo]: backup check failing"');
  });

  it('--help describes the demo and runs nothing', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'runbook-demo-help-'));
    for (const flag of ['--help', '-h']) {
      const run = await runCli(['demo', flag], cwd);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^runbook demo: /);
      expect(run.stdout).toContain('Usage: runbook demo');
      expect(run.stdout).not.toContain('targets on 127.0.0.1');
    }
    expect(existsSync(join(cwd, '.runbook-demo'))).toBe(false);
  });

  it('refuses an argument it does not take, in one line, before starting anything', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'runbook-demo-arg-'));
    const run = await runCli(['demo', '--fast'], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('runbook: --fast: runbook demo takes no arguments (see runbook demo --help)\n');
    expect(existsSync(join(cwd, '.runbook-demo'))).toBe(false);
  });
});
