import { loadConfig } from '@runbook/core/config';
import { resolveSettings } from '@runbook/incidents';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../harness/run-action.ts';

// The example .github/runbook.yml and the nightly workflow that ships with it.

const workflow = (name: string) => parse(readFileSync(join(ROOT, '.github/workflows', name), 'utf8'));

describe('the example .github/runbook.yml', () => {
  const config = loadConfig(join(ROOT, '.github/runbook.yml'));

  it('loads with the config schema and holds the runbooks\' systems', () => {
    const production = config.environments.production;
    expect(Object.keys(production?.services ?? {})).toEqual(['keiba-backend', 'keiba-frontend', 'estimator', 'smart-office', 'sagebase']);
    expect(production?.services['keiba-backend']).toMatchObject({ platform: 'ecs', cluster: 'production-keiba-cluster', service: 'production-keiba-backend', health: [{ url: 'https://production-keiba-alb.example.com/api/health', expect: { json: { status: 'ok' } } }] });
    expect(production?.services.estimator?.health[0]).toMatchObject({ 'basic-auth-env': 'ESTIMATOR_BASIC_AUTH', expect: { json: { status: 'healthy' } }, 'max-p95': 5_000, 'max-error-rate': 0.01 });
    expect(production?.services['smart-office']?.health[1]?.expect?.json).toEqual({ status: 'healthy', ollama_reachable: true });
    expect(production?.services.sagebase).toMatchObject({ platform: 'cloud-run', region: 'asia-northeast1', service: 'sagebase-streamlit' });
    expect(production?.certs[0]).toMatchObject({ host: 'your-domain.com', 'warn-days': 30, 'critical-days': 7 });
  });

  it('has every service the deploy and rollback workflows default to, in every environment they offer', () => {
    for (const name of ['deploy.yml', 'rollback.yml']) {
      const { inputs } = workflow(name).on.workflow_dispatch as { inputs: { environment: { options: string[] }; services: { default: string } } };
      for (const environment of inputs.environment.options) {
        const services = Object.keys(config.environments[environment]?.services ?? {});
        expect(services, `${name} ${environment}`).toEqual(expect.arrayContaining(inputs.services.default.split(/[\s,]+/)));
      }
    }
  });

  it('escalates production P1 after 30 minutes to the CTO and P2 after 2 hours, in Japanese', () => {
    const settings = resolveSettings(config, 'production', undefined);
    expect(settings.locale).toBe('ja');
    expect(settings.assignees).toEqual({ P1: ['oncall-engineer'], P2: ['oncall-engineer'] });
    expect(settings.escalate).toEqual({
      P1: { afterMs: 30 * 60_000, mention: ['cto'], assignees: ['dev-lead'] },
      P2: { afterMs: 2 * 3_600_000, mention: ['infra-lead'], assignees: [] },
    });
  });

  it('pages nobody for staging', () => {
    const settings = resolveSettings(config, 'staging', undefined);
    expect(settings).toMatchObject({ assignees: {}, escalate: {}, labels: ['staging'], warnMinSeverity: 'P1' });
  });
});

