// Loaded with `await import('@runbook/incidents')` by the check actions, only when they write issues.
export * from './i18n/index.ts';
export * from './marker.ts';
export * from './classify.ts';
export * from './settings.ts';
export * from './render.ts';
export * from './planner.ts';
export * from './rate-limit.ts';
export * from './github-client.ts';
export * from './issues-api.ts';
export * from './labels.ts';
export * from './lock.ts';
export * from './sync.ts';
export * from './summary.ts';
export * from './incident-writer.ts';
export * from './records.ts';
export * from './report-issues.ts';
export * from './report-api.ts';
