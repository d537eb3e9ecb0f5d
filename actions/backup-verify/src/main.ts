import { BACKUP_VERIFY, inputNames } from '@runbook/action-inputs';
import { runCheckAction } from '@runbook/action-runtime';
import { planBackupVerify, runBackupVerify } from '@runbook/backups';

export async function run(): Promise<void> {
  await runCheckAction('backup-verify', async ({ inputs, emitter, shard }) => {
    const plan = await planBackupVerify(inputs, (value) => emitter.secret(value));
    return runBackupVerify({ ...plan, sets: shard(plan.sets) }, emitter);
  }, inputNames(BACKUP_VERIFY));
}
