/**
 * View models: plain typed objects made from engine results — a card, a trend, a map, a category distribution —
 * each with a generated text summary (Bahasa Indonesia and English) and a data-table alternative with CSV export.
 * @module
 */

export * from './card.ts';
export * from './common.ts';
export * from './distribution.ts';
export * from './map.ts';
export * from './quality.ts';
export * from './region-map.ts';
export * from './scorecard.ts';
export * from './stale.ts';
export * from './table.ts';
export * from './trend.ts';
