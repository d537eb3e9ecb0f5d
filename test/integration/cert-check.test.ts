import type { CheckResult } from '@runbook/core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub } from '../fakes/github-api.ts';
import { expectRejectedInput } from '../harness/expectations.ts';
import { closedPort } from '../harness/http-server.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';
import { createCertFactory, daysFromNow, type CertFactory, type IssuedCert, type IssueOptions } from '../harness/tls-certs.ts';
import { startSilentServer, startTlsServer, type TlsServerOptions, type TlsTestServer } from '../harness/tls-server.ts';

let certs: CertFactory;
const servers: TlsTestServer[] = [];
const byName: Record<string, TlsTestServer> = {};

const serve = async (name: string, options: TlsServerOptions): Promise<TlsTestServer> => {
  const server = await startTlsServer(options);
  servers.push(server);
  byName[name] = server;
  return server;
};

/** The certificate kinds of the issue; `+ 1h` keeps the whole days stable while the tests run. */
const KINDS: Record<string, IssueOptions> = {
  valid: { notAfter: daysFromNow(90) },
  expired: { notBefore: daysFromNow(-100), notAfter: daysFromNow(-10.5) },
  notYetValid: { notBefore: daysFromNow(20.5), notAfter: daysFromNow(120) },
  sixDays: { notAfter: daysFromNow(6 + 1 / 24) },
  twentyNineDays: { notAfter: daysFromNow(29 + 1 / 24) },
  wrongHost: { names: ['other.example'], notAfter: daysFromNow(90) },
  selfSigned: { signer: 'self', notAfter: daysFromNow(90) },
  rsa1024: { keyBits: 1024, notAfter: daysFromNow(90) },
  sha1: { digest: 'sha1', notAfter: daysFromNow(90) },
};

/** What a correctly configured server sends: the leaf and its intermediate. */
const fullChain = ({ key, fullChain: cert }: IssuedCert): { key: string; cert: string } => ({ key, cert });

beforeAll(async () => {
  certs = createCertFactory();
  for (const [name, options] of Object.entries(KINDS)) await serve(name, fullChain(certs.issue(options)));
  const valid = certs.issue(KINDS.valid);
  await serve('missingIntermediate', { key: valid.key, cert: valid.cert });
  await serve('tls10', { ...fullChain(valid), maxVersion: 'TLSv1' });
  await serve('localhostOnly', fullChain(certs.issue({ names: ['localhost'], notAfter: daysFromNow(90) })));
  await serve('sni', { ...fullChain(certs.issue({ names: ['default.example'] })), sni: { 'www.example.test': fullChain(certs.issue({ names: ['www.example.test'], notAfter: daysFromNow(60 + 1 / 24) })) } });
});
afterAll(() => Promise.all(servers.map((s) => s.close())));

const check = (inputs: Record<string, string>): Promise<ActionRun> => runAction('cert-check', { 'ca-file': certs.rootFile, 'open-issues': 'false', retries: '0', ...inputs });
const results = (run: ActionRun): CheckResult[] => JSON.parse(run.outputs.results ?? '[]') as CheckResult[];
const at = (name: string): string => `127.0.0.1:${byName[name]?.port}`;

