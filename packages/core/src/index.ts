/**
 * @satata/core — the IKU domain model, the engine, map classification and formatting.
 * @packageDocumentation
 */

export * from './classify/index.ts';
export * from './engine/index.ts';
export * from './format/index.ts';
export * from './period/index.ts';
export * from './privacy/index.ts';
export * from './quality/report.ts';
export * from './schema/index.ts';
export * from './text/index.ts';
export * from './view/index.ts';
