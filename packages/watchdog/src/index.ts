export * from './plan.ts';
export * from './steps.ts';
export * from './verdict.ts';
export * from './run.ts';
