import { checkActionInputs, STATUS_OUTPUT } from './common.ts';
import type { ActionDefinition } from './definition.ts';
import { ecsFollowInputs, ecsTargetInputs } from './ecs.ts';

export const DEPLOY: ActionDefinition = {
  name: 'deploy',
  title: 'runbook deploy',
  description:
    'Deploy to AWS ECS/Fargate or Google Cloud Run and verify it - create the new revision, run migrations, follow the rollout, smoke-check (a Cloud Run revision on its tag URL before it gets traffic), and roll back on failure.',
  branding: { icon: 'upload-cloud', color: 'blue' },
  inputs: {
    ...ecsTargetInputs('deploy', 'deploy together'),
    image: { description: "New image for a task definition with one container (or the one named by `containers`); on Cloud Run, for the service's first container.", type: 'text' },
    env: {
      description: "Cloud Run - `NAME=value` lines merged into the container's env (by name). The values are not masked; pass secrets through the service's secret references.",
      type: 'lines',
    },
    tag: { description: 'Cloud Run - a tag for the new revision (its own URL, output `tag-url`); other tags stay on their revisions.', type: 'text' },
    'no-traffic': {
      description: 'Cloud Run - deploy the new revision at 0 % (needs `tag`), smoke-check it on its tag URL, and only then give it traffic (all of it, or `traffic-percent`).',
      default: 'false',
      type: 'boolean',
    },
    'traffic-percent': {
      description: 'Cloud Run - a canary: the new revision gets this share (1-100); the revisions serving before share the rest in their old proportions. Default - all traffic to the latest revision.',
      shownDefault: '100 (latest)',
      type: 'integer',
    },
    'revision-suffix': { description: 'Cloud Run - the new revision is `<service>-<suffix>`. Default - one made from the time and the image.', shownDefault: 'time and image', type: 'text' },
    images: { description: 'New images per container, one `container=image` per line.', type: 'lines' },
    'image-tag': {
      description: "New tag for each container's image, keeping its repository (e.g. `main-abc1234`). Limited to `containers` when given.",
      type: 'text',
    },
    containers: {
      description:
        "Containers that take `image` or `image-tag`, comma-separated; sidecars not listed keep their images. A service's `containers` in the config wins.",
      shownDefault: 'all',
      type: 'text',
    },
    'task-definition': {
      description:
        "Path to a task definition JSON file to register instead of the service's current one (one service only). `image`, `images` or `image-tag` still apply.",
      type: 'path',
    },
    'desired-count': { description: "Set the services' desired task count with the update (restored on rollback).", type: 'integer' },
    'force-new-deployment': {
      description: 'Start a new deployment even without a new revision (restarts the tasks on the current revision when no image is given).',
      default: 'false',
      type: 'boolean',
    },
    'migrate-command': {
      description:
        'A one-off command run with the new revision before the service is updated, e.g. `alembic upgrade head` or a JSON array; it must exit 0 or nothing is updated (on Cloud Run a job execution, job `<service>-migrate`). One service only; for several, use `migrate` in the config.',
      type: 'text',
    },
    'migrate-container': {
      description: 'Container that runs `migrate-command`. Default - the first container that gets a new image.',
      shownDefault: 'first changed container',
      type: 'text',
    },
    ...ecsFollowInputs(
      'How long a rollout (and a rollback) may take before it counts as failed, e.g. `20m`.',
      "URLs checked after the rollout (one per line, expecting HTTP 200), in addition to each config service's `health` checks.",
    ),
    'rollback-on-failure': {
      description: 'On any failure, roll every updated service back to the revision it ran before, wait for it and smoke-check it.',
      default: 'true',
      type: 'boolean',
    },
    'keep-revisions': {
      description:
        'After a successful deploy, deregister ACTIVE revisions of the family beyond the newest N, never one that runs in the cluster or the rollback target.',
      type: 'integer',
    },
    'dry-run': { description: 'Print the plan (old and new image per container, revisions, migration, cleanup) and change nothing.', default: 'false', type: 'boolean' },
    ...checkActionInputs(
      'When the step fails, `fail` (a service failed), `warn` (also when a service was rolled back because another failed) or `never`.',
    ),
  },
  outputs: {
    status: STATUS_OUTPUT,
    results: { description: 'JSON array of results, one per service (id `deploy:<environment>/<service>`, status, severity, summary, evidence).' },
    revision: { description: 'The revision deployed, on any platform (on ECS the task definition ARN, on Cloud Run the revision name); a JSON map by service when several were deployed. Empty in a dry run.' },
    'previous-revision': { description: 'The revision that ran before (the rollback target; on ECS the task definition ARN, on Cloud Run the revision that served the most traffic); a JSON map by service when several.' },
    url: { description: "Cloud Run - the service's URL (never a tag's); a JSON map by service when several." },
    'tag-url': { description: "Cloud Run - the new revision's tag URL, with `tag`; a JSON map by service when several." },
    traffic: { description: 'Cloud Run - the final traffic split as JSON, `[{"revision":"svc-00042-abc","percent":100,"tag":"…"}]`; a JSON map by service when several.' },
    'task-definition-arn': { description: 'The new task definition ARN; a JSON map by service when several were deployed. Empty in a dry run.' },
    'previous-task-definition-arn': { description: 'The task definition ARN that ran before (the rollback target); a JSON map by service when several.' },
    'deployment-id': { description: 'The ECS deployment id that was followed (`ecs-svc/…`); a JSON map by service when several.' },
    'rolled-back': {
      description:
        "`true` when the services are verified back on their previous revision (rolled back by this action or by ECS's circuit breaker); `false` when a rollback could not start or failed.",
    },
  },
};