describe('cert-check against real TLS servers', () => {
  it('passes a valid certificate for an IP address host and reports what it saw', async () => {
    const run = await check({ hosts: at('valid') });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('pass');
    expect(run.outputs['min-days-left']).toBe('89');
    const [r] = results(run);
    expect(r).toMatchObject({
      id: `tls:default/${at('valid')}`,
      kind: 'cert-check',
      subject: '127.0.0.1',
      target: at('valid'),
      status: 'pass',
      evidence: {
        host: '127.0.0.1',
        port: byName.valid?.port,
        'days left': 89,
        subject: 'CN=localhost',
        issuer: 'O=runbook tests, CN=Runbook Test Intermediate',
        SANs: 'DNS:localhost, IP Address:127.0.0.1',
        chain: 'localhost ← Runbook Test Intermediate ← Runbook Test Root',
        'key type': 'RSA',
        'key bits': 2048,
        'signature algorithm': 'sha256WithRSAEncryption',
        protocol: 'TLSv1.3',
        trusted: true,
        'name matches': true,
        findings: '',
      },
    });
    expect(r?.severity).toBeUndefined();
    expect(new Date(String(r?.evidence['not after'])).getTime()).toBeGreaterThan(daysFromNow(89).getTime());
    expect(r?.summary).toMatch(/^valid until \d{4}-\d\d-\d\d, in 89 days; TLSv1\.3, RSA 2048, trusted$/);
    expect(run.summary).toContain('cert-check: all 1 certificates passed');
    expect(run.annotations).toEqual([]);
  });

  describe('every kind of broken certificate, checked in one run', () => {
    let run: ActionRun;
    let byTarget: Map<string, CheckResult>;
    const names = [...Object.keys(KINDS), 'missingIntermediate', 'tls10'];
    beforeAll(async () => {
      run = await check({ hosts: names.map(at).join('\n'), concurrency: '4' });
      byTarget = new Map(results(run).map((r) => [r.target, r]));
    });

    it.each([
      ['valid', 'pass', undefined, /^valid until/],
      ['expired', 'fail', 'P1', /^expired \d{4}-\d\d-\d\d, 10 days ago$/],
      ['notYetValid', 'fail', 'P1', /^not valid until \d{4}-\d\d-\d\d, in 20 days$/],
      ['sixDays', 'fail', 'P2', /^expires \d{4}-\d\d-\d\d, in 6 days \(renew within 7 days\)$/],
      ['twentyNineDays', 'warn', 'P4', /^expires \d{4}-\d\d-\d\d, in 29 days \(within 30 days\)$/],
      ['wrongHost', 'fail', 'P1', /^the certificate is not valid for 127\.0\.0\.1: it names other\.example$/],
      ['selfSigned', 'fail', 'P2', /^self-signed certificate: no browser trusts it$/],
      ['missingIntermediate', 'fail', 'P2', /^missing intermediate: the server sends only its own certificate, and its issuer "Runbook Test Intermediate" is not a trusted root/],
      ['rsa1024', 'fail', 'P3', /^weak key: RSA 1024 bits, at least 2048 expected$/],
      ['sha1', 'fail', 'P3', /^weak signature: sha1WithRSAEncryption/],
      ['tls10', 'fail', 'P3', /^negotiated TLSv1: browsers require TLS 1.2 or later$/],
    ])('%s: %s %s', (name, status, severity, summary) => {
      const r = byTarget.get(at(name));
      expect(r).toMatchObject({ status, summary: expect.stringMatching(summary) });
      expect(r?.severity).toBe(severity);
    });

    it('fails the step, annotates each problem, and gives the fewest days left', () => {
      expect(run.exitCode).toBe(1);
      expect(run.outputs.status).toBe('fail');
      expect(run.outputs['min-days-left']).toBe('-10');
      expect(run.annotations.filter((a) => a.level === 'warning')).toEqual([expect.objectContaining({ title: `[P4] 127.0.0.1: ${at('twentyNineDays')}` })]);
      expect(run.annotations.filter((a) => a.level === 'error' && a.title)).toHaveLength(names.length - 2);
    });

    it('writes a summary table sorted by days left', () => {
      expect(run.summary).toContain(`cert-check: ${names.length - 2} of ${names.length} certificates failing, 1 with warnings`);
      const rows = run.summary.split('\n').filter((line) => line.startsWith('| 127.0.0.1 |'));
      const daysColumn = rows.map((row) => Number(row.split(' | ')[3]));
      expect(daysColumn).toHaveLength(names.length);
      expect(daysColumn).toEqual([...daysColumn].sort((a, b) => a - b));
      expect(rows[0]).toContain(at('expired'));
      expect(rows[1]).toContain(at('sixDays'));
    });
  });

  it('checks hosts concurrently: six hung servers cost one timeout, not six', async () => {
    const silent = await Promise.all(Array.from({ length: 6 }, () => startSilentServer()));
    try {
      const run = await check({ hosts: silent.map((s) => `127.0.0.1:${s.port}`).join('\n'), timeout: '600ms', concurrency: '6' });
      expect(results(run).map((r) => r.summary)).toEqual(Array(6).fill('could not check the certificate: no TLS handshake within 600ms'));
      expect(run.durationMs).toBeLessThan(6 * 600);
    } finally {
      await Promise.all(silent.map((s) => s.close()));
    }
  });

  it('does not trust the test CA without ca-file, and says why', async () => {
    const run = await check({ hosts: at('valid'), 'ca-file': '' });
    expect(run.exitCode).toBe(1);
    expect(results(run)[0]).toMatchObject({
      severity: 'P2',
      summary: 'not trusted: "Runbook Test Intermediate" is issued by "Runbook Test Root", which is not a trusted root and not sent by the server (an internal CA needs ca-file)',
    });
  });

  it('sends the servername as SNI and checks the certificate against it', async () => {
    const withSni = await check({ hosts: at('sni'), servername: 'www.example.test' });
    expect(withSni.exitCode).toBe(0);
    expect(results(withSni)[0]).toMatchObject({ id: `tls:default/www.example.test@${at('sni')}`, subject: 'www.example.test', evidence: { SANs: 'DNS:www.example.test', 'days left': 60 } });
    const without = await check({ hosts: at('sni') });
    expect(results(without)[0]?.summary).toBe('the certificate is not valid for 127.0.0.1: it names default.example');
  });

  it('checks a DNS name host and tells an IP address host apart', async () => {
    const dns = await check({ hosts: `localhost:${byName.localhostOnly?.port}` });
    expect(dns.exitCode).toBe(0);
    expect(results(dns)[0]).toMatchObject({ id: `tls:default/localhost:${byName.localhostOnly?.port}`, status: 'pass' });
    const byAddress = await check({ hosts: at('localhostOnly') });
    expect(results(byAddress)[0]).toMatchObject({ severity: 'P1', summary: 'the certificate is not valid for 127.0.0.1: it names localhost' });
  });

  it('gives up on a server that accepts TCP but never answers TLS, after its retries', async () => {
    const silent = await startSilentServer();
    try {
      const run = await check({ hosts: `127.0.0.1:${silent.port}`, timeout: '300ms', retries: '1', 'retry-delay': '0s' });
      expect(run.exitCode).toBe(1);
      expect(results(run)[0]).toMatchObject({ status: 'fail', severity: 'P2', summary: 'could not check the certificate: no TLS handshake within 300ms (2 attempts)', evidence: { attempts: 2, 'days left': null } });
      expect(silent.connections()).toBe(2);
      expect(run.outputs['min-days-left']).toBe('');
    } finally {
      await silent.close();
    }
  });

  it('reports connection refused', async () => {
    const run = await check({ hosts: `127.0.0.1:${await closedPort()}` });
    expect(run.exitCode).toBe(1);
    expect(results(run)[0]).toMatchObject({ severity: 'P2', summary: 'could not check the certificate: connection refused' });
  });

  it('reads an https:// URL host and keeps its id across a renewal', async () => {
    const server = await serve('renewed', fullChain(certs.issue(KINDS.sixDays)));
    const before = await check({ hosts: `https://127.0.0.1:${server.port}/`, environment: 'production' });
    expect(results(before)[0]).toMatchObject({ id: `tls:production/127.0.0.1:${server.port}`, status: 'fail', severity: 'P2' });
    server.renew(fullChain(certs.issue(KINDS.valid)));
    const after = await check({ hosts: `https://127.0.0.1:${server.port}/`, environment: 'production' });
    expect(results(after)[0]).toMatchObject({ id: `tls:production/127.0.0.1:${server.port}`, status: 'pass' });
    expect(after.exitCode).toBe(0);
  });

  it('opens one incident for a certificate about to expire, and closes it once renewed', async () => {
    const github = await startFakeGitHub();
    const server = await serve('incident', fullChain(certs.issue(KINDS.sixDays)));
    const checkWithIssues = () =>
      runAction('cert-check', { 'ca-file': certs.rootFile, retries: '0', hosts: `127.0.0.1:${server.port}`, environment: 'production', 'open-issues': 'true', 'github-token': github.token }, { env: { GITHUB_API_URL: github.url } });
    try {
      const failing = await checkWithIssues();
      expect(failing.exitCode).toBe(1);
      expect(github.issues).toHaveLength(1);
      const [issue] = github.issues;
      expect(issue).toMatchObject({ state: 'open', labels: expect.arrayContaining(['P2', 'cert-check']) });
      expect(issue?.title).toBe('[P2] 127.0.0.1: certificate check failing');
      expect(issue?.body).toMatch(/expires \d{4}-\d\d-\d\d, in 6 days/);
      expect(issue?.body).toContain('sudo certbot renew');

      server.renew(fullChain(certs.issue(KINDS.valid)));
      const renewed = await checkWithIssues();
      expect(renewed.exitCode).toBe(0);
      expect(github.issues).toHaveLength(1);
      expect(github.issues[0]?.state).toBe('closed');
    } finally {
      await github.close();
    }
  });

  it('warns without failing by default, and fails on warnings with fail-on: warn', async () => {
    const run = await check({ hosts: at('twentyNineDays') });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('warn');
    expect((await check({ hosts: at('twentyNineDays'), 'fail-on': 'warn' })).exitCode).toBe(1);
    expect((await check({ hosts: at('twentyNineDays'), 'warn-days': '20' })).outputs.status).toBe('pass');
  });

  it('checks the certs of a config environment, each with its own thresholds, and writes the results file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'runbook-cert-cfg-'));
    writeFileSync(
      join(dir, 'runbook.yml'),
      `version: 1
environments:
  production:
    certs:
      - host: 127.0.0.1
        port: ${byName.twentyNineDays?.port}
        warn-days: 14
      - host: https://localhost:${byName.sixDays?.port}/
        critical-days: 3
        runbook: "sudo certbot renew --cert-name your-domain.com && sudo systemctl reload httpd"
      - host: 127.0.0.1:${byName.rsa1024?.port}
        severity: P1
      - host: localhost:${byName.twentyNineDays?.port}
`,
    );
    const run = await check({ config: join(dir, 'runbook.yml'), environment: 'production', 'warn-days': '40', 'results-file': join(dir, 'results.json') });
    expect(results(run).map((r) => [r.id, r.status, r.severity ?? null])).toEqual([
      [`tls:production/127.0.0.1:${byName.twentyNineDays?.port}`, 'pass', null],
      [`tls:production/localhost:${byName.sixDays?.port}`, 'warn', 'P4'],
      [`tls:production/127.0.0.1:${byName.rsa1024?.port}`, 'fail', 'P1'],
      [`tls:production/localhost:${byName.twentyNineDays?.port}`, 'warn', 'P4'],
    ]);
    expect(results(run)[1]?.runbook).toBe('sudo certbot renew --cert-name your-domain.com && sudo systemctl reload httpd');
    expect(results(run)[0]?.runbook).toBeUndefined();
    expect(JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8'))).toEqual(results(run));
  });
});

