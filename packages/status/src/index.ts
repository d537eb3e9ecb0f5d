export { planStatusCheck, type StatusCheckPlan } from './options.ts';
export { runStatusCheck, statusTable } from './report.ts';
export { checkHost, hostCheckId, type HostTarget } from './host/host-check.ts';
