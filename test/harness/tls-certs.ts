import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface IssueOptions {
  /** Subject alternative names; IPv4 addresses become IP entries. */
  names?: string[];
  notBefore?: Date;
  notAfter?: Date;
  /** Who signs: the intermediate (as public CAs do), or the leaf itself. */
  signer?: 'intermediate' | 'self';
  keyBits?: 2048 | 1024;
  digest?: 'sha256' | 'sha1';
}

export interface IssuedCert {
  key: string;
  /** The leaf alone: what a server that forgets its intermediate sends. */
  cert: string;
  /** The leaf followed by its intermediate, as a correctly configured server sends it. */
  fullChain: string;
}

export interface CertFactory {
  /** The test root CA's certificate, for `ca-file`. */
  rootFile: string;
  issue(options?: IssueOptions): IssuedCert;
}

/** A date `days` from now (fractions allowed). */
export const daysFromNow = (days: number): Date => new Date(Date.now() + days * 86_400_000);

/** `openssl ca` takes its dates as YYYYMMDDHHMMSSZ; OpenSSL 3.0 has no `x509 -not_before`. */
const asn1Time = (date: Date): string => `${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;

const CA_CONFIG = `[ca]
default_ca = test
[test]
dir = .
database = index.txt
new_certs_dir = issued
serial = serial
policy = any
default_md = sha256
unique_subject = no
copy_extensions = none
[any]
organizationName = optional
commonName = supplied
[leaf]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = $ENV::SAN
[intermediate]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
`;

/**
 * Certificates made at test time with the openssl CLI: a root CA, an intermediate CA, and leaves
 * with any validity window (backdated or in the future, through `openssl ca -startdate/-enddate`),
 * key size, digest (SHA-1 included) and signer. Keys are made once per factory and reused, so a
 * certificate costs one openssl run (~10 ms).
 */
export function createCertFactory(): CertFactory {
  const dir = mkdtempSync(join(tmpdir(), 'runbook-tls-'));
  const openssl = (args: string[], env: Record<string, string> = {}): void =>
    void execFileSync('openssl', args, { cwd: dir, stdio: 'pipe', env: { ...process.env, SAN: 'DNS:unused', ...env } });
  const read = (file: string): string => readFileSync(join(dir, file), 'utf8');

  writeFileSync(join(dir, 'ca.cnf'), CA_CONFIG);
  writeFileSync(join(dir, 'index.txt'), '');
  writeFileSync(join(dir, 'serial'), '1000\n');
  mkdirSync(join(dir, 'issued'));
  for (const [name, bits] of [['root', 2048], ['intermediate', 2048], ['leaf', 2048], ['weak', 1024]] as const) {
    openssl(['genpkey', '-algorithm', 'RSA', '-pkeyopt', `rsa_keygen_bits:${bits}`, '-out', `${name}.key`]);
    if (name !== 'root') openssl(['req', '-new', '-key', `${name}.key`, '-subj', `/CN=${name}`, '-out', `${name}.csr`]);
  }
  openssl(['req', '-x509', '-key', 'root.key', '-subj', '/O=runbook tests/CN=Runbook Test Root', '-days', '60', '-out', 'root.pem', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
  const sign = (csr: string, out: string, signer: 'root' | 'intermediate' | 'self', options: { subject: string; extensions: string; notBefore: Date; notAfter: Date; digest?: string; san?: string }): void => {
    const signedBy = signer === 'self' ? ['-selfsign', '-keyfile', csr.replace('.csr', '.key')] : ['-cert', `${signer}.pem`, '-keyfile', `${signer}.key`];
    const dates = ['-startdate', asn1Time(options.notBefore), '-enddate', asn1Time(options.notAfter)];
    openssl(['ca', '-batch', '-config', 'ca.cnf', ...signedBy, '-in', csr, '-out', out, '-notext', '-subj', options.subject, ...dates, '-md', options.digest ?? 'sha256', '-extensions', options.extensions], options.san ? { SAN: options.san } : {});
  };
  sign('intermediate.csr', 'intermediate.pem', 'root', { subject: '/O=runbook tests/CN=Runbook Test Intermediate', extensions: 'intermediate', notBefore: daysFromNow(-1), notAfter: daysFromNow(50) });
  const intermediate = read('intermediate.pem');

  let count = 0;
  return {
    rootFile: join(dir, 'root.pem'),
    issue({ names = ['localhost', '127.0.0.1'], notBefore = daysFromNow(-1), notAfter = daysFromNow(45), signer = 'intermediate', keyBits = 2048, digest = 'sha256' } = {}) {
      const id = `cert${++count}`;
      const keyName = keyBits === 1024 ? 'weak' : 'leaf';
      const san = names.map((n) => (/^[\d.]+$/.test(n) ? `IP:${n}` : `DNS:${n}`)).join(',');
      sign(`${keyName}.csr`, `${id}.pem`, signer, { subject: `/CN=${names[0] ?? 'test'}`, extensions: 'leaf', notBefore, notAfter, digest, san });
      const cert = read(`${id}.pem`);
      return { key: read(`${keyName}.key`), cert, fullChain: signer === 'intermediate' ? `${cert}${intermediate}` : cert };
    },
  };
}
