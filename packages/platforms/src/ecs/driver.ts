// The ECS driver of deploy and rollback, loaded only when a service on ECS is deployed or rolled
// back: it brings the AWS SDK.
export { ecsDeployDriver as deployDriver } from './deploy.ts';
export { ecsRollbackDriver as rollbackDriver } from './rollback.ts';
