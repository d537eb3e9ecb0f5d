import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestCa {
  dir: string;
  certFile: string;
  cert: string;
  /** Issues a leaf certificate for the names, signed by this CA. */
  issue(names: string[], options?: { days?: number }): { key: string; cert: string };
}

const openssl = (args: string[], cwd: string): void => void execFileSync('openssl', args, { cwd, stdio: 'pipe' });

/** A throwaway certificate authority made with the openssl CLI at test time. */
export function createTestCa(name = 'runbook test CA'): TestCa {
  const dir = mkdtempSync(join(tmpdir(), 'runbook-ca-'));
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '30', '-subj', `/CN=${name}`], dir);
  let serial = 0;
  return {
    dir,
    certFile: join(dir, 'ca.pem'),
    cert: readFileSync(join(dir, 'ca.pem'), 'utf8'),
    issue(names, { days = 30 } = {}) {
      const id = `leaf${++serial}`;
      const san = names.map((n) => (/^[\d.]+$/.test(n) ? `IP:${n}` : `DNS:${n}`)).join(',');
      writeFileSync(join(dir, `${id}.ext`), `subjectAltName=${san}\n`);
      openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${id}.key`, '-out', `${id}.csr`, '-subj', `/CN=${names[0]}`], dir);
      openssl(['x509', '-req', '-in', `${id}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${id}.pem`, '-days', String(days), '-extfile', `${id}.ext`], dir);
      return { key: readFileSync(join(dir, `${id}.key`), 'utf8'), cert: readFileSync(join(dir, `${id}.pem`), 'utf8') };
    },
  };
}
