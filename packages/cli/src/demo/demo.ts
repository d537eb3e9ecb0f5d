import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputReader, renderSummary } from '@runbook/core';
import { planSmokeTest, runSmokeTest } from '@runbook/http-probe';
import { planCertCheck, runCertCheck } from '@runbook/tls-inspect';
import { TerminalEmitter } from '../terminal-emitter.ts';
import { DEMO_BASIC_AUTH, startDemoTargets } from './targets.ts';
import { startDemoTlsTarget, type DemoTlsTarget } from './tls-target.ts';

const OUT_DIR = '.runbook-demo';

/** The built-in config: the runbooks' health checks and certificate check, pointed at the demo targets. */
export function demoConfig(targets: Record<string, string>, tlsAddress: string): string {
  return `version: 1
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
`;
}

/** `runbook demo`: starts the demo targets, runs every check against them, writes the report. */
export async function demoCommand(): Promise<number> {
  const demo = await startDemoTargets();
  let tlsTarget: DemoTlsTarget | undefined;
  try {
    tlsTarget = await startDemoTlsTarget(OUT_DIR);
    const configPath = join(OUT_DIR, 'runbook.yml');
    writeFileSync(configPath, demoConfig(demo.targets, tlsTarget.address));
    const emitter = new TerminalEmitter();
    process.stdout.write(`runbook demo: targets on 127.0.0.1 (${Object.entries(demo.targets).map(([k, v]) => `${k} ${v}`).join(', ')}, tls ${tlsTarget.address})\n`);

    const env = { ...process.env, DEMO_BASIC_AUTH };
    const settings: Record<string, string> = { config: configPath, environment: 'demo', retries: '1', 'retry-delay': '200ms', timeout: '3s' };
    const smoke = await planSmokeTest(new InputReader((name) => settings[name] ?? ''), env);
    smoke.secrets.forEach((s) => emitter.secret(s));
    await runSmokeTest(smoke, emitter);
    const certSettings: Record<string, string> = { config: configPath, environment: 'demo', 'ca-file': tlsTarget.caFile, retries: '0', timeout: '3s' };
    await runCertCheck(await planCertCheck(new InputReader((name) => certSettings[name] ?? '')), emitter);

    const results = emitter.reports.flatMap((r) => r.results);
    writeFileSync(join(OUT_DIR, 'results.json'), `${emitter.redactor.redact(JSON.stringify(results, null, 2))}\n`);
    writeFileSync(join(OUT_DIR, 'summary.md'), emitter.redactor.redact(emitter.reports.map(renderSummary).join('\n')));
    process.stdout.write(`The job summary the actions would write: ${join(OUT_DIR, 'summary.md')}; results: ${join(OUT_DIR, 'results.json')}\n`);
    return 0;
  } finally {
    await Promise.all([demo.close(), tlsTarget?.close()]);
  }
}
