import { FAIL_ON, shouldFail } from '@runbook/core';
import { planSmokeTest, runSmokeTest, SMOKE_TEST_INPUTS } from '@runbook/http-probe';
import { CERT_CHECK_INPUTS, planCertCheck, runCertCheck } from '@runbook/tls-inspect';
import { flagReader } from './args.ts';
import { TerminalEmitter } from './terminal-emitter.ts';

/** `runbook smoke-test --url … --expect-json …`: the action's engine from a terminal. */
export async function smokeTestCommand(argv: readonly string[]): Promise<number> {
  const reader = flagReader(argv, [...SMOKE_TEST_INPUTS, 'fail-on'], { url: 'urls', header: 'headers' });
  const emitter = new TerminalEmitter();
  emitter.secret(reader.text('basic-auth'));
  const failOn = reader.choice('fail-on', FAIL_ON, 'fail');
  const plan = await planSmokeTest(reader, process.env);
  plan.secrets.forEach((s) => emitter.secret(s));
  const results = await runSmokeTest(plan, emitter);
  return shouldFail(results, failOn) ? 1 : 0;
}

/** `runbook cert-check --host example.com --warn-days 30`: the action's engine from a terminal. */
export async function certCheckCommand(argv: readonly string[]): Promise<number> {
  const reader = flagReader(argv, [...CERT_CHECK_INPUTS, 'fail-on'], { host: 'hosts' });
  const failOn = reader.choice('fail-on', FAIL_ON, 'fail');
  const results = await runCertCheck(await planCertCheck(reader), new TerminalEmitter());
  return shouldFail(results, failOn) ? 1 : 0;
}
