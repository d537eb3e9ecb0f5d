import { SMOKE_TEST, inputNames } from '@runbook/action-inputs';
import { runCheckAction } from '@runbook/action-runtime';
import { planSmokeTest, runSmokeTest } from '@runbook/http-probe';

export async function run(): Promise<void> {
  await runCheckAction('smoke-test', async ({ inputs, emitter, shard }) => {
    emitter.secret(inputs.text('basic-auth'));
    const plan = await planSmokeTest(inputs, process.env);
    plan.secrets.forEach((s) => emitter.secret(s));
    return runSmokeTest({ ...plan, probes: shard(plan.probes) }, emitter);
  }, inputNames(SMOKE_TEST));
}
