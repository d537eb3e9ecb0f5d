import { BACKUP_VERIFY, inputNames } from '@runbook/action-inputs';
import { runCheckAction } from '@runbook/action-runtime';
import { planBackupVerify, runBackupVerify } from '@runbook/backups';

export async function run(): Promise<void> {
  await runCheckAction('backup-verify', async ({ inputs, emitter }) => runBackupVerify(await planBackupVerify(inputs, (value) => emitter.secret(value)), emitter), inputNames(BACKUP_VERIFY));
}
