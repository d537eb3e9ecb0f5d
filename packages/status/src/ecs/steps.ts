import type { Locale } from '../host/steps.ts';

export interface EcsRef {
  cluster: string;
  service: string;
  region: string;
}

/** Runbooks 000 and 002, when the ECS service is not as it should be. */
export function ecsSteps({ cluster, service, region }: EcsRef, locale: Locale, decided = true): string {
  const at = `--cluster ${cluster} --region ${region}`;
  const steps = {
    en: [
      `Look at the service and its latest events: \`aws ecs describe-services ${at} --services ${service} --query 'services[0].events[:10]'\`.`,
      `Why tasks stopped: \`aws ecs list-tasks ${at} --service-name ${service} --desired-status STOPPED\`, then \`aws ecs describe-tasks ${at} --tasks <arn> --query 'tasks[].stoppedReason'\`.`,
      `Read the logs: \`aws logs tail /ecs/${service} --since 1h --region ${region}\`.`,
      `Restart the tasks: \`aws ecs update-service ${at} --service ${service} --force-new-deployment\`; if a deploy just happened, run the rollback workflow instead.`,
    ],
    ja: [
      `サービスと最新イベントを確認: \`aws ecs describe-services ${at} --services ${service} --query 'services[0].events[:10]'\``,
      `停止したタスクの理由: \`aws ecs list-tasks ${at} --service-name ${service} --desired-status STOPPED\`、\`aws ecs describe-tasks ${at} --tasks <arn> --query 'tasks[].stoppedReason'\``,
      `ログ確認: \`aws logs tail /ecs/${service} --since 1h --region ${region}\``,
      `タスクの再起動: \`aws ecs update-service ${at} --service ${service} --force-new-deployment\`。直前にデプロイした場合はロールバックワークフローを実行`,
    ],
  }[locale].map((s, i) => `${i + 1}. ${s}`);
  const undecided = {
    en: 'The check could not decide (see the reason): grant the permission it names to the role of the job (docs/aws-setup.md), so the service is not watched blind.',
    ja: 'チェックが判定できませんでした（理由を参照）。ジョブのロールに、名前の挙がった権限を付与してください（docs/aws-setup.md）。',
  }[locale];
  return (decided ? steps : [undecided, ...steps]).join('\n');
}
