// The Cloud Run driver of deploy and rollback, loaded only when a service on Cloud Run is deployed
// or rolled back: it brings @google-cloud/run and google-gax.
export { cloudRunDeployDriver as deployDriver } from './deploy.ts';
export { cloudRunRollbackDriver as rollbackDriver } from './rollback.ts';
