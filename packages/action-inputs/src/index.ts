export * from './definition.ts';
export { ACTIONS } from './actions.ts';
export { BACKUP_VERIFY } from './backup-verify.ts';
export { CERT_CHECK } from './cert-check.ts';
export { DEPLOY } from './deploy.ts';
export { REPORT } from './report.ts';
export { ROLLBACK } from './rollback.ts';
export { SMOKE_TEST } from './smoke-test.ts';
export { STATUS_CHECK } from './status-check.ts';
