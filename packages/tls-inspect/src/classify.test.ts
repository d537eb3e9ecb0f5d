import { describe, expect, it } from 'vitest';
import type { CertificateFacts } from './certificate.ts';
import { classify } from './classify.ts';
import type { TlsFacts } from './inspect.ts';
import { DEFAULT_MIN_KEY_BITS, type Thresholds } from './thresholds.ts';

const NOW = new Date('2026-11-25T09:00:00Z');
const day = (iso: string): Date => new Date(`${iso}T12:00:00Z`);
const thresholds: Thresholds = { warnDays: 30, criticalDays: 7, minKeyBits: DEFAULT_MIN_KEY_BITS };

const cert = (overrides: Partial<CertificateFacts> = {}): CertificateFacts => ({
  name: 'www.example.com',
  subject: 'CN=www.example.com',
  issuer: "C=US, O=Let's Encrypt, CN=R11",
  issuerName: 'R11',
  sans: ['DNS:www.example.com', 'DNS:example.com'],
  notBefore: day('2026-10-01'),
  notAfter: day('2027-01-01'),
  keyType: 'RSA',
  keyBits: 2048,
  signatureAlgorithm: 'sha256WithRSAEncryption',
  selfSigned: false,
  fingerprint256: 'AA',
  ...overrides,
});
const intermediate = cert({ name: 'R11', subject: 'CN=R11', issuer: 'CN=ISRG Root X1', issuerName: 'ISRG Root X1', sans: [], notAfter: day('2027-03-12'), fingerprint256: 'BB' });
const root = cert({ name: 'ISRG Root X1', subject: 'CN=ISRG Root X1', issuer: 'CN=ISRG Root X1', issuerName: 'ISRG Root X1', sans: [], keyBits: 4096, notAfter: day('2035-06-04'), selfSigned: true, signatureAlgorithm: 'sha1WithRSAEncryption', fingerprint256: 'CC' });

const facts = (overrides: Partial<TlsFacts> = {}): TlsFacts => ({
  protocol: 'TLSv1.3',
  cipher: 'TLS_AES_256_GCM_SHA384',
  chain: [cert(), intermediate, root],
  trusted: true,
  anchor: 'trusted',
  checkedName: 'www.example.com',
  nameMatches: true,
  ...overrides,
});
const withLeaf = (overrides: Partial<CertificateFacts>, rest: Partial<TlsFacts> = {}): TlsFacts => facts({ chain: [cert(overrides), intermediate, root], ...rest });

