import { checkActionInputs, STATUS_OUTPUT } from './common.ts';
import type { ActionDefinition } from './definition.ts';
import { ecsFollowInputs, ecsTargetInputs } from './ecs.ts';

export const ROLLBACK: ActionDefinition = {
  name: 'rollback',
  title: 'runbook rollback',
  description: 'Roll AWS ECS/Fargate or Google Cloud Run services back to the previous revision, a given revision, or (ECS) an older image tag, then wait for it and smoke-check it.',
  branding: { icon: 'rotate-ccw', color: 'orange' },
  inputs: {
    ...ecsTargetInputs('rollback', 'roll back together'),
    to: {
      description:
        '`previous` (the revision that ran before the current one; on Cloud Run the traffic split the last deploy replaced, else the newest Ready revision before the serving one), a revision (`backend:12` or its ARN; on Cloud Run a Ready revision of the service like `sagebase-00042-abc`), or `image-tag:<tag>` (ECS: a new revision with that tag, e.g. `image-tag:main-abc1234`).',
      default: 'previous',
      type: 'text',
    },
    containers: {
      description: "With `to` `image-tag:<tag>` - the containers that take the tag, comma-separated. A service's `containers` in the config wins.",
      shownDefault: 'all',
      type: 'text',
    },
    ...ecsFollowInputs(
      'How long the rollback may take before it counts as failed, e.g. `20m`.',
      "URLs checked after the rollback (one per line, expecting HTTP 200), in addition to each config service's `health` checks.",
    ),
    'dry-run': { description: 'Print what would be rolled back to what, and change nothing.', default: 'false', type: 'boolean' },
    ...checkActionInputs('When the step fails, `fail`, `warn` or `never`.'),
  },
  outputs: {
    status: STATUS_OUTPUT,
    results: { description: 'JSON array of results, one per service (id `rollback:<environment>/<service>`, status, severity, summary, evidence).' },
    from: { description: 'The revision that ran before the rollback (on ECS the task definition ARN, on Cloud Run the revision name, or a split as gcloud `--to-revisions` writes it, `rev-a=90,rev-b=10`); a JSON map by service when several.' },
    to: { description: 'The revision rolled back to (on ECS the task definition ARN, on Cloud Run the revision name, or a split as `rev-a=90,rev-b=10`); a JSON map by service when several.' },
    revision: { description: 'The revision rolled back to, on any platform (as `to`); a JSON map by service when several.' },
    'previous-revision': { description: 'The revision that ran before the rollback, on any platform (on ECS as `from`); a JSON map by service when several.' },
  },
};
