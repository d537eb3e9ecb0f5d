import type { CheckResult, Severity, Status } from '@runbook/core';
import { parseConfig } from '@runbook/core/config';
import { describe, expect, it } from 'vitest';
import { ciPreview } from './ci-preview.ts';

const now = new Date('2026-12-02T06:00:00Z');
const result = (subject: string, status: Status, severity: Severity | undefined, kind: CheckResult['kind'] = 'smoke-test'): CheckResult => ({
  id: `${kind}:demo/${subject}`,
  kind,
  subject,
  target: `https://${subject}.example/health`,
  status,
  ...(severity ? { severity } : {}),
  summary: status === 'pass' ? 'ok' : 'expected status 200, got 503',
  evidence: {},
  startedAt: now.toISOString(),
  durationMs: 5,
});

const config = parseConfig(
  `version: 1
incidents:
  escalate:
    P1: { after: 30m, mention: [cto], assignees: [oncall] }
environments:
  demo: {}
`,
  'demo.yml',
);

describe('ciPreview', () => {
  it('says, per failing check, the issue CI would open, when it would escalate and when it closes', async () => {
    const text = await ciPreview([result('ai', 'fail', 'P1'), result('backend', 'pass', undefined), result('reports', 'fail', 'P3')], config, 'demo', now);
    expect(text).toContain(
      '  - in CI this would open the issue "[P1] ai [demo]: health check failing"; a run that finds it still failing 30m after it began would escalate it (mention @cto and assign @oncall); it closes, with the downtime, when the check passes (and reopens if it fails again within 1d)\n',
    );
    expect(text).toContain('  - in CI this would open the issue "[P3] reports [demo]: health check failing"; it would not escalate (incidents.escalate has no P3 rule);');
    expect(text).not.toContain('backend');
  });

  it('keeps a warning below warn-min-severity in the summary, and says when nothing would be opened', async () => {
    expect(await ciPreview([result('www', 'warn', 'P4', 'cert-check')], config, 'demo', now)).toContain(
      '  - www: a P4 warning, in the job summary only (no issue below incidents.warn-min-severity P3)\n',
    );
    expect(await ciPreview([result('backend', 'pass', undefined)], config, 'demo', now)).toContain('  - every check passed: no issue would be opened');
  });

  it('explains P1 to P4 with runbook 001\'s levels', async () => {
    const text = await ciPreview([], config, 'demo', now);
    expect(text).toMatch(/P1 +the service is fully down +respond at once\n {2}P2 +partly down, or about to break +respond within 30 minutes\n {2}P3 +degraded: slow, an SLO missed +respond within 2 hours\n {2}P4 +minor: warnings, some errors +respond within 24 hours\n/);
  });
});