describe('classify', () => {
  it('finds nothing wrong with a healthy chain (a SHA-1 self-signature on the root does not count)', () => {
    expect(classify(facts(), NOW, thresholds)).toEqual([]);
  });

  it.each([
    ['6 days left', '2026-12-01', 'critical-days', 'P2', 'expires 2026-12-01, in 6 days (renew within 7 days)'],
    ['exactly 7 whole days left', '2026-12-02', 'critical-days', 'P2', 'expires 2026-12-02, in 7 days (renew within 7 days)'],
    ['8 days left', '2026-12-03', 'warn-days', 'P4', 'expires 2026-12-03, in 8 days (within 30 days)'],
    ['29 days left', '2026-12-24', 'warn-days', 'P4', 'expires 2026-12-24, in 29 days (within 30 days)'],
    ['less than a day left', '2026-11-25', 'critical-days', 'P2', 'expires 2026-11-25, in less than a day (renew within 7 days)'],
    ['expired yesterday', '2026-11-24', 'expired', 'P1', 'expired 2026-11-24, less than a day ago'],
    ['expired 9.9 days ago', '2026-11-15', 'expired', 'P1', 'expired 2026-11-15, 9 days ago'],
  ])('%s', (_name, notAfter, code, severity, message) => {
    expect(classify(withLeaf({ notAfter: day(notAfter) }), NOW, thresholds)).toEqual([{ code, severity, message }]);
  });

  it('passes 31 days left, and honours other thresholds', () => {
    expect(classify(withLeaf({ notAfter: day('2026-12-27') }), NOW, thresholds)).toEqual([]);
    expect(classify(withLeaf({ notAfter: day('2026-12-27') }), NOW, { ...thresholds, warnDays: 45, criticalDays: 32 })[0]?.code).toBe('critical-days');
  });

  it('reports a certificate that is not valid yet, and nothing about its expiry', () => {
    expect(classify(withLeaf({ notBefore: day('2026-12-05') }), NOW, thresholds)).toEqual([{ code: 'not-yet-valid', severity: 'P1', message: 'not valid until 2026-12-05, in 10 days' }]);
  });

  it('says which names the certificate has when the host is not one of them', () => {
    expect(classify(facts({ checkedName: 'api.example.com', nameMatches: false }), NOW, thresholds)).toEqual([
      { code: 'name-mismatch', severity: 'P1', message: 'the certificate is not valid for api.example.com: it names www.example.com, example.com' },
    ]);
    const many = withLeaf({ sans: ['a', 'b', 'c', 'd', 'e', 'f'].map((n) => `DNS:${n}.example`) }, { nameMatches: false, checkedName: 'x.example' });
    expect(classify(many, NOW, thresholds)[0]?.message).toBe('the certificate is not valid for x.example: it names a.example, b.example, c.example, d.example and 2 more');
    const cnOnly = withLeaf({ sans: [] }, { nameMatches: false });
    expect(classify(cnOnly, NOW, thresholds)[0]?.message).toContain('no subject alternative names (browsers ignore the common name "www.example.com")');
  });

  describe('trust', () => {
    it('names a missing intermediate when the server sends only the leaf', () => {
      const [finding] = classify(facts({ chain: [cert()], trusted: false, trustError: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', anchor: 'missing' }), NOW, thresholds);
      expect(finding).toEqual({ code: 'untrusted', severity: 'P2', message: 'missing intermediate: the server sends only its own certificate, and its issuer "R11" is not a trusted root (serve the full chain)' });
    });

    it('names the root nobody trusts when the chain stops below it', () => {
      const [finding] = classify(facts({ chain: [cert(), intermediate], trusted: false, trustError: 'UNABLE_TO_GET_ISSUER_CERT', anchor: 'missing' }), NOW, thresholds);
      expect(finding?.message).toBe('not trusted: "R11" is issued by "ISRG Root X1", which is not a trusted root and not sent by the server (an internal CA needs ca-file)');
    });

    it('tells a self-signed leaf from a chain that ends in an unknown root', () => {
      const self = cert({ issuer: 'CN=www.example.com', issuerName: 'www.example.com', selfSigned: true });
      expect(classify(facts({ chain: [self], trusted: false, trustError: 'DEPTH_ZERO_SELF_SIGNED_CERT', anchor: 'untrusted' }), NOW, thresholds)[0]?.message).toBe('self-signed certificate: no browser trusts it');
      expect(classify(facts({ trusted: false, trustError: 'SELF_SIGNED_CERT_IN_CHAIN', anchor: 'untrusted' }), NOW, thresholds)[0]?.message).toBe('the chain ends in the root "ISRG Root X1", which is not trusted');
    });

    it('keeps both findings when OpenSSL reports only the expiry of an untrusted self-signed certificate', () => {
      const self = cert({ selfSigned: true, notAfter: day('2026-11-01') });
      const codes = classify(facts({ chain: [self], trusted: false, trustError: 'CERT_HAS_EXPIRED', anchor: 'untrusted' }), NOW, thresholds).map((f) => [f.code, f.severity]);
      expect(codes).toEqual([['expired', 'P1'], ['untrusted', 'P2']]);
    });

    it('blames an expired intermediate, not the leaf', () => {
      const old = { ...intermediate, notAfter: day('2026-11-20') };
      expect(classify(facts({ chain: [cert(), old, root], trusted: false, trustError: 'CERT_HAS_EXPIRED' }), NOW, thresholds)).toEqual([
        { code: 'untrusted', severity: 'P2', message: 'the issuer "R11" expired 2026-11-20, 4 days ago' },
      ]);
    });

    it('warns about an intermediate that runs out before the leaf, at the same thresholds', () => {
      const soon = (iso: string) => facts({ chain: [cert(), { ...intermediate, notAfter: day(iso) }, root] });
      expect(classify(soon('2026-11-28'), NOW, thresholds)).toEqual([
        { code: 'critical-days', severity: 'P2', message: 'the intermediate "R11" the server sends expires 2026-11-28, in 3 days (renew within 7 days)' },
      ]);
      expect(classify(soon('2026-12-20'), NOW, thresholds).map((f) => `${f.severity} ${f.code}`)).toEqual(['P4 warn-days']);
      expect(classify(soon('2026-12-31'), NOW, { ...thresholds, warnDays: 20 })).toEqual([]);
    });

    it('ignores an expired certificate the server sends when another path is trusted', () => {
      const oldCrossSign = { ...intermediate, notAfter: day('2026-09-30') };
      expect(classify(facts({ chain: [cert(), intermediate, oldCrossSign] }), NOW, thresholds)).toEqual([]);
    });

    it('falls back to the verification code for anything else', () => {
      expect(classify(facts({ trusted: false, trustError: 'CERT_SIGNATURE_FAILURE' }), NOW, thresholds)[0]?.message).toBe('the chain is not trusted (CERT_SIGNATURE_FAILURE)');
    });
  });

  describe('strength', () => {
    it.each<[Partial<CertificateFacts>, string, string]>([
      [{ keyBits: 1024 }, 'weak-key', 'weak key: RSA 1024 bits, at least 2048 expected'],
      [{ keyType: 'EC', keyBits: 224 }, 'weak-key', 'weak key: EC 224 bits, at least 256 expected'],
      [{ signatureAlgorithm: 'sha1WithRSAEncryption' }, 'weak-signature', 'weak signature: sha1WithRSAEncryption (browsers reject SHA-1 and MD5)'],
      [{ signatureAlgorithm: 'md5WithRSAEncryption' }, 'weak-signature', 'weak signature: md5WithRSAEncryption (browsers reject SHA-1 and MD5)'],
      [{ signatureAlgorithm: 'ecdsa-with-SHA1', keyType: 'EC', keyBits: 256 }, 'weak-signature', 'weak signature: ecdsa-with-SHA1 (browsers reject SHA-1 and MD5)'],
    ])('%o is P3', (leaf, code, message) => {
      expect(classify(withLeaf(leaf), NOW, thresholds)).toEqual([{ code, severity: 'P3', message }]);
    });

    it('accepts strong keys of every family and raises the bar when asked', () => {
      const ed25519 = cert({ keyType: 'Ed25519' });
      delete ed25519.keyBits;
      for (const leaf of [cert({ keyType: 'EC', keyBits: 256 }), ed25519, cert({ keyBits: 4096 }), cert({ signatureAlgorithm: 'sha512WithRSAEncryption' })]) {
        expect(classify(facts({ chain: [leaf, intermediate, root] }), NOW, thresholds), leaf.keyType).toEqual([]);
      }
      expect(classify(facts(), NOW, { ...thresholds, minKeyBits: { rsa: 3072, ec: 384 } }).map((f) => f.message)).toEqual([
        'weak key: RSA 2048 bits, at least 3072 expected',
        'weak key of the issuer "R11": RSA 2048 bits, at least 3072 expected',
      ]);
    });

    it('names an intermediate signed with SHA-1', () => {
      const sha1Intermediate = { ...intermediate, signatureAlgorithm: 'sha1WithRSAEncryption' };
      expect(classify(facts({ chain: [cert(), sha1Intermediate, root] }), NOW, thresholds)[0]?.message).toBe('weak signature of the issuer "R11": sha1WithRSAEncryption (browsers reject SHA-1 and MD5)');
    });
  });

  it.each(['TLSv1', 'TLSv1.1'])('flags %s as P3 and accepts TLS 1.2', (protocol) => {
    expect(classify(facts({ protocol }), NOW, thresholds)).toEqual([{ code: 'old-protocol', severity: 'P3', message: `negotiated ${protocol}: browsers require TLS 1.2 or later` }]);
    expect(classify(facts({ protocol: 'TLSv1.2' }), NOW, thresholds)).toEqual([]);
  });

  it('lists every finding, the most severe first', () => {
    const findings = classify(withLeaf({ notAfter: day('2026-11-28'), keyBits: 1024 }, { protocol: 'TLSv1', nameMatches: false, checkedName: 'x.example' }), NOW, thresholds);
    expect(findings.map((f) => `${f.severity} ${f.code}`)).toEqual(['P1 name-mismatch', 'P2 critical-days', 'P3 weak-key', 'P3 old-protocol']);
  });
});
