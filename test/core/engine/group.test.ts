/** groupByIndicator: engine rows by indicator code, in input order, optionally selected first. */
import { computeResults, groupByIndicator } from '@satata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticCatalog } from '../../../bench/fixtures/synthetic-catalog.ts';
import { catalog, observations, regions } from './fixtures.ts';

describe('groupByIndicator', () => {
  const { rows } = computeResults({ catalog, observations, regions });

  it('puts every row in its indicator’s group, in input order', () => {
    const groups = groupByIndicator(rows);
    expect([...groups.keys()]).toEqual([...new Set(rows.map((r) => r.indikator))]);
    for (const [kode, list] of groups) expect(list).toEqual(rows.filter((r) => r.indikator === kode));
  });

  it('keeps only the selected rows, and has no entry for an indicator without one', () => {
    const groups = groupByIndicator(rows, (r) => r.wilayah === '33.74.01' && r.periodKind === 'year');
    for (const list of groups.values()) {
      expect(list.length).toBeGreaterThan(0);
      for (const r of list) expect([r.wilayah, r.periodKind]).toEqual(['33.74.01', 'year']);
    }
    const kept = rows.filter((r) => r.wilayah === '33.74.01' && r.periodKind === 'year');
    expect([...groups.values()].flat()).toHaveLength(kept.length);
  });

  it('property: the groups partition the selected rows (synthetic seeds)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.boolean(), (seed, yearsOnly) => {
        const data = syntheticCatalog({ seed, indicators: 6, disaggregated: 2 });
        const all = computeResults(data).rows;
        const keep = yearsOnly ? (r: (typeof all)[number]) => r.periodKind === 'year' : undefined;
        const groups = groupByIndicator(all, keep);
        const flat = [...groups.values()].flat();
        expect(flat.length).toBe(keep ? all.filter(keep).length : all.length);
        for (const [kode, list] of groups) for (const r of list) expect(r.indikator).toBe(kode);
      }),
      { numRuns: 8 },
    );
  });
});
