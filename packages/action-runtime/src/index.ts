export * from './emitter.ts';
export * from './run.ts';
export * from './runner.ts';
export * from './check-action.ts';
