import type { Locale } from '../host/steps.ts';

export type CloudRunCheck = 'status' | 'logs' | 'metrics';

interface Ref {
  project: string;
  region: string;
  service: string;
}

/** Runbook 004, when the Cloud Run service is not as it should be. */
export function cloudRunSteps({ project, region, service }: Ref, check: CloudRunCheck, locale: Locale, decided = true): string {
  const at = `--region=${region} --project=${project}`;
  const describe = `\`gcloud run services describe ${service} ${at} --format="yaml(status.conditions, status.traffic)"\``;
  const logs = `\`gcloud run services logs read ${service} ${at} --log-filter="severity>=ERROR" --limit=50\``;
  const revisions = `\`gcloud run revisions list --service=${service} ${at}\``;
  const steps: Record<CloudRunCheck, Record<Locale, string[]>> = {
    status: {
      en: [
        `Runbook 004: see why it is not Ready: ${describe}.`,
        `Read the error logs: ${logs}.`,
        `Roll back to the last good revision (${revisions}): \`./scripts/rollback.sh --previous\`, or the rollback workflow.`,
      ],
      ja: [`Runbook 004: Ready でない理由を確認: ${describe}`, `エラーログ確認: ${logs}`, `直前の正常なリビジョンへロールバック（${revisions}）: \`./scripts/rollback.sh --previous\` または rollback ワークフロー`],
    },
    logs: {
      en: [`Runbook 004, error logs: ${logs}.`, 'If the errors began with the latest deployment, roll back: `./scripts/rollback.sh --previous`.'],
      ja: [`Runbook 004 エラーログ確認: ${logs}`, '最新のデプロイ以降にエラーが出ている場合はロールバック: `./scripts/rollback.sh --previous`'],
    },
    metrics: {
      en: [
        `Runbook 004, scaling: look at the instance settings: \`gcloud run services describe ${service} ${at} --format="value(spec.template.spec.scaling)"\`.`,
        `More instances: \`gcloud run services update ${service} ${at} --min-instances=2 --max-instances=20\`; more CPU and memory: \`--cpu=4 --memory=4Gi\`.`,
        `Errors and slow requests: ${logs}.`,
      ],
      ja: [
        `Runbook 004 スケーリング: 現在の設定を確認: \`gcloud run services describe ${service} ${at} --format="value(spec.template.spec.scaling)"\``,
        `インスタンス数の調整: \`gcloud run services update ${service} ${at} --min-instances=2 --max-instances=20\`、CPU・メモリの変更: \`--cpu=4 --memory=4Gi\``,
        `エラーと遅いリクエストの確認: ${logs}`,
      ],
    },
  };
  const undecided = {
    en: 'The check could not decide (see the reason): grant the job\'s service account the permission it names (docs/status-check.md), or remove the check, so the service is not watched blind.',
    ja: 'チェックが判定できませんでした（理由を参照）。ジョブのサービスアカウントに示された権限を付与するか（docs/status-check.md）、チェックを外してください（監視が盲目にならないように）。',
  }[locale];
  const numbered = steps[check][locale].map((s, i) => `${i + 1}. ${s}`);
  return (decided ? numbered : [undecided, ...numbered]).join('\n');
}
