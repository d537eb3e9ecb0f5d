import type { CheckResult, Emitter } from '@runbook/core';
import type { DeployPlan, RollbackPlan } from './ecs/plan.ts';

// The engines load the AWS SDK; importing them only here keeps it out of an action's start-up,
// so a bad input is reported before ~1 MB of SDK is read.

/** Deploys a planned change to ECS and reports through the emitter. */
export async function runDeploy(plan: DeployPlan, emitter: Emitter): Promise<CheckResult[]> {
  const { deploy } = await import('./ecs/deploy.ts');
  return deploy(plan, emitter);
}

/** Rolls ECS services back as planned and reports through the emitter. */
export async function runRollback(plan: RollbackPlan, emitter: Emitter): Promise<CheckResult[]> {
  const { rollback } = await import('./ecs/rollback.ts');
  return rollback(plan, emitter);
}
