// cert-check: 100 TLS servers on loopback (one process, 100 ports) checked by the bundled action
// and by runbook 001's `openssl s_client | openssl x509 -noout -dates`, in a sequential loop, in
// the same run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { fmt, median, runAction, runCommand } from './lib.mjs';

const HOSTS = 100;

function makeCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cert-'));
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '90', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', keyFile, '-out', certFile], { stdio: 'pipe' });
  return { key: readFileSync(keyFile), cert: readFileSync(certFile), certFile };
}

async function startServers({ key, cert }) {
  const servers = await Promise.all(
    Array.from({ length: HOSTS }, () => {
      const server = tls.createServer({ key, cert }, (socket) => socket.end());
      server.on('tlsClientError', () => {});
      return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
    }),
  );
  return { hosts: servers.map((s) => `127.0.0.1:${s.address().port}`), close: () => servers.forEach((s) => s.close()) };
}

export async function run() {
  const certificate = makeCertificate();
  const { hosts, close } = await startServers(certificate);
  try {
    const times = [];
    for (let i = 0; i < 3; i++) {
      const r = await runAction('cert-check', { hosts: hosts.join('\n'), 'ca-file': certificate.certFile, concurrency: String(HOSTS), retries: '0' });
      if (r.code !== 0) throw new Error(`cert-check failed in the benchmark:\n${r.stdout.slice(-2000)}`);
      times.push(r.seconds);
    }
    const ours = median(times);
    const loop = await runCommand('bash', [
      '-c',
      'for h in "$@"; do echo | openssl s_client -connect "$h" -servername localhost 2>/dev/null | openssl x509 -noout -dates; done',
      'loop',
      ...hosts,
    ]);
    const read = loop.stdout.split('\n').filter((l) => l.startsWith('notAfter=')).length;
    if (read !== HOSTS) throw new Error(`openssl loop: read ${read} of ${HOSTS} certificates`);
    console.log(`cert-check (${HOSTS} hosts): ours ${fmt(ours)} (median of 3, concurrency ${HOSTS}), openssl loop ${fmt(loop.seconds)}, ${(loop.seconds / ours).toFixed(1)}x faster`);
  } finally {
    close();
  }
}
