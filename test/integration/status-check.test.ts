import type { CheckResult } from '@runbook/core';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-api.ts';
import { fakeTools } from '../fakes/host-tools.ts';
import { expectRejectedInput } from '../harness/expectations.ts';
import { ROOT, runAction, type ActionRun } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

// status-check on this machine for real: its mounts and memory, log files and access logs the
// tests write. systemctl and docker do not work here; where a test needs their answers, stand-ins
// on PATH print the real tools' output formats (the fixtures the parsers are tested on).

const FIXTURES = join(ROOT, 'packages/status/src/host/fixtures');
/** Disk and memory pass whatever this machine's usage, so a test sees only what it sets up. */
const QUIET = { 'disk-warn': '100', 'disk-critical': '100', 'memory-warn': '100', 'memory-critical': '100', 'open-issues': 'false' };

const check = (inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> => runAction('status-check', { ...QUIET, ...inputs }, { env });
const results = (run: ActionRun): CheckResult[] => JSON.parse(run.outputs.results ?? '[]') as CheckResult[];
const byTarget = (run: ActionRun, target: string): CheckResult | undefined => results(run).find((r) => r.target === target);
const verdicts = (run: ActionRun) => results(run).map((r) => [r.target, r.status, r.severity ?? null]);

const dir = mkdtempSync(join(tmpdir(), 'status-check-'));
const write = (name: string, text: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** `[02/Dec/2026:15:00:00 +0900]` for a time `agoMs` before now, in JST as runbook 001's server writes it. */
function clf(agoMs: number): string {
  const jst = new Date(Date.now() - agoMs + 9 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(jst.getUTCDate())}/${MONTHS[jst.getUTCMonth()]}/${jst.getUTCFullYear()}:${p(jst.getUTCHours())}:${p(jst.getUTCMinutes())}:${p(jst.getUTCSeconds())} +0900`;
}
const apacheLine = (agoMs: number, status: number, micros: number) => `203.0.113.7 - - [${clf(agoMs)}] "GET /api/v1/estimate HTTP/1.1" ${status} 512 "-" "Mozilla/5.0" ${micros}`;
const nginxLine = (agoMs: number, status: number, seconds: string) => `203.0.113.7 - - [${clf(agoMs)}] "GET / HTTP/1.1" ${status} 512 "-" "curl/8.5.0" ${seconds}`;
const iso = (agoMs: number) => new Date(Date.now() - agoMs).toISOString();
const HOUR = 3_600_000;

/** 200 requests of the last hour: `errors` of them 503, `slow` of them taking 4 s, the rest 120 ms. */
function accessLog(name: string, { errors = 0, slow = 0 }: { errors?: number; slow?: number }): string {
  const lines = Array.from({ length: 200 }, (_, i) => apacheLine(HOUR - i * 10_000, i < errors ? 503 : 200, i >= 200 - slow ? 4_000_000 : 120_000));
  return write(name, `${lines.join('\n')}\n`);
}

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await startFakeGitHub();
});
afterAll(() => gh.close());

describe('status-check on this machine', () => {
  it('passes a healthy host: disk and memory as df and free see them, outputs and summary', async () => {
    const run = await runAction('status-check', { 'open-issues': 'false', 'access-log': accessLog('healthy.log', {}) });
    expect(run.exitCode).toBe(0);
    expect([run.outputs.status, run.outputs.failed]).toEqual(['pass', '0']);
    const disk = byTarget(run, 'disk /');
    const df = Number(execFileSync('df', ['--output=pcent', '/'], { encoding: 'utf8' }).split('\n')[1]?.replace('%', '').trim());
    expect(Math.abs(Number(disk?.evidence['used %']) - df)).toBeLessThanOrEqual(1);
    expect(disk?.id).toMatch(/^status:default\/[^/]+\/disk:\/$/);
    const memory = byTarget(run, 'memory');
    expect(memory?.evidence['total MiB']).toBe(Math.round(Number(/MemTotal:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1]) / 1024));
    const access = byTarget(run, join(dir, 'healthy.log'))?.evidence;
    expect(access).toMatchObject({ requests: 200, '5xx': 0, undecided: false });
    // p95 from a histogram of 1 % buckets: 120 ms reads as 120 or 121.
    expect(access?.['p95 ms']).toBeGreaterThanOrEqual(120);
    expect(access?.['p95 ms']).toBeLessThanOrEqual(122);
    expect(run.summary).toContain('| host or service | check | result | details |');
    expect(run.annotations).toEqual([]);
  });

  it('disk-warn, disk-critical: the same mount is a pass, a P4 warning and a P2 failure', async () => {
    const at = (warn: string, critical: string) => check({ 'disk-warn': warn, 'disk-critical': critical });
    const [pass, warn, fail] = await Promise.all([at('100', '100'), at('1', '100'), at('1', '1')]);
    expect([pass, warn, fail].map((r) => [byTarget(r, 'disk /')?.status, byTarget(r, 'disk /')?.severity ?? null])).toEqual([
      ['pass', null],
      ['warn', 'P4'],
      ['fail', 'P2'],
    ]);
    expect(byTarget(fail, 'disk /')?.summary).toMatch(/^disk \/ \d+(\.\d)?% used, at or above the critical 1%$/);
    expect(byTarget(fail, 'disk /')?.runbook).toContain('sudo journalctl --vacuum-time=7d');
    expect([warn.exitCode, fail.exitCode]).toEqual([0, 1]);
  });

  it('disk-paths: each path is its own check; one that does not exist could not be decided', async () => {
    const run = await check({ 'disk-paths': `/\n${dir}\n/no/such/mount` });
    expect(verdicts(run).filter(([t]) => String(t).startsWith('disk'))).toEqual([
      ['disk /', 'pass', null],
      [`disk ${dir}`, 'pass', null],
      ['disk /no/such/mount', 'fail', 'P3'],
    ]);
    expect(byTarget(run, 'disk /no/such/mount')).toMatchObject({ summary: 'could not decide: cannot read the file system of /no/such/mount (ENOENT)', evidence: { undecided: true } });
  });

  it('memory-warn, memory-critical: the same memory is a pass, a P4 warning and a P2 failure', async () => {
    const at = (warn: string, critical: string) => check({ 'memory-warn': warn, 'memory-critical': critical });
    const [pass, warn, fail] = await Promise.all([at('100', '100'), at('1', '100'), at('1', '1')]);
    expect([pass, warn, fail].map((r) => [byTarget(r, 'memory')?.status, byTarget(r, 'memory')?.severity ?? null])).toEqual([
      ['pass', null],
      ['warn', 'P4'],
      ['fail', 'P2'],
    ]);
    expect(byTarget(fail, 'memory')?.runbook).toContain('ps aux --sort=-%mem | head -10');
  });

  it('systemd-units: without systemd, could not decide (a failure, never a pass), with systemctl saying why', async () => {
    const real = await check({ 'systemd-units': 'estimator\nhttpd' });
    const missing = await check({ 'systemd-units': 'estimator' }, { PATH: mkdtempSync(join(tmpdir(), 'empty-path-')) });
    expect(verdicts(real).filter(([t]) => String(t).startsWith('systemd'))).toEqual([
      ['systemd estimator', 'fail', 'P3'],
      ['systemd httpd', 'fail', 'P3'],
    ]);
    expect(real.exitCode).toBe(1);
    expect(byTarget(real, 'systemd estimator')?.summary).toMatch(/^could not decide: (systemctl show failed: .*(systemd|bus)|systemctl is not installed)/);
    expect(byTarget(missing, 'systemd estimator')).toMatchObject({ status: 'fail', summary: 'could not decide: systemctl is not installed (not found on PATH)', evidence: { undecided: true } });
    // Only undecided failures: the status output says so, as backup-verify's does.
    expect([missing.outputs.status, missing.outputs.failed, missing.exitCode]).toEqual(['undecided', '1', 1]);
  });

  it('systemd-units: active passes, failed and crash-looping units are P1 with the unit in the next steps', async () => {
    const tools = fakeTools({ systemctl: { stdout: readFileSync(join(FIXTURES, 'systemctl-show.txt'), 'utf8') } });
    const run = await check({ 'systemd-units': 'httpd\nestimator\nworker' }, { PATH: tools.bin });
    expect(tools.calls('systemctl')).toEqual(['show --property=Id,LoadState,ActiveState,SubState,Result -- httpd.service estimator.service worker.service']);
    expect(verdicts(run).filter(([t]) => String(t).startsWith('systemd'))).toEqual([
      ['systemd httpd', 'pass', null],
      ['systemd estimator', 'fail', 'P1'],
      ['systemd worker', 'fail', 'P1'],
    ]);
    const estimator = byTarget(run, 'systemd estimator');
    expect(estimator?.id).toMatch(/\/systemd:estimator$/);
    expect(estimator?.runbook).toContain('journalctl -u estimator -n 100');
    expect(estimator?.runbook).toContain('sudo systemctl restart estimator');
  });

  it('compose-file: without docker compose, could not decide; with it, each service running and healthy', async () => {
    const file = write('compose.yml', 'services: {}\n');
    const none = await check({ 'compose-file': file }, { PATH: mkdtempSync(join(tmpdir(), 'empty-path-')) });
    expect(byTarget(none, `compose ${file}`)).toMatchObject({ status: 'fail', severity: 'P3', summary: 'could not decide: docker is not installed (not found on PATH)', evidence: { undecided: true } });
    const noPlugin = await check({ 'compose-file': file }, { PATH: fakeTools({ docker: { stderr: 'unknown flag: --file\nSee \'docker --help\'.\n', code: 125 } }).bin });
    expect(byTarget(noPlugin, `compose ${file}`)?.summary).toBe('could not decide: docker compose is not installed (docker has no compose plugin: unknown flag: --file)');
    const tools = fakeTools({ docker: { stdout: readFileSync(join(FIXTURES, 'compose-ps.ndjson'), 'utf8') } });
    const run = await check({ 'compose-file': file }, { PATH: tools.bin });
    expect(tools.calls('docker')).toEqual([`compose --file ${file} ps --all --format json`]);
    expect(verdicts(run).filter(([t]) => String(t).startsWith('compose'))).toEqual([
      ['compose caddy', 'pass', null],
      ['compose backend', 'fail', 'P2'],
      ['compose postgres', 'pass', null],
      ['compose ollama', 'fail', 'P1'],
    ]);
    expect(byTarget(run, 'compose ollama')?.runbook).toContain('docker compose restart ollama');
    expect(byTarget(run, 'compose backend')?.id).toMatch(new RegExp(`/compose:${file.replace(/[.]/g, '\\.')}#smartoffice-backend-1$`));
  });

  it('log-files, max-log-size: a file over the size is a P4 warning; a directory checks each of its files', async () => {
    const logs = join(dir, 'estimator');
    mkdirSync(logs, { recursive: true });
    writeFileSync(join(logs, 'app.log'), Buffer.alloc(2 * 1024 * 1024));
    writeFileSync(join(logs, 'worker.log'), 'small\n');
    const under = await check({ 'log-files': logs, 'max-log-size': '3MiB' });
    const over = await check({ 'log-files': logs, 'max-log-size': '1M' });
    const sizes = (r: ActionRun) => verdicts(r).filter(([t]) => String(t).startsWith(logs));
    expect(sizes(under)).toEqual([
      [join(logs, 'app.log'), 'pass', null],
      [join(logs, 'worker.log'), 'pass', null],
    ]);
    expect(sizes(over)).toEqual([
      [join(logs, 'app.log'), 'warn', 'P4'],
      [join(logs, 'worker.log'), 'pass', null],
    ]);
    expect(byTarget(over, join(logs, 'app.log'))?.summary).toBe(`${join(logs, 'app.log')} is 2.0 MiB, over 1.0 MiB: rotate it`);
    // By default 100 MB: the 2 MiB file passes.
    expect(byTarget(await check({ 'log-files': logs }), join(logs, 'app.log'))?.status).toBe('pass');
  });

  it('error-logs journal:UNIT: the unit\'s error entries from journalctl, grouped, with the command to see them; without journalctl or a journal, could not decide', async () => {
    const tools = fakeTools({ journalctl: { stdout: readFileSync(join(FIXTURES, 'journalctl-err.json'), 'utf8') } });
    const run = await check({ 'error-logs': 'journal:estimator', 'max-errors': '1' }, { PATH: tools.bin });
    const journal = byTarget(run, 'journal estimator');
    expect(journal).toMatchObject({ status: 'fail', severity: 'P3', evidence: { unit: 'estimator.service', 'error lines': 3, 'max errors': 1, undecided: false } });
    expect(journal?.id).toMatch(/\/journal:estimator$/);
    expect(journal?.evidence['top messages']).toBe('2× Error: OpenAI API timeout after #s (request #f#a)\n1× database is locked\ufffd');
    expect(journal?.runbook).toContain('journalctl -u estimator --since "24 hours ago" -p err --no-pager');
    expect(tools.calls('journalctl')).toHaveLength(1);
    expect(tools.calls('journalctl')[0]).toMatch(/^-u estimator\.service --since @\d+ -p err -o json --no-pager -q$/);
    const missing = await check({ 'error-logs': 'journal:estimator' }, { PATH: mkdtempSync(join(tmpdir(), 'empty-path-')) });
    expect(byTarget(missing, 'journal estimator')).toMatchObject({ status: 'fail', summary: 'could not decide: journalctl is not installed (not found on PATH)', evidence: { undecided: true } });
    const empty = await check({ 'error-logs': 'journal:estimator' }, { PATH: fakeTools({ journalctl: {} }).bin });
    expect(byTarget(empty, 'journal estimator')?.summary).toMatch(/^could not decide: the journal has no entries of estimator\.service at all/);
  });

  it('error-logs, max-errors, window: error lines in the window against the limit, grouped, shown inert', async () => {
    const file = write(
      'app.log',
      [
        `${iso(48 * HOUR)} ERROR Database Lock: database is locked`,
        `${iso(2 * HOUR)} INFO started`,
        `${iso(2 * HOUR)} ERROR OpenAI API Error: timeout after 30s`,
        `${iso(HOUR)} ERROR OpenAI API Error: timeout after 31s`,
        `${iso(HOUR / 2)} ERROR ::error title=pwned::injected from the log`,
      ].join('\n'),
    );
    const day = await check({ 'error-logs': file });
    expect(byTarget(day, file)).toMatchObject({ status: 'fail', severity: 'P3', evidence: { 'error lines': 3, 'max errors': 0, window: '1d', undecided: false } });
    expect(byTarget(day, file)?.evidence['top messages']).toBe('2× ERROR OpenAI API Error: timeout after #s\n1× ERROR ::error title=pwned::injected from the log');
    expect(byTarget(day, file)?.evidence['see all']).toContain(`${file} | tail -100`);
    // The log's text reaches the log and the annotations, but never as a workflow command.
    expect(day.annotations.map((a) => a.title ?? '')).not.toContain('pwned');
    expect(day.commands.filter((c) => c.name === 'error' && c.data.startsWith('injected'))).toEqual([]);
    expect(day.log).toContain('ERROR ::error title=pwned::injected from the log');
    const allowed = await check({ 'error-logs': file, 'max-errors': '3' });
    expect(byTarget(allowed, file)?.status).toBe('pass');
    const week = await check({ 'error-logs': file, 'max-errors': '3', window: '72h' });
    expect(byTarget(week, file)).toMatchObject({ status: 'fail', evidence: { 'error lines': 4 } });
  });

  it('access-log, max-error-rate: 2.5 % of 5xx fails against the default 1 % and passes under 5 %', async () => {
    const file = accessLog('errors.log', { errors: 5 });
    const strict = await check({ 'access-log': file });
    expect(byTarget(strict, file)).toMatchObject({ status: 'fail', severity: 'P3', summary: '5xx rate 2.5% (5 of 200) over 1% in the last 1d', evidence: { requests: 200, '5xx': 5 } });
    expect(byTarget(strict, file)?.runbook).toContain(`awk '$9 >= 500' ${file}`);
    const lenient = await check({ 'access-log': file, 'max-error-rate': '5%' });
    expect(byTarget(lenient, file)?.status).toBe('pass');
  });

  it('max-p95: 4 s responses in the slowest 5 % fail the default 3 s and pass under 5 s', async () => {
    const file = accessLog('slow.log', { slow: 20 });
    const strict = await check({ 'access-log': file });
    expect(byTarget(strict, file)).toMatchObject({ status: 'fail', severity: 'P3' });
    expect(byTarget(strict, file)?.summary).toMatch(/^p95 4(\.0)?s over 3s in the last 1d$/);
    const lenient = await check({ 'access-log': file, 'max-p95': '5s' });
    expect(byTarget(lenient, file)?.status).toBe('pass');
  });

  it('access-log: reads nginx $request_time in seconds; no request in the window is a warning, not a pass', async () => {
    const file = write('nginx.log', [nginxLine(3 * HOUR, 200, '0.120'), nginxLine(2 * HOUR, 502, '3.500'), nginxLine(HOUR, 200, '0.080')].join('\n'));
    const run = await check({ 'access-log': file, 'max-error-rate': '50%', 'max-p95': '10s' });
    expect(byTarget(run, file)).toMatchObject({ status: 'pass', evidence: { requests: 3, '5xx': 1 } });
    expect(Number(byTarget(run, file)?.evidence['p95 ms'])).toBeGreaterThan(3400);
    const quiet = await check({ 'access-log': file, window: '30m' });
    expect(byTarget(quiet, file)).toMatchObject({ status: 'warn', severity: 'P4', evidence: { requests: 0 } });
  });

  it('reads a large access log as a stream, with memory that does not grow with it', async () => {
    const line = `${apacheLine(HOUR, 200, 120_000)}\n`;
    const file = write('big.log', line.repeat(Math.ceil((64 * 1024 * 1024) / line.length)));
    // A 24 MB heap cannot hold the 64 MiB file, nor its 400,000 response times as numbers in an array.
    const run = await check({ 'access-log': file }, { NODE_OPTIONS: '--max-old-space-size=24' });
    expect(run.exitCode).toBe(0);
    expect(byTarget(run, file)?.status).toBe('pass');
    expect(Number(byTarget(run, file)?.evidence.requests)).toBeGreaterThan(400_000);
  }, 60_000);
});

