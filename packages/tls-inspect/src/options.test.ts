import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputReader } from '@runbook/core';
import { describe, expect, it } from 'vitest';
import { planCertCheck } from './options.ts';

const reader = (values: Record<string, string>) => new InputReader((name) => values[name] ?? '');
const plan = (values: Record<string, string>) => planCertCheck(reader(values));

function configFile(certs: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'cert-options-')), 'runbook.yml');
  writeFileSync(path, `version: 1\nenvironments:\n  production:\n    certs:\n${certs}`);
  return path;
}

describe('planCertCheck', () => {
  it('plans inline hosts with the defaults of runbook 001', async () => {
    const { targets, concurrency } = await plan({ hosts: 'your-domain.com\nhttps://api.example.com:8443/health' });
    expect(concurrency).toBe(16);
    expect(targets.map((t) => [t.id, t.host, t.port])).toEqual([
      ['tls:default/your-domain.com:443', 'your-domain.com', 443],
      ['tls:default/api.example.com:8443', 'api.example.com', 8443],
    ]);
    expect(targets[0]).toMatchObject({ thresholds: { warnDays: 30, criticalDays: 7, minKeyBits: { rsa: 2048, ec: 256 } }, timeoutMs: 10_000, retries: 2 });
    expect(targets[0]?.runbook).toBeUndefined();
  });

  it('sends the servername to every inline host and keeps ids apart', async () => {
    const { targets } = await plan({ hosts: '10.0.0.5\n10.0.0.6', servername: 'www.example.com', environment: 'production', config: '' });
    expect(targets.map((t) => t.id)).toEqual(['tls:production/www.example.com@10.0.0.5:443', 'tls:production/www.example.com@10.0.0.6:443']);
    expect(targets[0]?.servername).toBe('www.example.com');
  });

  it('adds the certs of the config environment, each with its own thresholds', async () => {
    const config = configFile(
      '      - host: your-domain.com\n      - host: mail.example.com:8443\n        warn-days: 45\n        critical-days: 14\n        min-key-bits: { ec: 384 }\n        severity: P1\n        runbook: https://wiki.example/certs\n',
    );
    const { targets } = await plan({ config, environment: 'production', 'min-key-bits': '3072', hosts: 'https://your-domain.com/' });
    expect(targets).toHaveLength(2);
    expect(targets[0]).toMatchObject({ id: 'tls:production/your-domain.com:443', thresholds: { warnDays: 30, criticalDays: 7, minKeyBits: { rsa: 3072, ec: 256 } } });
    expect(targets[1]).toMatchObject({ id: 'tls:production/mail.example.com:8443', thresholds: { warnDays: 45, criticalDays: 14, minKeyBits: { rsa: 3072, ec: 384 } }, severity: 'P1', runbook: 'https://wiki.example/certs' });
  });

  it('gives config certs without their own thresholds the inputs\' warn-days and critical-days', async () => {
    const config = configFile('      - host: your-domain.com\n      - host: api.example.com\n        critical-days: 20\n');
    const { targets } = await plan({ config, environment: 'production', 'warn-days': '60', 'critical-days': '10' });
    expect(targets.map((t) => [t.thresholds.warnDays, t.thresholds.criticalDays])).toEqual([[60, 10], [60, 20]]);
  });

  it('rejects a config cert whose critical-days passes the inherited warn-days, naming its path', async () => {
    const config = configFile('      - host: your-domain.com\n        critical-days: 45\n');
    await expect(plan({ config, environment: 'production' })).rejects.toThrow('environments.production.certs[0].critical-days: expected warn-days (30) to be at least critical-days (45)');
  });

  it.each([
    [{ hosts: 'a.example', 'warn-days': '5' }, 'input "warn-days": expected at least critical-days (7), got 5'],
    [{ hosts: 'a.example', 'warn-days': '10', 'critical-days': '14' }, 'input "warn-days": expected at least critical-days (14), got 10'],
    [{ hosts: 'a.example', 'critical-days': '-1' }, 'input "critical-days": expected a whole number from 0 to 3650, got "-1"'],
    [{ hosts: 'a.example\nb.example:70000' }, 'input "hosts": line 2: expected a port from 1 to 65535, got "b.example:70000"'],
    [{ hosts: '' }, 'input "hosts": expected at least one host (host, host:port or an https:// URL), or config and environment to take the certs from'],
    [{ hosts: '# nothing here\n' }, 'input "hosts": expected at least one host'],
    [{ hosts: 'a.example', servername: 'a.example:443' }, 'input "servername": expected a DNS name like example.com, got "a.example:443"'],
    [{ hosts: 'a.example', 'min-key-bits': 'strong' }, 'input "min-key-bits": expected RSA bits like 2048, or per family like rsa:3072,ec:384, got "strong"'],
    [{ hosts: 'a.example', timeout: 'soon' }, 'input "timeout": expected a positive duration'],
    [{ hosts: 'a.example', 'ca-file': '/nonexistent/ca.pem' }, 'input "ca-file": cannot read /nonexistent/ca.pem (ENOENT)'],
    [{ hosts: 'a.example', config: 'x.yml' }, 'input "environment": expected the environment to read from the config'],
  ])('rejects %o', async (values, message) => {
    await expect(plan(values)).rejects.toThrow(message);
  });

  it('names the config path of a bad host', async () => {
    const config = configFile('      - host: your-domain.com:99999\n');
    await expect(plan({ config, environment: 'production' })).rejects.toThrow('environments.production.certs[0].host: expected a port from 1 to 65535, got "your-domain.com:99999"');
  });
});
