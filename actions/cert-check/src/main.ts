import { CERT_CHECK, inputNames } from '@runbook/action-inputs';
import { runCheckAction } from '@runbook/action-runtime';
import { planCertCheck, runCertCheck } from '@runbook/tls-inspect';

export async function run(): Promise<void> {
  await runCheckAction(
    'cert-check',
    async ({ inputs, emitter, shard }) => {
      const plan = await planCertCheck(inputs);
      return runCertCheck({ ...plan, targets: shard(plan.targets) }, emitter);
    },
    inputNames(CERT_CHECK),
  );
}
