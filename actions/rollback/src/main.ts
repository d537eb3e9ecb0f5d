import { ROLLBACK, inputNames } from '@runbook/action-inputs';
import { runCheckAction } from '@runbook/action-runtime';
import { planRollback, runRollback } from '@runbook/platforms';

export async function run(): Promise<void> {
  await runCheckAction('rollback', async ({ inputs, emitter }) => {
    const plan = await planRollback(inputs, process.env);
    plan.secrets.forEach((s) => emitter.secret(s));
    return runRollback(plan, emitter);
  }, inputNames(ROLLBACK));
}
