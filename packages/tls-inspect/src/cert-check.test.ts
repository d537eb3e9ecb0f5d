import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { certCheck, certId, toResult, type CertTarget } from './cert-check.ts';
import type { CertificateFacts } from './certificate.ts';
import { inspectWithRetries, type Inspection } from './inspect.ts';
import { runCertCheck } from './report.ts';
import { DEFAULT_MIN_KEY_BITS } from './thresholds.ts';
import { throwingReportEmitter } from '../../../test/harness/recording-emitter.ts';

const NOW = new Date('2026-11-25T09:00:00Z');
const target: CertTarget = {
  id: certId('production', 'your-domain.com', 443),
  environment: 'production',
  host: 'your-domain.com',
  port: 443,
  timeoutMs: 10_000,
  retries: 2,
  retryDelayMs: 2_000,
  thresholds: { warnDays: 30, criticalDays: 7, minKeyBits: DEFAULT_MIN_KEY_BITS },
};
const leaf = (notAfter: string, overrides: Partial<CertificateFacts> = {}): CertificateFacts => ({
  name: 'your-domain.com',
  subject: 'CN=your-domain.com',
  issuer: "C=US, O=Let's Encrypt, CN=E6",
  issuerName: 'E6',
  sans: ['DNS:your-domain.com'],
  notBefore: new Date('2026-09-01T00:00:00Z'),
  notAfter: new Date(notAfter),
  keyType: 'EC',
  keyBits: 256,
  signatureAlgorithm: 'ecdsa-with-SHA384',
  selfSigned: false,
  fingerprint256: 'AA',
  ...overrides,
});
const seen = (notAfter: string, overrides: Partial<CertificateFacts> = {}): Inspection => ({
  ok: true,
  tls: { protocol: 'TLSv1.3', cipher: 'TLS_AES_128_GCM_SHA256', chain: [leaf(notAfter, overrides)], trusted: true, anchor: 'trusted', checkedName: 'your-domain.com', nameMatches: true },
});

describe('certId', () => {
  it('is stable and names the SNI only when it differs from the host', () => {
    expect(certId('production', 'your-domain.com', 443)).toBe('tls:production/your-domain.com:443');
    expect(certId('production', 'your-domain.com', 443, 'your-domain.com')).toBe('tls:production/your-domain.com:443');
    expect(certId('production', '203.0.113.10', 8443, 'www.your-domain.com')).toBe('tls:production/www.your-domain.com@203.0.113.10:8443');
    expect(certId('staging', '2001:db8::1', 443)).toBe('tls:staging/[2001:db8::1]:443');
  });
});

describe('toResult', () => {
  it('passes with the expiry in plain words and the evidence the results output promises', () => {
    const r = toResult(target, seen('2027-02-01T00:00:00Z'), 1, NOW, 12);
    expect(r).toMatchObject({ id: 'tls:production/your-domain.com:443', kind: 'cert-check', subject: 'your-domain.com', target: 'your-domain.com:443', status: 'pass', durationMs: 12, startedAt: NOW.toISOString() });
    expect(r.summary).toBe('valid until 2027-02-01, in 67 days; TLSv1.3, EC 256, trusted');
    expect(r.severity).toBeUndefined();
    expect(r.runbook).toBeUndefined();
    expect(r.evidence).toMatchObject({ 'days left': 67, 'not after': '2027-02-01T00:00:00.000Z', issuer: "C=US, O=Let's Encrypt, CN=E6", chain: 'your-domain.com', 'key type': 'EC', 'key bits': 256, findings: '' });
  });

  it('warns at P4 and fails from P3 up, joining every finding', () => {
    expect(toResult(target, seen('2026-12-20T00:00:00Z'), 1, NOW, 1)).toMatchObject({ status: 'warn', severity: 'P4', evidence: { findings: 'warn-days' } });
    const r = toResult(target, seen('2026-11-30T00:00:00Z', { keyType: 'RSA', keyBits: 1024 }), 1, NOW, 1);
    expect(r).toMatchObject({ status: 'fail', severity: 'P2', evidence: { findings: 'critical-days, weak-key' } });
    expect(r.summary).toBe('expires 2026-11-30, in 4 days (renew within 7 days); weak key: RSA 1024 bits, at least 2048 expected');
  });

  it('lets a configured severity replace a failure\'s, but not turn a warning into one', () => {
    const critical = { ...target, severity: 'P1' as const, runbook: 'https://wiki.example/renew' };
    expect(toResult(critical, seen('2026-11-30T00:00:00Z'), 1, NOW, 1)).toMatchObject({ status: 'fail', severity: 'P1', runbook: 'https://wiki.example/renew' });
    expect(toResult(critical, seen('2026-12-20T00:00:00Z'), 1, NOW, 1)).toMatchObject({ status: 'warn', severity: 'P4' });
  });

  it('fails a host it could not read at P2, with the attempts', () => {
    const r = toResult({ ...target, servername: 'www.your-domain.com' }, { ok: false, reason: 'connection refused', retryable: true }, 3, NOW, 5_000);
    expect(r).toMatchObject({ status: 'fail', severity: 'P2', subject: 'www.your-domain.com', summary: 'could not check the certificate: connection refused (3 attempts)' });
    expect(r.evidence).toEqual({ host: 'your-domain.com', port: 443, servername: 'www.your-domain.com', attempts: 3, 'days left': null, error: 'connection refused' });
  });
});

describe('inspectWithRetries', () => {
  it('retries a refused connection with growing, jittered delays, then reports it', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const delays: number[] = [];
    const { inspection, attempts } = await inspectWithRetries(
      { host: '127.0.0.1', port, timeoutMs: 2_000 },
      { retries: 2, retryDelayMs: 1_000, random: () => 0.5, sleep: async (ms) => void delays.push(ms) },
    );
    expect(inspection).toEqual({ ok: false, reason: 'connection refused', retryable: true });
    expect(attempts).toBe(3);
    expect(delays).toEqual([750, 1_500]);
  });
});

describe('certCheck', () => {
  const closedPort = async (): Promise<number> => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return port;
  };
  const local = (p: number): CertTarget => ({ ...target, id: certId('production', '127.0.0.1', p), host: '127.0.0.1', port: p, retries: 0 });

  it('fails a host whose inspection throws, as P2, and still checks the others', async () => {
    const port = await closedPort();
    // Port 70000 passes no planner; tls.connect throws on it.
    const results = await certCheck({ targets: [local(70_000), local(port)], concurrency: 2 });
    expect(results.map((r) => [r.target, r.status, r.severity, r.summary])).toEqual([
      ['127.0.0.1:70000', 'fail', 'P2', expect.stringMatching(/^could not check the certificate: the check failed unexpectedly: .*70000/)],
      [`127.0.0.1:${port}`, 'fail', 'P2', 'could not check the certificate: connection refused'],
    ]);
  });

  it('records each result as it comes, so a later throw still has them', async () => {
    const port = await closedPort();
    const emitter = throwingReportEmitter();
    await expect(runCertCheck({ targets: [local(70_000), local(port)], concurrency: 1 }, emitter)).rejects.toThrow('the summary could not be written');
    expect(emitter.recorded.map((so) => so.map((r) => r.target))).toEqual([['127.0.0.1:70000'], ['127.0.0.1:70000', `127.0.0.1:${port}`]]);
  });
});
