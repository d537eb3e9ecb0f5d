import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../harness/run-action.ts';

interface Workflow {
  on: { schedule?: Array<{ cron: string }>; workflow_dispatch?: { inputs?: Record<string, { options?: string[] }> }; workflow_call?: { inputs?: Record<string, unknown> } };
  permissions: Record<string, string>;
  jobs: Record<string, { env?: Record<string, string>; steps: Array<{ uses?: string; with?: Record<string, string> }> }>;
}
const report = parse(readFileSync(join(ROOT, '.github/workflows/report.yml'), 'utf8')) as Workflow;
const checks = parse(readFileSync(join(ROOT, '.github/workflows/checks.yml'), 'utf8')) as Workflow;

describe('report.yml', () => {
  it('runs daily 09:xx, Monday 10:xx and on the 1st 10:xx JST, each off the top of the hour', () => {
    const crons = (report.on.schedule ?? []).map((s) => s.cron);
    expect(crons).toEqual(['4 0 * * *', '13 1 * * 1', '17 1 1 * *']);
    for (const cron of crons) expect(Number(cron.split(' ')[0])).toBeGreaterThan(2);
    const period = report.jobs.report?.env?.PERIOD ?? '';
    for (const [cron, name] of [['4 0 * * *', 'daily'], ['13 1 * * 1', 'weekly']]) expect(period).toContain(`github.event.schedule == '${cron}' && '${name}'`);
  });

  it('is dispatched with a period, callable from another repository, with least privilege', () => {
    expect(report.on.workflow_dispatch?.inputs?.period?.options).toEqual(['daily', 'weekly', 'monthly', 'run']);
    expect(Object.keys(report.on.workflow_call?.inputs ?? {})).toContain('period');
    expect(report.permissions).toEqual({ contents: 'read', issues: 'write', actions: 'read' });
  });

  it("reads the checks' result files, which every check job of checks.yml uploads", () => {
    const steps = report.jobs.report?.steps ?? [];
    expect(steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))?.with?.pattern).toBe('results-*');
    expect(steps.find((s) => s.uses === './.runbook-actions/actions/report')?.with?.results).toBe('results/**/*.json');
    for (const job of ['smoke-test', 'cert-check']) {
      const jobSteps = checks.jobs[job]?.steps ?? [];
      expect(jobSteps.find((s) => s.uses === `./.runbook-actions/actions/${job}`)?.with?.['results-file']).toMatch(/^\$\{\{ runner\.temp \}\}\/results\//);
      expect(jobSteps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))?.with?.name).toBe(`results-${job}-\${{ matrix.environment }}`);
    }
  });
});
