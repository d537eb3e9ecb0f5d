import type { Service } from '@aws-sdk/client-ecs';
import { UsageError } from '@runbook/core';
import { EcsError, NotFoundError, type Ecs } from './client.ts';
import type { EcsServiceTarget } from './plan.ts';

/**
 * Reads a service before anything changes. An unknown cluster or service, or one this tool cannot
 * roll out (not ACTIVE, CodeDeploy or external controller), is a usage error naming where it was given.
 */
export async function captureService(target: EcsServiceTarget, ecs: Ecs): Promise<Service> {
  let service: Service;
  try {
    service = await ecs.describeService(target.cluster, target.service);
  } catch (error) {
    if (error instanceof NotFoundError) throw new UsageError(target.origin.service, error.message);
    if (error instanceof EcsError && error.code === 'ClusterNotFoundException') throw new UsageError(target.origin.cluster, `cluster ${target.cluster} not found in ${ecs.region}`);
    throw error;
  }
  if (service.status !== 'ACTIVE') throw new UsageError(target.origin.service, `service ${target.service} is ${service.status}, not ACTIVE`);
  const controller = service.deploymentController?.type ?? 'ECS';
  if (controller !== 'ECS') throw new UsageError(target.origin.service, `service ${target.service} uses the ${controller} deployment controller; only ECS rolling deployments are supported`);
  return service;
}
