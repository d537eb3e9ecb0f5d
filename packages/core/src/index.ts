// The start-up path of every action: no zod or yaml here. Schemas and the config loader are
// imported from '@runbook/core/schemas' and '@runbook/core/config' where they are needed.
export * from './result.ts';
export * from './undecided.ts';
export * from './errors.ts';
export * from './duration.ts';
export * from './clock.ts';
export * from './retry.ts';
export * from './poll.ts';
export * from './redact.ts';
export * from './pool.ts';
export * from './stats.ts';
export * from './table.ts';
export * from './values.ts';
export * from './backup-values.ts';
export * from './status-values.ts';
export * from './inputs.ts';
export * from './emitter.ts';
export * from './summary.ts';
export type { RunbookConfig, EnvironmentConfig, ServiceConfig, HealthCheckConfig, CertConfig, BackupConfig, IncidentsConfig } from './config/schema.ts';
export * from './post.ts';
export * from './shard.ts';
