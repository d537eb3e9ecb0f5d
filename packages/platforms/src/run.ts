import type { CheckResult, Emitter } from '@runbook/core';
import type { CloudRunDeployPlan, CloudRunRollbackPlan } from './cloud-run/plan.ts';
import type { DeployPlan as EcsDeployPlan, RollbackPlan as EcsRollbackPlan } from './ecs/plan.ts';
import { onePlatform } from './platform.ts';

export type AnyDeployPlan = EcsDeployPlan | CloudRunDeployPlan;
export type AnyRollbackPlan = EcsRollbackPlan | CloudRunRollbackPlan;

// Each platform's driver, with its SDK, is loaded only when services on that platform are
// deployed or rolled back: never at an action's start-up (a bad input is reported before ~1 MB of
// SDK is read), and never another platform's.
const loadEcs = () => import('./ecs/driver.ts');
const loadCloudRun = () => import('./cloud-run/driver.ts');

/** Deploys a planned change on its services' platform and reports through the emitter. */
export async function runDeploy(plan: AnyDeployPlan, emitter: Emitter): Promise<CheckResult[]> {
  const platform = onePlatform(plan.targets, plan.inputLabel('services'));
  const orchestrator = import('./deploy/orchestrator.ts');
  if (platform === 'cloud-run') {
    const [{ orchestrateDeploy }, driver] = await Promise.all([orchestrator, loadCloudRun()]);
    return orchestrateDeploy(plan as CloudRunDeployPlan, emitter, (context) => driver.deployDriver(plan as CloudRunDeployPlan, context));
  }
  const [{ orchestrateDeploy }, driver] = await Promise.all([orchestrator, loadEcs()]);
  return orchestrateDeploy(plan as EcsDeployPlan, emitter, (context) => driver.deployDriver(plan as EcsDeployPlan, context));
}

/** Rolls services back as planned on their platform and reports through the emitter. */
export async function runRollback(plan: AnyRollbackPlan, emitter: Emitter): Promise<CheckResult[]> {
  const platform = onePlatform(plan.targets, plan.inputLabel('services'));
  const orchestrator = import('./rollback/orchestrator.ts');
  if (platform === 'cloud-run') {
    const [{ orchestrateRollback }, driver] = await Promise.all([orchestrator, loadCloudRun()]);
    return orchestrateRollback(plan as CloudRunRollbackPlan, emitter, (context) => driver.rollbackDriver(plan as CloudRunRollbackPlan, context));
  }
  const [{ orchestrateRollback }, driver] = await Promise.all([orchestrator, loadEcs()]);
  return orchestrateRollback(plan as EcsRollbackPlan, emitter, (context) => driver.rollbackDriver(plan as EcsRollbackPlan, context));
}
