import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planBackupVerify, runBackupVerify } from '@runbook/backups';
import { InputReader, renderSummary, UsageError } from '@runbook/core';
import { planSmokeTest, runSmokeTest } from '@runbook/http-probe';
import { planStatusCheck, runStatusCheck } from '@runbook/status';
import { planCertCheck, runCertCheck } from '@runbook/tls-inspect';
import { TerminalEmitter } from '../terminal-emitter.ts';
import { makeDemoBackups } from './backups.ts';
import { ciPreview } from './ci-preview.ts';
import { writeDemoLogs } from './host-logs.ts';
import { DEMO_BASIC_AUTH, startDemoTargets } from './targets.ts';
import { startDemoTlsTarget, type DemoTlsTarget } from './tls-target.ts';

const OUT_DIR = '.runbook-demo';

export const DEMO_HELP = `runbook demo: try every check on this machine, with nothing to set up

Starts demo services on 127.0.0.1 (a healthy one, a degraded one, one behind basic auth, and a
TLS endpoint whose certificate expires in a few days) and makes two backup directories (one
fresh, one whose newest dump is three days old), runs smoke-test, cert-check and backup-verify
against them with a built-in config, runs status-check's host checks on this machine (its disk and
memory, and an error log and an access log the demo writes), prints the results and what CI would do with them (the issues it
would open, when they would escalate, when they close), and writes the job summary and results
the actions would write to ${OUT_DIR}/. It opens no issue and sends nothing anywhere.

Usage: runbook demo
`;

/** The built-in config: the runbooks' health, certificate, backup and host checks, pointed at the demo targets. */
export function demoConfig(targets: Record<string, string>, tlsAddress: string, backups: { good: string; stale: string }, logs: { errorLog: string; accessLog: string }): string {
  return `version: 1
incidents:
  # runbook 001's escalation: a P1 not recovered within 30 minutes goes to the CTO, a P2 not
  # recovered within 2 hours to the infrastructure lead
  escalate:
    P1: { after: 30m, mention: [cto] }
    P2: { after: 2h, mention: [infra-lead] }
environments:
  demo:
    services:
      backend:
        health:
          - url: ${targets.backend}/api/health
            expect: { status: 200, json: { status: ok } }
      ai:
        runbook: "docker compose restart ollama; docker compose logs ollama --tail=50"
        health:
          - url: ${targets.ai}/api/v1/ai/health
            expect: { json: { status: healthy, ollama_reachable: true } }
      estimator:
        health:
          - url: ${targets.estimator}/api/v1/health
            basic-auth-env: DEMO_BASIC_AUTH
            expect: { json: { status: healthy } }
            samples: 5
            max-p95: 5s
    certs:
      - host: ${tlsAddress}
        warn-days: 30
        critical-days: 7
    # runbook 003's nightly \`pg_dump | gzip > /backups/db_$(date +%Y%m%d).sql.gz\`
    backups:
      - name: smart-office-db
        source: ${backups.good}
        pattern: db_{date}.sql.gz
        max-age: 26h
        window: 2d
        verify: [gzip, pgdump]
      - name: legacy-db
        source: ${backups.stale}
        pattern: db_{date}.sql.gz
        max-age: 26h
        verify: [gzip, pgdump]
    # This machine, as a self-hosted runner on runbook 001's VM would see its own.
    hosts:
      this-machine:
        disk-paths: [/]
        error-logs: [${logs.errorLog}]
        max-errors: 5
        access-log: ${logs.accessLog}
`;
}

/** `runbook demo`: starts the demo targets, runs every check against them, writes the report. */
export async function demoCommand(argv: readonly string[] = []): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(DEMO_HELP);
    return 0;
  }
  if (argv[0] !== undefined) throw new UsageError(argv[0], 'runbook demo takes no arguments (see runbook demo --help)');
  const demo = await startDemoTargets();
  let tlsTarget: DemoTlsTarget | undefined;
  try {
    tlsTarget = await startDemoTlsTarget(OUT_DIR);
    const configPath = join(OUT_DIR, 'runbook.yml');
    writeFileSync(configPath, demoConfig(demo.targets, tlsTarget.address, makeDemoBackups(join(OUT_DIR, 'backups')), writeDemoLogs(OUT_DIR)));
    const emitter = new TerminalEmitter();
    process.stdout.write(`runbook demo: targets on 127.0.0.1 (${Object.entries(demo.targets).map(([k, v]) => `${k} ${v}`).join(', ')}, tls ${tlsTarget.address})\n`);

    const env = { ...process.env, DEMO_BASIC_AUTH };
    const settings: Record<string, string> = { config: configPath, environment: 'demo', retries: '1', 'retry-delay': '200ms', timeout: '3s' };
    const smoke = await planSmokeTest(new InputReader((name) => settings[name] ?? ''), env);
    smoke.secrets.forEach((s) => emitter.secret(s));
    await runSmokeTest(smoke, emitter);
    const certSettings: Record<string, string> = { config: configPath, environment: 'demo', 'ca-file': tlsTarget.caFile, retries: '0', timeout: '3s' };
    await runCertCheck(await planCertCheck(new InputReader((name) => certSettings[name] ?? '')), emitter);
    const backupSettings: Record<string, string> = { config: configPath, environment: 'demo' };
    await runBackupVerify(await planBackupVerify(new InputReader((name) => backupSettings[name] ?? ''), (value) => emitter.secret(value)), emitter);
    const statusSettings: Record<string, string> = { config: configPath, environment: 'demo', checks: 'host' };
    await runStatusCheck(await planStatusCheck(new InputReader((name) => statusSettings[name] ?? ''), env), emitter);

    const results = emitter.reports.flatMap((r) => r.results);
    const { loadConfig } = await import('@runbook/core/config');
    process.stdout.write(emitter.redactor.redact(await ciPreview(results, loadConfig(configPath), 'demo', new Date())));
    writeFileSync(join(OUT_DIR, 'results.json'), `${emitter.redactor.redact(JSON.stringify(results, null, 2))}\n`);
    writeFileSync(join(OUT_DIR, 'summary.md'), emitter.redactor.redact(emitter.reports.map(renderSummary).join('\n')));
    process.stdout.write(`The job summary the actions would write: ${join(OUT_DIR, 'summary.md')}; results: ${join(OUT_DIR, 'results.json')}\n`);
    return 0;
  } finally {
    await Promise.all([demo.close(), tlsTarget?.close()]);
  }
}
