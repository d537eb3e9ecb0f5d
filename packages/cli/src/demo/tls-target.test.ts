import { X509Certificate } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startDemoTlsTarget } from './tls-target.ts';

const PATH = process.env.PATH;
afterEach(() => {
  process.env.PATH = PATH;
});
const tmp = (): string => mkdtempSync(join(tmpdir(), 'runbook-demo-tls-'));

describe('the demo TLS target', () => {
  it('serves a certificate made by openssl that expires in a few days', async () => {
    const target = await startDemoTlsTarget(tmp());
    try {
      const cert = new X509Certificate(readFileSync(target.caFile));
      const days = (Date.parse(cert.validTo) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(4);
      expect(days).toBeLessThanOrEqual(5);
      expect(target.address).toMatch(/^127\.0\.0\.1:\d+$/);
    } finally {
      await target.close();
    }
  });

  it('names openssl and shows what it printed when it fails', async () => {
    const bin = tmp();
    writeFileSync(join(bin, 'openssl'), '#!/bin/sh\necho "ec_paramgen_curve: unknown curve" >&2\nexit 3\n');
    chmodSync(join(bin, 'openssl'), 0o755);
    process.env.PATH = bin;
    await expect(startDemoTlsTarget(tmp())).rejects.toThrow(/^openssl req could not make the demo certificate \(exit 3\): ec_paramgen_curve: unknown curve$/);
  });

  it('says openssl is needed when it is not installed', async () => {
    process.env.PATH = tmp();
    await expect(startDemoTlsTarget(tmp())).rejects.toThrow(/^the demo TLS target needs the openssl command, which was not found$/);
  });
});
