/**
 * Lazy view-model parts (packages/core/src/view/lazy.ts): built on the first read only, then the same value on
 * every read, and indistinguishable from a plain property to spreading, JSON and deep equality.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineLazy, lazyBilingual, lazyRecord } from '../../../packages/core/src/view/lazy.ts';

describe('defineLazy', () => {
  it('builds the value on the first read, once, and keeps it', () => {
    let calls = 0;
    const o = defineLazy({ a: 1 }, 'b', () => {
      calls += 1;
      return { n: 2 };
    });
    expect(calls).toBe(0);
    const first = o.b;
    expect(calls).toBe(1);
    expect(o.b).toBe(first);
    expect(calls).toBe(1);
  });

  it('is enumerable and read-only: spread, JSON and toEqual see a plain value', () => {
    const o = defineLazy({ a: 1 }, 'b', () => [1, 2]);
    expect(Object.keys(o)).toEqual(['a', 'b']);
    expect({ ...o }).toEqual({ a: 1, b: [1, 2] });
    expect(JSON.parse(JSON.stringify(o))).toEqual({ a: 1, b: [1, 2] });
    expect(() => {
      (o as { b: unknown }).b = 3;
    }).toThrow(TypeError);
  });
});

describe('lazyRecord', () => {
  it('builds each key on its own first read only (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 8 }), fc.nat(), (keys, pick) => {
        const made: string[] = [];
        const r = lazyRecord(keys, (k) => {
          made.push(k);
          return `${k}!`;
        });
        // (Object key order puts integer-like keys first, as for any record.)
        expect(new Set(Object.keys(r))).toEqual(new Set(keys));
        expect(made).toEqual([]);
        if (keys.length === 0) return;
        const k = keys[pick % keys.length]!;
        expect(r[k]).toBe(`${k}!`);
        expect(r[k]).toBe(`${k}!`);
        expect(made).toEqual([k]);
        expect(JSON.parse(JSON.stringify(r))).toEqual(Object.fromEntries(keys.map((x) => [x, `${x}!`])));
      }),
    );
  });
});

describe('lazyBilingual', () => {
  it('builds each locale on its own first read', () => {
    const made: string[] = [];
    const b = lazyBilingual((l) => {
      made.push(l);
      return l === 'id' ? 'Peta' : 'Map';
    });
    expect(made).toEqual([]);
    expect(b.en).toBe('Map');
    expect(made).toEqual(['en']);
    expect(b).toEqual({ id: 'Peta', en: 'Map' });
    expect(made).toEqual(['en', 'id']);
  });
});
