export * from './request.ts';
export * from './expect.ts';
export * from './probe.ts';
export * from './smoke-test.ts';
export * from './targets.ts';
export * from './options.ts';
export * from './report.ts';
