import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import tls from 'node:tls';

/** Days the demo certificate is valid: inside runbook 001's 7-day emergency window. */
const DEMO_CERT_DAYS = 5;

export interface DemoTlsTarget {
  /** `127.0.0.1:port` */
  address: string;
  /** The demo certificate, to pass as `ca-file` so that only its expiry is a finding. */
  caFile: string;
  close(): Promise<void>;
}

/**
 * A TLS server on 127.0.0.1 whose certificate expires in a few days, made now with the system
 * openssl (an EC key, so it takes milliseconds).
 */
export async function startDemoTlsTarget(dir: string): Promise<DemoTlsTarget> {
  mkdirSync(dir, { recursive: true });
  const keyFile = join(dir, 'demo-tls.key');
  const certFile = join(dir, 'demo-tls.pem');
  const args = [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', String(DEMO_CERT_DAYS),
    '-subj', '/O=runbook demo/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', keyFile, '-out', certFile,
  ];
  try {
    execFileSync('openssl', args, { stdio: 'pipe' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'the demo TLS target needs the openssl command, which was not found' : `openssl could not make the demo certificate: ${String((error as { stderr?: Buffer }).stderr ?? code).trim()}`;
    throw new Error(why, { cause: error });
  }
  const server = tls.createServer({ key: readFileSync(keyFile), cert: readFileSync(certFile) }, (socket) => socket.end());
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    address: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    caFile: certFile,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
