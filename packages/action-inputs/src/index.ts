export * from './definition.ts';
export { ACTIONS } from './actions.ts';
export { CERT_CHECK } from './cert-check.ts';
export { DEPLOY } from './deploy.ts';
export { REPORT } from './report.ts';
export { ROLLBACK } from './rollback.ts';
export { SMOKE_TEST } from './smoke-test.ts';
