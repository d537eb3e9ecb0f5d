import type { RegisterTaskDefinitionCommandInput } from '@aws-sdk/client-ecs';
import type { DeployOperation, Operation, ServiceTarget } from '../driver.ts';
import type { ImageChange } from './images.ts';
import type { TaskDefinitionRef } from './task-definition.ts';

/** One ECS service to deploy or roll back, resolved from a config key or a service name. */
export interface EcsServiceTarget extends ServiceTarget {
  platform: 'ecs';
  cluster: string;
  service: string;
  region: string;
  /** Where the cluster and the service name were given (`input "cluster"` or a config path), for messages. */
  origin: { cluster: string; service: string };
  /** Containers that take `image` / `image-tag` (all when absent), and where that list was given. */
  containers?: { names: string[]; origin: string };
  /** A one-off task before the update; `origin` names where its container was given. */
  migrate?: { command: string[]; container?: string; origin: string };
}

export type EcsOperation = Operation<EcsServiceTarget>;

export interface DeployPlan extends DeployOperation<EcsServiceTarget> {
  change: ImageChange;
  /** A task definition file to register instead of the service's current one. */
  taskDefinition?: RegisterTaskDefinitionCommandInput;
  desiredCount?: number;
  forceNewDeployment: boolean;
  keepRevisions?: number;
}

export type RollbackTo = { kind: 'previous' } | { kind: 'revision'; ref: Required<TaskDefinitionRef>; text: string } | { kind: 'image-tag'; tag: string };

export interface RollbackPlan extends EcsOperation {
  to: RollbackTo;
}
