import type { CheckResult } from '@runbook/core';
import { describe, expect, it } from 'vitest';
import { certCheckTable } from './report.ts';

const result = (target: string, daysLeft: number | null, status: CheckResult['status'] = 'pass'): CheckResult => ({
  id: `tls:default/${target}`,
  kind: 'cert-check',
  subject: target.split(':')[0] ?? target,
  target,
  status,
  summary: status === 'pass' ? 'valid' : 'problem',
  evidence: daysLeft === null ? { 'days left': null, error: 'connection refused' } : { 'days left': daysLeft, 'not after': '2026-12-01T10:00:00.000Z', issuer: "C=US, O=Let's Encrypt, CN=R11", 'key type': 'RSA', 'key bits': 2048, protocol: 'TLSv1.3' },
  startedAt: '2026-11-25T00:00:00.000Z',
  durationMs: 1,
});

describe('certCheckTable', () => {
  it('puts hosts that could not be read first, then the soonest to expire', () => {
    const table = certCheckTable([result('a:443', 80), result('b:443', null, 'fail'), result('c:443', -3, 'fail'), result('d:443', null, 'fail'), result('e:443', 6, 'fail')]);
    expect(table.rows.map((r) => [r[1], r[3]])).toEqual([
      ['b:443', '–'],
      ['d:443', '–'],
      ['c:443', '-3'],
      ['e:443', '6'],
      ['a:443', '80'],
    ]);
  });

  it('shows the expiry day, the issuer by name, the key and the findings of what is not passing', () => {
    const [fine, broken] = certCheckTable([result('a:443', 80), result('z:443', 90, 'warn')]).rows;
    expect(fine).toEqual(['a', 'a:443', 'pass', '80', '2026-12-01', 'R11', 'RSA 2048', 'TLSv1.3', '']);
    expect(broken?.[8]).toBe('problem');
  });
});
