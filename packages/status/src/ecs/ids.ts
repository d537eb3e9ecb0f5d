import type { EcsStatusTarget } from './ecs-check.ts';

// Apart from ecs-check.ts so that sharding by it at start-up does not load the AWS SDK.

/** The result id of an ECS service's status; its logs and metrics results add `/logs`, `/metrics`. */
export const ecsStatusId = (t: Pick<EcsStatusTarget, 'environment' | 'key'>): string => `status:${t.environment}/${t.key}/ecs`;
