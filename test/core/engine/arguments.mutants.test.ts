/**
 * How an EngineArgumentError describes what it received, for the values the mutation run found untested: each
 * expected text is what a reader of the message should see.
 */
import { computeCapaian, EngineArgumentError } from '@satata/core';
import { describe, expect, it } from 'vitest';

const base = { realisasi: 5, target: 5, polaritas: 'positif' as const };

/** The text after "diterima " in the message of the error `call` throws. */
function received(call: () => unknown): string {
  try {
    call();
  } catch (e) {
    expect(e).toBeInstanceOf(EngineArgumentError);
    const m = /, diterima (.*)$/s.exec((e as Error).message);
    expect(m).not.toBeNull();
    return m![1]!;
  }
  throw new Error('expected an EngineArgumentError');
}
const asRealisasi = (x: unknown) => received(() => computeCapaian({ ...base, realisasi: x as never }));
const asPolaritas = (x: unknown) => received(() => computeCapaian({ ...base, polaritas: x as never }));

describe('EngineArgumentError: what was received, in words', () => {
  it('a bigint as its digits, a symbol and a function by String()', () => {
    expect(asRealisasi(5n)).toBe('5');
    expect(asRealisasi(Symbol('nilai'))).toBe('Symbol(nilai)');
    const f = function nilai() {};
    expect(asRealisasi(f)).toBe(String(f));
  });

  it('a text in full and quoted, however long; other values cut to 57 characters and an ellipsis past 60', () => {
    const long = 'x'.repeat(100);
    expect(asPolaritas(long)).toBe(`"${long}"`);
    expect(asPolaritas('positive')).toBe('"positive"');
    // JSON text of exactly 60 characters is shown whole; of 61, cut.
    const sixty = ['a'.repeat(56)]; // ["aaa…"] = 2 + 56 + 2 = 60 characters
    expect(JSON.stringify(sixty)).toHaveLength(60);
    expect(asRealisasi(sixty)).toBe(JSON.stringify(sixty));
    const sixtyOne = ['a'.repeat(57)];
    expect(asRealisasi(sixtyOne)).toBe(`${JSON.stringify(sixtyOne).slice(0, 57)}…`);
  });

  it('a value without JSON text (a cycle) by its type tag, and undefined as undefined', () => {
    const cycle: { self?: unknown } = {};
    cycle.self = cycle;
    expect(asRealisasi(cycle)).toBe('[object Object]');
    expect(asPolaritas(undefined)).toBe('undefined');
  });
});