describe('cert-check bad input: one line naming the input, exit 1, nothing sent', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ['warn-days below critical-days', { 'warn-days': '5', 'critical-days': '7' }, /^cert-check: input "warn-days": expected at least critical-days \(7\), got 5$/],
    ['a port out of range', { hosts: '{valid}\n127.0.0.1:70000' }, /^cert-check: input "hosts": line 2: expected a port from 1 to 65535, got "127\.0\.0\.1:70000"$/],
    ['an empty host list', { hosts: '' }, /^cert-check: input "hosts": expected at least one host \(host, host:port or an https:\/\/ URL\), or config and environment to take the certs from$/],
    ['a plain http URL', { hosts: '{valid}\nhttp://127.0.0.1/' }, /^cert-check: input "hosts": line 2: expected host, host:port or an https:\/\/ URL, got "http:\/\/127\.0\.0\.1\/"$/],
    ['min-key-bits that is not a number', { 'min-key-bits': 'strong' }, /^cert-check: input "min-key-bits": expected RSA bits like 2048/],
    ['a ca-file that does not exist', { 'ca-file': '/nonexistent/ca.pem' }, /^cert-check: input "ca-file": cannot read \/nonexistent\/ca\.pem \(ENOENT\)$/],
    ['a timeout a timer cannot hold', { timeout: '30d' }, /^cert-check: input "timeout": expected a duration of at most 5m, got "30d"$/],
    ['a retry-delay over its bound', { 'retry-delay': '2h' }, /^cert-check: input "retry-delay": expected a duration of at most 5m, got "2h"$/],
    ['a host URL whose password has a slash', { hosts: '{valid}\nhttps://ops:Pa/55-Secret7@bad.example/' }, /^cert-check: input "hosts": line 2: expected host, host:port or an https:\/\/ URL, got "https:\/\/\*\*\*@bad\.example\/"$/],
  ];
  /** `{valid}` in a host list stands for the valid server, which must not be contacted either. */
  it.each(cases)('rejects %s', async (_name, inputs, message) => {
    const before = byName.valid?.handshakes();
    const hosts = (inputs.hosts ?? at('valid')).replace('{valid}', at('valid'));
    expectRejectedInput(await check({ ...inputs, hosts }), message);
    expect(byName.valid?.handshakes()).toBe(before);
  });

  it('writes no issue either', async () => {
    const github = await startFakeGitHub();
    try {
      const run = await runAction('cert-check', { hosts: at('sixDays'), 'warn-days': '3', 'open-issues': 'true', 'github-token': github.token }, { env: { GITHUB_API_URL: github.url } });
      expect(run.exitCode).toBe(1);
      expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([]);
      expect(github.issues).toEqual([]);
    } finally {
      await github.close();
    }
  });
});

