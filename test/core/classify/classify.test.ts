/**
 * classify(): hand-checked examples (the arithmetic for each is in the comment above its expectation) and
 * fast-check properties of the invariants of DESIGN.md §3 "Map classes".
 */
import { ClassifyError, type ClassMethod, classify } from '@satata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('classify: hand-checked examples', () => {
  it('quantile: 1…10 in 5 classes', () => {
    // R-7 quantiles of 1..10 (n = 10): h = 9p; p = .2 → 2 + .8 = 2,8; .4 → 4,6; .6 → 6,4; .8 → 8,2
    const c = classify([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { method: 'quantile' });
    expect(c.k).toBe(5);
    expect(c.bounds.map((b) => Number(b.toFixed(10)))).toEqual([1, 2.8, 4.6, 6.4, 8.2, 10]);
    expect(c.classes.map((x) => x.count)).toEqual([2, 2, 2, 2, 2]);
    expect(c.classes.map((x) => x.closedHigh)).toEqual([false, false, false, false, true]);
    expect(c.warnings).toEqual([]);
  });

  it('equal interval: 0…10 in 5 classes of width 2', () => {
    // bounds 0, 2, 4, 6, 8, 10; 0,1 → [0,2); 4,5 → [4,6); 9,10 → [8,10] (10 is in the closed last class)
    const c = classify([0, 1, 4, 5, 9, 10], { method: 'equal-interval', k: 5 });
    expect(c.bounds).toEqual([0, 2, 4, 6, 8, 10]);
    expect(c.classes.map((x) => x.count)).toEqual([2, 0, 2, 0, 2]);
    expect(c.classOf(2)).toBe(1); // a value on an inner bound goes to the class above: [lo, hi)
    expect(c.classOf(10)).toBe(4);
    expect(c.classOf(7.999)).toBe(3);
  });

  it('natural breaks: three obvious clusters', () => {
    // ckmeans separates {1,2,3}, {10,11,12}, {30,31}; each class starts at its cluster's smallest value
    const c = classify([12, 1, 31, 2, 10, 3, 30, 11], { method: 'natural-breaks', k: 3 });
    expect(c.bounds).toEqual([1, 10, 30, 31]);
    expect(c.classes.map((x) => x.count)).toEqual([3, 3, 2]);
  });

  it('manual: policy thresholds, nulls and NaN in the no-data class', () => {
    // bounds: data min 2, thresholds 4 5 6 8, data max 9,2; one value per class
    const c = classify([2, 5, 7.5, 9.2, 4, null, Number.NaN, undefined], {
      method: 'manual',
      breaks: [4, 5, 6, 8],
    });
    expect(c.k).toBe(5);
    expect(c.requestedK).toBe(5);
    expect(c.bounds).toEqual([2, 4, 5, 6, 8, 9.2]);
    expect(c.classes.map((x) => x.count)).toEqual([1, 1, 1, 1, 1]);
    expect(c.noData).toEqual({ count: 3, nonFinite: 1 });
    expect(c.total).toBe(8);
    expect(c.classOf(null)).toBeNull();
    expect(c.classOf(Number.POSITIVE_INFINITY)).toBeNull();
    // outside the data: the open-ended end classes
    expect(c.classOf(-100)).toBe(0);
    expect(c.classOf(100)).toBe(4);
  });

  it('collapses duplicate bounds when there are fewer distinct values than classes, and says so', () => {
    // R-7 of [1,1,1,1,2]: h = 4p → .8, 1.6, 2.4 → 1; 3.2 → 1 + .2 = 1,2. Bounds 1,1,1,1,1.2,2 → 1, 1,2, 2
    const q = classify([1, 1, 1, 1, 2], { method: 'quantile', k: 5 });
    expect(q.bounds).toHaveLength(3);
    expect(q.bounds[0]).toBe(1);
    expect(q.bounds[1]).toBeCloseTo(1.2, 12);
    expect(q.bounds[2]).toBe(2);
    expect(q.k).toBe(2);
    expect(q.requestedK).toBe(5);
    expect(q.classes.map((x) => x.count)).toEqual([4, 1]);
    expect(q.warnings.map((w) => w.code)).toEqual(['collapsed']);
    expect(q.warnings[0]!.message.id).toMatch(/2 dari 5 kelas/);

    // ckmeans with k capped at 3 distinct values: clusters {5,5} {7} {9,9}; the top class is the closed [9, 9]
    const n = classify([5, 5, 7, 9, 9], { method: 'natural-breaks', k: 5 });
    expect(n.bounds).toEqual([5, 7, 9, 9]);
    expect(n.classes.map((x) => x.count)).toEqual([2, 1, 2]);
    expect(n.warnings.map((w) => w.code)).toEqual(['collapsed']);
  });

  it('all-equal data make one closed class', () => {
    for (const method of ['quantile', 'equal-interval', 'natural-breaks'] as const) {
      const c = classify([3, 3, null, 3], { method });
      expect(c.bounds).toEqual([3, 3]);
      expect(c.classes).toEqual([{ index: 0, lo: 3, hi: 3, closedHigh: true, count: 3 }]);
      expect(c.warnings.map((w) => w.code)).toEqual(['single-value']);
      expect(c.classOf(3)).toBe(0);
    }
  });

  it('all-missing and empty input give no classes and a no-data warning', () => {
    const c = classify([null, undefined, Number.NaN, Number.NEGATIVE_INFINITY], { method: 'quantile' });
    expect(c.k).toBe(0);
    expect(c.bounds).toEqual([]);
    expect(c.classes).toEqual([]);
    expect(c.noData).toEqual({ count: 4, nonFinite: 2 });
    expect(c.classOf(5)).toBeNull();
    expect(c.warnings.map((w) => w.code)).toEqual(['no-data']);

    const e = classify([], { method: 'natural-breaks' });
    expect(e.k).toBe(0);
    expect(e.total).toBe(0);
    expect(e.noData.count).toBe(0);

    // manual keeps its policy classes, all empty
    const m = classify([null], { method: 'manual', breaks: [10, 20] });
    expect(m.bounds).toEqual([10, 10, 20, 20]);
    expect(m.classes.map((x) => x.count)).toEqual([0, 0, 0]);
    expect(m.classOf(15)).toBe(1);
  });

  it('manual thresholds outside the data range keep their (empty) classes and warn', () => {
    // data 5..15, thresholds 20, 30: bounds widen to 30; everything is in [5, 20)
    const above = classify([5, 10, 15], { method: 'manual', breaks: [20, 30] });
    expect(above.bounds).toEqual([5, 20, 30, 30]);
    expect(above.classes.map((x) => x.count)).toEqual([3, 0, 0]);
    expect(above.warnings.map((w) => w.code)).toEqual(['break-above-data']);
    expect(above.warnings[0]!.message.id).toContain('20, 30');

    // data 5..10, thresholds 0, 1: bounds start at 0; everything is in [1, 10]
    const below = classify([5, 10], { method: 'manual', breaks: [0, 1] });
    expect(below.bounds).toEqual([0, 0, 1, 10]);
    expect(below.classes.map((x) => x.count)).toEqual([0, 0, 2]);
    expect(below.warnings.map((w) => w.code)).toEqual(['break-below-data']);

    // a threshold equal to the data maximum is inside: the max belongs to the last class
    const edge = classify([1, 2, 3], { method: 'manual', breaks: [3] });
    expect(edge.classes.map((x) => x.count)).toEqual([2, 1]);
    expect(edge.warnings).toEqual([]);
  });

  it('rejects bad options and values with a ClassifyError naming the problem', () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(ClassifyError);
        return e as ClassifyError;
      }
      throw new Error('expected a ClassifyError');
    };
    const unsorted = err(() => classify([1, 2], { method: 'manual', breaks: [5, 3] }));
    expect(unsorted.code).toBe('breaks-not-increasing');
    expect(unsorted.index).toBe(1);
    expect(unsorted.message).toContain('ambang ke-2 (3) tidak lebih besar dari ambang ke-1 (5)');
    expect(err(() => classify([1], { method: 'manual', breaks: [3, 3] })).code).toBe('breaks-not-increasing');
    expect(err(() => classify([1], { method: 'manual', breaks: [1, Number.NaN] })).code).toBe(
      'invalid-break',
    );
    expect(err(() => classify([1], { method: 'manual' })).code).toBe('missing-breaks');
    expect(err(() => classify([1], { method: 'manual', breaks: [1], k: 5 })).code).toBe('k-mismatch');
    expect(err(() => classify([1], { method: 'quantile', breaks: [1] })).code).toBe('breaks-not-allowed');
    expect(err(() => classify([1], { method: 'quantile', k: 0 })).code).toBe('invalid-k');
    expect(err(() => classify([1], { method: 'quantile', k: 2.5 })).code).toBe('invalid-k');
    expect(err(() => classify([1], { method: 'jenks' as ClassMethod })).code).toBe('unknown-method');
    const bad = err(() => classify([1, '2' as unknown as number], { method: 'quantile' }));
    expect(bad.code).toBe('invalid-value');
    expect(bad.index).toBe(1);
  });

  it('accepts any iterable, e.g. a generator over several periods', () => {
    function* years() {
      yield* [1, 2, 3];
      yield* [4, null, 6];
    }
    const c = classify(years(), { method: 'equal-interval', k: 5 });
    expect(c.total).toBe(6);
    expect(c.classes.reduce((s, x) => s + x.count, 0)).toBe(5);
  });
});

