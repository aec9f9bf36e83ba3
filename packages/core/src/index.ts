/**
 * @satata/core — the IKU domain model, the engine, map classification and formatting.
 * @packageDocumentation
 */

export type * from './engine/types.ts';
export * from './period/index.ts';
export * from './quality/report.ts';
export * from './schema/index.ts';
export * from './format/index.ts';
