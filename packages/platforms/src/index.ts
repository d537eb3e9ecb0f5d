// Start-up path of the deploy and rollback actions: planning and pure functions only. The
// orchestrators and each platform's driver (with its SDK) are loaded by runDeploy / runRollback.
export { DEPLOY_INPUTS, ROLLBACK_INPUTS, rollbackToValue } from './ecs/options.ts';
export * from './options.ts';
export * from './cloud-run/plan.ts';
export { cloudRunRollbackToValue } from './cloud-run/options.ts';
export * from './ecs/plan.ts';
export * from './ecs/images.ts';
export * from './ecs/task-definition.ts';
export * from './ecs/service-state.ts';
export * from './ecs/revisions.ts';
export * from './ecs/command-line.ts';
export * from './run.ts';
