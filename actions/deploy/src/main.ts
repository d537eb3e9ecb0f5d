import { DEPLOY, inputNames } from '@runbook/action-inputs';
import { runCheckAction } from '@runbook/action-runtime';
import { planDeploy, runDeploy } from '@runbook/platforms';

export async function run(): Promise<void> {
  await runCheckAction('deploy', async ({ inputs, emitter }) => {
    const plan = await planDeploy(inputs, process.env);
    plan.secrets.forEach((s) => emitter.secret(s));
    return runDeploy(plan, emitter);
  }, inputNames(DEPLOY));
}
