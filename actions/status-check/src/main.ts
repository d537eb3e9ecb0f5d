import { inputNames, STATUS_CHECK } from '@runbook/action-inputs';
import { runCheckAction } from '@runbook/action-runtime';
import { planStatusCheck, runStatusCheck } from '@runbook/status';

export async function run(): Promise<void> {
  await runCheckAction('status-check', async ({ inputs, emitter }) => runStatusCheck(await planStatusCheck(inputs), emitter), inputNames(STATUS_CHECK));
}
