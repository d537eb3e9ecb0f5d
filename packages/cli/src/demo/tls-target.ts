import { errorMessage } from '@runbook/core';
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

/** Runs `openssl <args>` quietly; a missing command or a failure is one error naming it, with its stderr. */
async function makeCertificate(args: string[]): Promise<void> {
  // Loaded here: only the demo runs a program, so the other commands do not pay for @actions/exec.
  const { getExecOutput } = await import('@actions/exec');
  let result: { exitCode: number; stderr: string };
  try {
    result = await getExecOutput('openssl', args, { silent: true, ignoreReturnCode: true });
  } catch (error) {
    const missing = errorMessage(error).startsWith('Unable to locate executable file');
    throw new Error(missing ? 'the demo TLS target needs the openssl command, which was not found' : `could not run openssl: ${errorMessage(error)}`, { cause: error });
  }
  if (result.exitCode !== 0) throw new Error(`openssl ${args[0]} could not make the demo certificate (exit ${result.exitCode}): ${result.stderr.trim() || 'no error output'}`);
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
  await makeCertificate(args);
  const server = tls.createServer({ key: readFileSync(keyFile), cert: readFileSync(certFile) }, (socket) => socket.end());
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    address: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    caFile: certFile,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