describe('.github/workflows/nightly.yml', () => {
  const nightly = workflow('nightly.yml');
  const checks = workflow('checks.yml');

  it('runs at 03:07 JST, the morning inspection at 09:03 and the evening one at 17:04, off the top of the hour, on Mondays again for the backup restore drill, and by hand', () => {
    expect(nightly.on.schedule).toEqual([{ cron: '7 18 * * *' }, { cron: '37 19 * * 0' }, { cron: '3 0 * * *' }, { cron: '4 8 * * *' }]);
    expect(nightly.on).toHaveProperty('workflow_dispatch');
    // Each schedule runs its own job (a dispatch runs the nightly and the morning one).
    expect([nightly.jobs.checks.if, nightly.jobs.morning.if, nightly.jobs.evening.if]).toEqual([
      "github.event_name == 'workflow_dispatch' || github.event.schedule == '7 18 * * *'",
      "github.event_name == 'workflow_dispatch' || github.event.schedule == '3 0 * * *'",
      "github.event.schedule == '4 8 * * *'",
    ]);
  });

  it('status-check: the morning run checks the services and the hosts of the example config, the evening run the hosts over the day so far', () => {
    const config = loadConfig(join(ROOT, '.github/runbook.yml'));
    const withHosts = Object.entries(config.environments).filter(([, env]) => Object.keys(env.hosts).length > 0).map(([name]) => name);
    const withStatus = Object.entries(config.environments).filter(([, env]) => Object.values(env.services).some((s) => 'status' in s && s.status !== undefined)).map(([name]) => name);
    expect(withHosts.length).toBeGreaterThan(0);
    // The hosts' checks need their self-hosted runner: off until the repository variables name it,
    // since a job for a runner that does not exist queues for 24 h and the nightly never completes.
    const hostsOff = { 'host-check-environments': "${{ vars.HOST_CHECK_ENVIRONMENTS || '[]' }}", 'host-runs-on': '${{ vars.HOST_RUNS_ON || \'["self-hosted"]\' }}' };
    const morning = nightly.jobs.morning.with as Record<string, string>;
    expect([JSON.parse(morning['status-check-environments'] ?? ''), morning['status-window']]).toEqual([withStatus, '24h']);
    expect(morning).toMatchObject(hostsOff);
    expect(nightly.jobs.morning.permissions).toEqual({ contents: 'read', issues: 'write', 'id-token': 'write' });
    const evening = nightly.jobs.evening.with as Record<string, string>;
    expect([evening['status-check-environments'], evening['status-window']]).toEqual([undefined, '17h']);
    expect(evening).toMatchObject(hostsOff);
    expect(checks.jobs['host-check'].if).toBe("inputs.host-check-environments != '[]'");
    const status = checks.jobs['status-check'].steps as Array<{ uses?: string; with?: Record<string, string> }>;
    expect(status.find((s) => s.uses?.endsWith('/actions/status-check'))?.with).toMatchObject({ checks: 'status, logs, metrics', window: '${{ inputs.status-window }}' });
    const host = checks.jobs['host-check'] as { 'runs-on': string; steps: Array<{ uses?: string; with?: Record<string, string> }> };
    expect(host['runs-on']).toBe('${{ fromJSON(inputs.host-runs-on) }}');
    expect(host.steps.find((s) => s.uses?.endsWith('/actions/status-check'))?.with).toMatchObject({ checks: 'host' });
  });

  it('asks only for what it needs and never cancels a run that writes issues', () => {
    expect(checks.permissions).toEqual({ contents: 'read', issues: 'write' });
    // OIDC only for the cloud credentials of the backup-verify and status-check jobs, which alone ask for it.
    expect(nightly.permissions).toEqual({ contents: 'read', issues: 'write', 'id-token': 'write' });
    const asking = Object.entries(checks.jobs as Record<string, { permissions?: Record<string, string> }>).filter(([, job]) => job.permissions?.['id-token']);
    expect(asking.map(([name]) => name).sort()).toEqual(['backup-verify', 'status-check']);
    expect(nightly.concurrency).toEqual({ group: 'nightly', 'cancel-in-progress': false });
    for (const job of Object.values(checks.jobs) as Array<{ concurrency: { 'cancel-in-progress': boolean } }>) expect(job.concurrency['cancel-in-progress']).toBe(false);
  });

  it('calls the reusable checks with the environments of the example config', () => {
    const config = loadConfig(join(ROOT, '.github/runbook.yml'));
    expect(nightly.jobs.checks.uses).toBe('./.github/workflows/checks.yml');
    expect(checks.on).toHaveProperty('workflow_call');
    const smoke = JSON.parse(nightly.jobs.checks.with['smoke-test-environments']) as string[];
    const certs = JSON.parse(nightly.jobs.checks.with['cert-check-environments']) as string[];
    // Exactly the environments that have something to check: a new one must be added to the nightly.
    const withHealth = Object.entries(config.environments).filter(([, env]) => Object.values(env.services).some((s) => s.health.length > 0));
    const withCerts = Object.entries(config.environments).filter(([, env]) => env.certs.length > 0);
    expect(smoke).toEqual(withHealth.map(([name]) => name));
    expect(certs).toEqual(withCerts.map(([name]) => name));
    const steps = checks.jobs['smoke-test'].steps as Array<{ uses?: string; with?: Record<string, string> }>;
    expect(steps.find((s) => s.uses?.endsWith('/actions/smoke-test'))).toMatchObject({ uses: './.runbook-actions/actions/smoke-test', with: { environment: '${{ matrix.environment }}', 'open-issues': '${{ inputs.open-issues }}' } });
  });

  it('spreads backup-verify and status-check over the shards matrix like smoke-test and cert-check, not host-check (one runner per host)', () => {
    for (const job of ['smoke-test', 'cert-check', 'backup-verify', 'status-check']) {
      const spec = checks.jobs[job] as { strategy: { matrix: Record<string, string> }; concurrency: { group: string }; steps: Array<{ uses?: string; with?: Record<string, string> }> };
      expect(spec.strategy.matrix.shard).toBe('${{ fromJSON(inputs.shards) }}');
      expect(spec.concurrency.group).toBe(`runbook-incidents-${job}-\${{ matrix.environment }}-\${{ matrix.shard }}`);
      expect(spec.steps.find((s) => s.uses === `./.runbook-actions/actions/${job}`)?.with?.shard).toBe('${{ matrix.shard }}');
    }
    expect(checks.jobs['host-check'].strategy.matrix).not.toHaveProperty('shard');
  });

  it('verifies backups nightly without restores, and on the weekly run restores into a services: postgres container', () => {
    const job = checks.jobs['backup-verify'] as { 'runs-on': string; services: { postgres: { image: string } }; steps: Array<{ uses?: string; with?: Record<string, string> }> };
    expect(job['runs-on']).toBe('${{ fromJSON(inputs.backup-verify-runs-on) }}');
    expect(job.services.postgres.image).toBe("${{ inputs.backup-restore && 'postgres:17' || '' }}");
    const step = job.steps.find((s) => s.uses?.endsWith('/actions/backup-verify'));
    expect(step?.with).toMatchObject({ environment: '${{ matrix.environment }}', 'skip-restores': '${{ !inputs.backup-restore }}' });
    expect(step?.with?.['restore-database-url']).toContain('localhost:5432');
    expect(nightly.jobs.checks.if).toBe("github.event_name == 'workflow_dispatch' || github.event.schedule == '7 18 * * *'");
    expect(nightly.jobs['backup-restore']).toMatchObject({ if: "github.event.schedule == '37 19 * * 0'", uses: './.github/workflows/checks.yml', with: { 'backup-restore': true } });
    // Off until the repository says where its backups are: a placeholder local path never opens an incident.
    expect(nightly.jobs.checks.with['backup-verify-environments']).toBe("${{ vars.BACKUP_VERIFY_ENVIRONMENTS || '[]' }}");
  });
});
