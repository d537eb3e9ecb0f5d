import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { BACKUP_VERIFY, CERT_CHECK, DEPLOY, ROLLBACK, SMOKE_TEST, STATUS_CHECK, type ActionDefinition } from '@runbook/action-inputs';
import { planBackupVerify, runBackupVerify } from '@runbook/backups';
import { FAIL_ON, shouldFail, type CheckResult, type InputReader, type Redactor } from '@runbook/core';
import { planSmokeTest, runSmokeTest } from '@runbook/http-probe';
import { planDeploy, planRollback, runDeploy, runRollback } from '@runbook/platforms';
import { planStatusCheck, runStatusCheck } from '@runbook/status';
import { planCertCheck, runCertCheck } from '@runbook/tls-inspect';
import { parseFlags } from './args.ts';
import { TerminalEmitter } from './terminal-emitter.ts';

/** An action's engine from a terminal: flags are its inputs. */
export interface CheckCommand {
  action: ActionDefinition;
  run(reader: InputReader, emitter: TerminalEmitter): Promise<CheckResult[]>;
}

export const CHECK_COMMANDS: readonly CheckCommand[] = [
  {
    action: SMOKE_TEST,
    async run(reader, emitter) {
      const plan = await planSmokeTest(reader, process.env);
      plan.secrets.forEach((s) => emitter.secret(s));
      return runSmokeTest(plan, emitter);
    },
  },
  { action: CERT_CHECK, run: async (reader, emitter) => runCertCheck(await planCertCheck(reader), emitter) },
  { action: BACKUP_VERIFY, run: async (reader, emitter) => runBackupVerify(await planBackupVerify(reader, (value) => emitter.secret(value)), emitter) },
  { action: STATUS_CHECK, run: async (reader, emitter) => runStatusCheck(await planStatusCheck(reader), emitter) },
  {
    action: DEPLOY,
    async run(reader, emitter) {
      const plan = await planDeploy(reader, process.env);
      plan.secrets.forEach((s) => emitter.secret(s));
      return runDeploy(plan, emitter);
    },
  },
  {
    action: ROLLBACK,
    async run(reader, emitter) {
      const plan = await planRollback(reader, process.env);
      plan.secrets.forEach((s) => emitter.secret(s));
      return runRollback(plan, emitter);
    },
  },
];

const LOCALES = ['en', 'ja'] as const;
type Locale = (typeof LOCALES)[number];

/** The `locale` flag, else the config file's `locale`, else en: as the action decides its issues' language. */
async function localeOf(reader: InputReader): Promise<Locale> {
  if (reader.text('locale')) return reader.choice('locale', LOCALES, 'en');
  if (!reader.text('config')) return 'en';
  const { loadConfig } = await import('@runbook/core/config');
  return loadConfig(reader.text('config')).locale ?? 'en';
}

/** Under the table, what the runbook says to do about each failing check, in the run's locale. */
async function printSteps(results: readonly CheckResult[], locale: Locale, redactor: Redactor, out: (text: string) => void): Promise<void> {
  const failing = results.filter((r) => r.status !== 'pass');
  if (failing.length === 0) return;
  const { messagesFor } = await import('@runbook/incidents');
  const messages = messagesFor(locale);
  for (const r of failing) {
    const steps = r.runbook ?? messages.remediation({ kind: r.kind, severity: r.severity ?? 'P4', target: r.target });
    out(redactor.redact(`${messages.body.whatToDo}: ${r.subject} ${r.target}\n${steps.replace(/^/gm, '  ')}\n\n`));
  }
}

/** Makes the results file's directory before any check runs, so the results are never lost after them. */
function prepareResultsFile(reader: InputReader): string {
  const path = reader.text('results-file');
  if (!path) return '';
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    reader.fail('results-file', `cannot create the directory of ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return path;
}

/** `runbook smoke-test --url … --expect-json …`, `runbook cert-check --host …`: exit 1 when `fail-on` says so. */
export async function runCheckCommand(command: CheckCommand, argv: readonly string[]): Promise<number> {
  const { reader, json } = parseFlags(argv, command.action);
  const stdout = (text: string): void => void process.stdout.write(text);
  const out = json ? (text: string): void => void process.stderr.write(text) : stdout;
  const emitter = new TerminalEmitter(undefined, out);
  for (const [name, input] of Object.entries(command.action.inputs)) if (input.secret && input.cli !== false) emitter.secret(reader.text(name));
  const failOn = reader.choice('fail-on', FAIL_ON, 'fail');
  const locale = await localeOf(reader);
  const resultsFile = prepareResultsFile(reader);
  const results = await command.run(reader, emitter);
  const resultsJson = emitter.redactor.redact(JSON.stringify(results));
  if (resultsFile) writeFileSync(resultsFile, `${resultsJson}\n`);
  await printSteps(results, locale, emitter.redactor, out);
  if (json) stdout(`${resultsJson}\n`);
  return shouldFail(results, failOn) ? 1 : 0;
}