describe('cert-check from a terminal', () => {
  it('runs the same engine with the input names as flags', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'runbook-cert-cli-'));
    const run = await runCli(['cert-check', '--host', at('valid'), '--host', at('sixDays'), '--ca-file', certs.rootFile, '--retries', '0'], cwd);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('cert-check: 1 of 2 certificates failing');
    expect(run.stdout).toMatch(new RegExp(`${at('sixDays')}\\s+fail P2\\s+6\\s`));
    const bad = await runCli(['cert-check', '--host', 'example.com', '--critical-days', '40'], cwd);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim()).toBe('runbook: --warn-days: expected at least critical-days (40), got 30');
  });

  it('shows the demo TLS target that expires in a few days', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'runbook-cert-demo-'));
    const run = await runCli(['demo'], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/127\.0\.0\.1:\d+\s+fail P2\s+4\s+.*expires \d{4}-\d\d-\d\d, in 4 days \(renew within 7 days\)/);
    const written = JSON.parse(readFileSync(join(cwd, '.runbook-demo/results.json'), 'utf8')) as CheckResult[];
    expect(written.filter((r) => r.kind === 'cert-check')).toEqual([expect.objectContaining({ status: 'fail', severity: 'P2', id: expect.stringMatching(/^tls:demo\/127\.0\.0\.1:\d+$/) })]);
  });
});
