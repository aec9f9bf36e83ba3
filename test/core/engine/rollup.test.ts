/**
 * The one roll-up (issue 10 §7): observation and formula indicators roll kelurahan up to kecamatan and kota by the
 * same rule, and a parent carries its coverage.
 */
import {
  columnTable,
  computeResults,
  type IndicatorResult,
  type Observation,
  parseCatalog,
  type Region,
} from '@satata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base } from './fixtures.ts';

const regions: Region[] = [
  { kode: '33.74', nama: 'Kota', level: 'kota' },
  { kode: '33.74.01', nama: 'Kec 1', level: 'kecamatan', induk: '33.74' },
  { kode: '33.74.02', nama: 'Kec 2', level: 'kecamatan', induk: '33.74' },
  { kode: '33.74.01.1001', nama: 'A', level: 'kelurahan', induk: '33.74.01' },
  { kode: '33.74.01.1002', nama: 'B', level: 'kelurahan', induk: '33.74.01' },
  { kode: '33.74.02.1001', nama: 'C', level: 'kelurahan', induk: '33.74.02' },
];
const KEL = regions.filter((r) => r.level === 'kelurahan').map((r) => r.kode);
const levels = {
  levelEstimasi: ['kota', 'kecamatan', 'kelurahan'] as ('kota' | 'kecamatan' | 'kelurahan')[],
};

const catalogWith = (partial: boolean) =>
  parseCatalog({
    id: 'uji',
    nama: { id: 'Uji' },
    wilayah: '33.74',
    rpjmd: { mulai: 2021, akhir: 2026 },
    indikator: [
      base('OBS', { ...levels, polaritas: 'negatif', cakupanSebagian: partial }),
      base('FORM', {
        ...levels,
        polaritas: 'negatif',
        cakupanSebagian: partial,
        formula: {
          dataset: 'rt',
          regionField: 'kel',
          periodField: 'tahun',
          factor: 100,
          numerator: { op: 'sum', field: 'miskin' },
          denominator: { op: 'sum', field: 'semua' },
        },
      }),
    ],
  });
const at = (rows: readonly IndicatorResult[], indikator: string, wilayah: string) =>
  rows.find((r) => r.indikator === indikator && r.wilayah === wilayah && r.periode === '2025');

describe('one roll-up for observation and formula indicators', () => {
  it('with one of two kelurahan reporting both give n/a with the coverage (today: n/a vs 5 % from the single child)', () => {
    const observations: Observation[] = [
      { indikator: 'OBS', wilayah: '33.74.01.1001', periode: '2025', numerator: 5, denominator: 100 },
    ];
    const rt = columnTable({ kel: ['33.74.01.1001'], tahun: [2025], miskin: [5], semua: [100] });
    const { rows } = computeResults({ catalog: catalogWith(false), observations, regions, datasets: { rt } });
    for (const kode of ['OBS', 'FORM']) {
      const kec = at(rows, kode, '33.74.01')!;
      expect(kec).toMatchObject({ realisasi: null, cakupan: { dilaporkan: 1, diharapkan: 2 } });
      expect(kec.missing.realisasi).toBe('incomplete-coverage');
      expect(at(rows, kode, '33.74')!.cakupan).toEqual({
        dilaporkan: 1,
        diharapkan: 3,
        tingkat: 'kelurahan',
      });
      expect(at(rows, kode, '33.74.01.1001')).toMatchObject({ realisasi: 5, cakupan: null });
    }
  });

  it('a parent of a suppressed child is suppressed, not reported-missing', () => {
    const observations: Observation[] = [
      { indikator: 'OBS', wilayah: '33.74.01.1001', periode: '2025', numerator: 5, denominator: 100 },
      { indikator: 'OBS', wilayah: '33.74.01.1002', periode: '2025', status: 'ditekan' },
      { indikator: 'OBS', wilayah: '33.74.02.1001', periode: '2025', numerator: 1, denominator: 10 },
    ];
    for (const partial of [false, true]) {
      const { rows } = computeResults({ catalog: catalogWith(partial), observations, regions });
      const kec = at(rows, 'OBS', '33.74.01')!;
      if (partial) expect(kec).toMatchObject({ realisasi: 5, cakupan: { dilaporkan: 1, diharapkan: 2 } });
      else {
        expect(kec.realisasi).toBeNull();
        expect(kec.missing.realisasi).toBe('suppressed');
        expect(kec.flags.ditekan).toBe(true);
      }
      expect(at(rows, 'OBS', '33.74.02')).toMatchObject({
        realisasi: 10,
        cakupan: { dilaporkan: 1, diharapkan: 1 },
      });
    }
  });

  it('the same data as observations or as a formula dataset gives the same rows at every level (property)', () => {
    const cell = fc.option(
      fc
        .tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 5000 }))
        .map(([a, b]) => [Math.min(a, b), b] as const),
      { nil: null },
    );
    fc.assert(
      fc.property(
        fc.array(cell, { minLength: KEL.length, maxLength: KEL.length }),
        fc.boolean(),
        (cells, partial) => {
          const present = KEL.map((k, i) => ({ k, c: cells[i] })).filter((x) => x.c !== null) as {
            k: string;
            c: readonly [number, number];
          }[];
          const observations: Observation[] = present.map(({ k, c }) => ({
            indikator: 'OBS',
            wilayah: k,
            periode: '2025',
            numerator: c[0],
            denominator: c[1],
          }));
          const rt = columnTable({
            kel: present.map((x) => x.k),
            tahun: present.map(() => 2025),
            miskin: present.map((x) => x.c[0]),
            semua: present.map((x) => x.c[1]),
          });
          const { rows } = computeResults({
            catalog: catalogWith(partial),
            observations,
            regions,
            datasets: { rt },
          });
          for (const w of ['33.74', '33.74.01', '33.74.02']) {
            const o = at(rows, 'OBS', w);
            const f = at(rows, 'FORM', w);
            expect(f?.realisasi ?? null).toBe(o?.realisasi ?? null);
            expect(f?.cakupan ?? null).toEqual(o?.cakupan ?? null);
            expect(f?.missing.realisasi).toBe(o?.missing.realisasi);
            // A parent has a value iff every child reported, or partial coverage is allowed and one did; the value
            // is Σ numerator / Σ denominator of those that reported.
            const kids = present.filter((x) => w === '33.74' || x.k.startsWith(`${w}.`));
            const expected = w === '33.74' ? 3 : w === '33.74.01' ? 2 : 1;
            if (o?.realisasi == null) {
              expect(kids.length === expected || (partial && kids.length > 0)).toBe(false);
            } else {
              const num = kids.reduce((s, x) => s + x.c[0], 0);
              const den = kids.reduce((s, x) => s + x.c[1], 0);
              expect(o.realisasi).toBeCloseTo((num / den) * 100, 9);
              expect(o.cakupan).toEqual({
                dilaporkan: kids.length,
                diharapkan: expected,
                tingkat: 'kelurahan',
              });
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
