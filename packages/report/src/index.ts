export * from './availability.ts';
export * from './data-block.ts';
export * from './i18n.ts';
export * from './model.ts';
export * from './period.ts';
export * from './render.ts';
export * from './results.ts';
export * from './zoned.ts';
