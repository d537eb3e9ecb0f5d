import { inputNames, STATUS_CHECK } from '@runbook/action-inputs';
import { runCheckAction } from '@runbook/action-runtime';
import { ecsStatusId, hostShardKey, planStatusCheck, runStatusCheck } from '@runbook/status';

export async function run(): Promise<void> {
  await runCheckAction('status-check', async ({ inputs, emitter, shard }) => {
    const plan = await planStatusCheck(inputs);
    return runStatusCheck({ ...plan, hosts: shard(plan.hosts, hostShardKey), ecs: shard(plan.ecs, ecsStatusId) }, emitter);
  }, inputNames(STATUS_CHECK));
}
