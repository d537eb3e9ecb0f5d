import { UsageError } from '@runbook/core';
import type { DriverContext, RollbackDriver } from '../driver.ts';
import type { CloudRunRollbackPlan, CloudRunServiceTarget } from './plan.ts';

// Placeholder on h/cr-deploy only: h/cr-rollback owns this file and replaces it whole.
export function cloudRunRollbackDriver(plan: CloudRunRollbackPlan, _context: DriverContext): RollbackDriver<unknown, CloudRunServiceTarget> {
  throw new UsageError(plan.inputLabel('platform'), 'rollback on cloud-run is not built on this branch');
}
