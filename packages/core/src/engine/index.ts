export * from './filters.ts';
export * from './measures.ts';
export * from './rollup-regions.ts';
export * from './table.ts';
export type * from './types.ts';
