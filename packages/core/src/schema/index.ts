export * from './catalog.ts';
export * from './category.ts';
export * from './common.ts';
export * from './indicator.ts';
export * from './observation.ts';
export * from './region.ts';
export * from './validate.ts';
