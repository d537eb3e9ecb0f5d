import type { RegisterTaskDefinitionCommandInput } from '@aws-sdk/client-ecs';
import type { Clock } from '@runbook/core';
import type { ProbeSpec } from '@runbook/http-probe';
import type { ImageChange } from './images.ts';
import type { TaskDefinitionRef } from './task-definition.ts';

/** One ECS service to deploy or roll back, resolved from a config key or a service name. */
export interface EcsServiceTarget {
  /** The name people use and result ids carry: the config key (`backend`) or the ECS service name. */
  key: string;
  cluster: string;
  service: string;
  region: string;
  /** Where the cluster and the service name were given (`input "cluster"` or a config path), for messages. */
  origin: { cluster: string; service: string };
  /** Containers that take `image` / `image-tag` (all when absent), and where that list was given. */
  containers?: { names: string[]; origin: string };
  /** A one-off task before the update; `origin` names where its container was given. */
  migrate?: { command: string[]; container?: string; origin: string };
  /** The service's health checks from the config, run after its rollout. */
  probes: ProbeSpec[];
  runbook?: string;
}

/** What deploy and rollback share: where, how long to wait, how to verify. */
export interface EcsOperation {
  environment: string;
  targets: EcsServiceTarget[];
  waitTimeoutMs: number;
  pollIntervalMs: number;
  /** `smoke-urls`: checked after every service's rollout. */
  smokeProbes: ProbeSpec[];
  dryRun: boolean;
  /** Values to mask everywhere. */
  secrets: string[];
  /** How an input is named to the user (`input "images"`, `--images`). */
  inputLabel: (name: string) => string;
  /** Time for every wait and deadline (the system's when absent); tests inject their own. */
  clock?: Clock;
}

export interface DeployPlan extends EcsOperation {
  change: ImageChange;
  /** A task definition file to register instead of the service's current one. */
  taskDefinition?: RegisterTaskDefinitionCommandInput;
  desiredCount?: number;
  forceNewDeployment: boolean;
  rollbackOnFailure: boolean;
  keepRevisions?: number;
}

export type RollbackTo = { kind: 'previous' } | { kind: 'revision'; ref: Required<TaskDefinitionRef>; text: string } | { kind: 'image-tag'; tag: string };

export interface RollbackPlan extends EcsOperation {
  to: RollbackTo;
}
