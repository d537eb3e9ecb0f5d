import { describe, expect, it } from 'vitest';
import type { CheckResult } from './result.ts';
import { resultCell, statusOutput, undecidedMark } from './undecided.ts';

const result = (status: CheckResult['status'], undecided = false): CheckResult => ({
  id: `x:${status}:${undecided}`,
  kind: 'status-check',
  subject: 's',
  target: 't',
  status,
  ...(status === 'pass' ? {} : { severity: 'P3' as const }),
  summary: '',
  evidence: undecidedMark(undecided),
  startedAt: new Date(0).toISOString(),
  durationMs: 0,
});

describe('the one "could not decide" marker', () => {
  it('status output: a known-bad check wins over an undecided one, which wins over warnings', () => {
    expect(statusOutput([result('pass'), result('fail', true), result('warn')])).toBe('undecided');
    expect(statusOutput([result('fail', true), result('fail')])).toBe('fail');
    expect(statusOutput([result('pass'), result('warn')])).toBe('warn');
    expect(statusOutput([])).toBe('pass');
  });

  it('the table cell names it', () => {
    expect([resultCell(result('fail', true)), resultCell(result('fail')), resultCell(result('pass'))]).toEqual(['undecided P3', 'fail P3', 'pass']);
  });
});
