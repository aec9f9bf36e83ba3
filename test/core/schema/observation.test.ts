/** The observation schema: value and/or numerator with denominator; null is "reported missing", never 0. */
import { Observation } from '@satata/core';
import { describe, expect, it } from 'vitest';

const base = { indikator: 'IKU-01', wilayah: '33.74.01.1001', periode: 'Triwulan II 2025' };

describe('Observation', () => {
  it('accepts a value, a rate with numerator and denominator, and an explicit null', () => {
    expect(Observation.safeParse({ ...base, nilai: 4.23 }).success).toBe(true);
    expect(
      Observation.safeParse({ ...base, numerator: 12, denominator: 300, diperbarui: '2025-08-12' }).success,
    ).toBe(true);
    const empty = Observation.parse({ ...base, nilai: null, status: 'ditekan' });
    expect(empty.nilai).toBeNull();
  });

  it('takes an optional boolean ilustratif; absent stays absent (read as false)', () => {
    expect(Observation.parse({ ...base, nilai: 1, ilustratif: true }).ilustratif).toBe(true);
    expect(Observation.parse({ ...base, nilai: 1, ilustratif: false }).ilustratif).toBe(false);
    expect('ilustratif' in Observation.parse({ ...base, nilai: 1 })).toBe(false);
  });

  it.each([
    [{ ...base, numerator: 12 }, 'denominator'],
    [{ ...base, numerator: 12, denominator: -1 }, 'denominator'],
    [{ ...base, nilai: '4,23' }, 'nilai'],
    [{ ...base, nilai: Number.POSITIVE_INFINITY }, 'nilai'],
    [{ ...base, wilayah: 'Semarang' }, 'wilayah'],
    [{ ...base, periode: '2025-Q5' }, 'periode'],
    [{ ...base, diperbarui: '12/08/2025' }, 'diperbarui'],
    [{ ...base, status: 'draft' }, 'status'],
    [{ ...base, nilai: 1, ilustratif: 'ya' }, 'ilustratif'],
    [{ ...base, nilai: 1, ilustratif: 1 }, 'ilustratif'],
  ])('rejects %j at field %s', (input, field) => {
    const r = Observation.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toContain(field);
  });
});
