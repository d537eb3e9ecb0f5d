import type { CheckResult, Emitter } from '@runbook/core';
import type { Platform } from './driver.ts';
import type { DeployPlan, RollbackPlan } from './ecs/plan.ts';
import { onePlatform } from './platform.ts';

// Each platform's driver, with its SDK, is loaded only when services on that platform are
// deployed or rolled back: never at an action's start-up (a bad input is reported before ~1 MB of
// SDK is read), and never another platform's.
const DRIVERS = {
  ecs: () => import('./ecs/driver.ts'),
} satisfies Record<Platform, () => Promise<unknown>>;

/** Deploys a planned change on its services' platform and reports through the emitter. */
export async function runDeploy(plan: DeployPlan, emitter: Emitter): Promise<CheckResult[]> {
  const platform = onePlatform(plan.targets, plan.inputLabel('services'));
  const [{ orchestrateDeploy }, driver] = await Promise.all([import('./deploy/orchestrator.ts'), DRIVERS[platform]()]);
  return orchestrateDeploy(plan, emitter, (context) => driver.deployDriver(plan, context));
}

/** Rolls services back as planned on their platform and reports through the emitter. */
export async function runRollback(plan: RollbackPlan, emitter: Emitter): Promise<CheckResult[]> {
  const platform = onePlatform(plan.targets, plan.inputLabel('services'));
  const [{ orchestrateRollback }, driver] = await Promise.all([import('./rollback/orchestrator.ts'), DRIVERS[platform]()]);
  return orchestrateRollback(plan, emitter, (context) => driver.rollbackDriver(plan, context));
}