describe('status-check runbook, locale and config', () => {
  it("runbook: replaces the runbooks' steps on a failing result; locale ja gives them in Japanese", async () => {
    const file = write('one-error.log', `${iso(HOUR)} ERROR boom\n`);
    const plain = await check({ 'error-logs': file });
    expect(byTarget(plain, file)?.runbook).toMatch(/^1\. Runbook 001, error logs/);
    const ja = await check({ 'error-logs': file, locale: 'ja' });
    expect(byTarget(ja, file)?.runbook).toMatch(/^1\. Runbook 001 エラーログ確認/);
    const own = await check({ 'error-logs': file, runbook: 'Page the estimator team' });
    expect(byTarget(own, file)?.runbook).toBe('Page the estimator team');
  });

  it('config, environment: checks every host of the environment, each with its own values over the inputs', async () => {
    const file = write('config-errors.log', `${iso(HOUR)} ERROR boom\n${iso(HOUR)} ERROR boom\n`);
    const runbookYml = write(
      'runbook.yml',
      [
        'version: 1',
        'locale: ja',
        'environments:',
        '  production:',
        '    hosts:',
        '      estimator-vm:',
        `        error-logs: [${file}]`,
        '        max-errors: 5',
        '        disk-paths: [/]',
        '      smartoffice:',
        `        error-logs: [${file}]`,
        '        severity: P2',
        '      elsewhere:',
        '        hostname: no-such-machine.internal',
        `        error-logs: [${file}]`,
        '',
      ].join('\n'),
    );
    const run = await check({ config: runbookYml, environment: 'production' });
    expect(results(run).filter((r) => r.target === file).map((r) => [r.id, r.status, r.severity ?? null])).toEqual([
      [`status:production/estimator-vm/errors:${file}`, 'pass', null],
      [`status:production/smartoffice/errors:${file}`, 'fail', 'P2'],
    ]);
    expect(byTarget(run, file) && results(run).find((r) => r.status === 'fail')?.runbook).toMatch(/エラーログ確認/);
    // A host whose hostname is another machine's is not read from this one.
    expect(results(run).filter((r) => r.subject === 'elsewhere').map((r) => [r.id, r.status, r.evidence.undecided])).toEqual([['status:production/elsewhere/runner', 'fail', true]]);
    expect(results(run).find((r) => r.subject === 'elsewhere')?.summary).toMatch(/^could not decide: this runner is \S+, not no-such-machine\.internal: run this job on a self-hosted runner on elsewhere$/);
  });

  it('environment: is the first part of the result ids without a config', async () => {
    const run = await check({ environment: 'staging' });
    expect(byTarget(run, 'memory')?.id).toMatch(/^status:staging\/[^/]+\/memory$/);
  });

  it.each([
    [{ 'disk-warn': '120' }, /^status-check: input "disk-warn": expected a percentage above 0 and at most 100 like 80 or 80%, got "120"$/],
    [{ 'disk-warn': '95', 'disk-critical': '90' }, /^status-check: input "disk-warn": expected at most disk-critical \(90\), got 95$/],
    [{ 'memory-critical': 'lots' }, /^status-check: input "memory-critical": expected a percentage/],
    [{ 'max-log-size': 'big' }, /^status-check: input "max-log-size": expected a size like 100MB, 100M, 512KiB or 1GiB, got "big"$/],
    [{ window: 'forever' }, /^status-check: input "window": expected a positive duration/],
    [{ 'max-errors': '-1' }, /^status-check: input "max-errors": expected a whole number 0 or more, got "-1"$/],
    [{ 'max-error-rate': '150%' }, /^status-check: input "max-error-rate": expected a rate like 1% or 0.01/],
    [{ 'systemd-units': 'estimator; rm -rf /' }, /^status-check: input "systemd-units": expected unit names like estimator or httpd.service/],
    [{ config: '/no/such/runbook.yml', environment: 'production' }, /^status-check: \/no\/such\/runbook.yml: config file not found$/],
  ])('rejects bad input %j in one line, with nothing checked', async (inputs, message) => {
    expectRejectedInput(await check(inputs), message);
  });

  it('rejects a bad hosts: value in the config by its path', async () => {
    const config = write('bad.yml', 'version: 1\nenvironments:\n  production:\n    hosts:\n      vm:\n        disk-warn: 95\n        disk-critical: 90\n');
    expectRejectedInput(await check({ config, environment: 'production' }), /bad\.yml: environments\.production\.hosts\.vm\.disk-warn: disk-warn \(95\) must not be above disk-critical \(90\)$/);
  });

  it('runs from a terminal: runbook status-check prints the table and the steps to take, and exits 1 on a failure', async () => {
    const file = write('cli-errors.log', `${iso(HOUR)} ERROR boom\n`);
    const run = await runCli(['status-check', '--error-log', file, '--disk-warn', '100', '--disk-critical', '100', '--memory-warn', '100', '--memory-critical', '100'], tmpdir());
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('1 error line(s) in');
    expect(run.stdout).toContain('1. Runbook 001, error logs');
  });

  it('opens one incident per failing check, keyed by its stable id, and closes it when the check passes', async () => {
    gh.reset();
    const file = write('incident.log', `${iso(HOUR)} ERROR boom\n`);
    const inputs = { 'error-logs': file, 'open-issues': 'true', 'github-token': gh.token };
    const env = { GITHUB_API_URL: gh.url };
    await check(inputs, env);
    await check(inputs, env);
    const subject = byTarget(await check({ 'error-logs': file }), file)?.subject;
    expect(gh.issues.map((i) => [i.state, i.title])).toEqual([['open', `[P3] ${subject}: status check failing (${file})`]]);
    await check({ ...inputs, 'max-errors': '1' }, env);
    expect(gh.issues.map((i) => i.state)).toEqual(['closed']);
  });
});
