export { planStatusCheck, type StatusCheckPlan } from './options.ts';
export { runStatusCheck } from './report.ts';
export { hostShardKey } from './host/host-check.ts';
export { ecsStatusId } from './ecs/ids.ts';
