export { planStatusCheck, type StatusCheckPlan } from './options.ts';
export { runStatusCheck } from './report.ts';