describe('classify: properties', () => {
  const value = fc.oneof(
    { weight: 6, arbitrary: fc.double({ min: -1e9, max: 1e9, noNaN: true }) },
    { weight: 3, arbitrary: fc.integer({ min: -5, max: 5 }) }, // ties
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, Number.NaN, Number.POSITIVE_INFINITY) },
  );
  const options = fc.oneof(
    fc.record({
      method: fc.constantFrom<ClassMethod>('quantile', 'equal-interval', 'natural-breaks'),
      k: fc.integer({ min: 1, max: 8 }),
    }),
    fc
      .uniqueArray(fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }), {
        maxLength: 6,
        comparator: (a, b) => a === b || (a === 0 && b === 0),
      })
      .map((bs) => ({ method: 'manual' as const, breaks: [...bs].sort((a, b) => a - b) })),
  );
  const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

  it('every finite value lands in exactly one class, the one classOf names; counts add up', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), options, (values, opts) => {
        const c = classify(values, opts);
        const nums = values.filter(finite);
        for (const v of nums) {
          const containing = c.classes.filter((x) => x.lo <= v && (v < x.hi || (x.closedHigh && v <= x.hi)));
          expect(containing.length).toBe(1);
          expect(c.classOf(v)).toBe(containing[0]!.index);
        }
        expect(c.classes.reduce((s, x) => s + x.count, 0)).toBe(nums.length);
        expect(c.noData.count).toBe(values.length - nums.length);
        expect(c.total).toBe(values.length);
        for (const v of values) if (!finite(v)) expect(c.classOf(v)).toBeNull();
      }),
    );
  });

  it('bounds are non-decreasing (strictly increasing unless manual or single-valued) and k + 1 long', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), options, (values, opts) => {
        const c = classify(values, opts);
        expect(c.bounds.length).toBe(c.k === 0 ? 0 : c.k + 1);
        expect(c.classes.length).toBe(c.k);
        for (let i = 1; i < c.bounds.length; i++) {
          expect(c.bounds[i]!).toBeGreaterThanOrEqual(c.bounds[i - 1]!);
          // equal neighbours only in manual classes, or as the closed one-value top class of natural breaks
          const closedTail = opts.method === 'natural-breaks' && i === c.bounds.length - 1;
          if (opts.method !== 'manual' && c.k > 1 && !closedTail) {
            expect(c.bounds[i]!).toBeGreaterThan(c.bounds[i - 1]!);
          }
        }
        if (opts.method !== 'manual') expect(c.k).toBeLessThanOrEqual(opts.k);
      }),
    );
  });

  it('classOf is monotone, also outside the data range', () => {
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 1, maxLength: 40 }),
        options,
        fc.double({ min: -2e9, max: 2e9, noNaN: true }),
        fc.double({ min: -2e9, max: 2e9, noNaN: true }),
        (values, opts, a, b) => {
          const c = classify(values, opts);
          if (c.k === 0) return;
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(c.classOf(lo)!).toBeLessThanOrEqual(c.classOf(hi)!);
        },
      ),
    );
  });

  it('does not depend on the order of the values', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), options, fc.integer(), (values, opts, seed) => {
        const shuffled = [...values];
        let s = seed >>> 0;
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (s * 1664525 + 1013904223) >>> 0;
          const j = s % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
        }
        const a = classify(values, opts);
        const b = classify(shuffled, opts);
        expect(b.bounds).toEqual(a.bounds);
        expect(b.classes).toEqual(a.classes);
        expect(b.noData).toEqual(a.noData);
      }),
    );
  });
});
