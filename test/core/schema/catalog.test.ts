/**
 * The catalog schema: defaults, errors that name the indicator code, the field and what was expected, the
 * cross-reference checks, and the exported JSON Schema (validated with Ajv, as a producer outside TypeScript would).
 */
import { type CatalogInput, CatalogValidationError, catalogJsonSchema, parseCatalog } from '@satata/core';
import { sampleCatalog } from '@satata/semarang';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

const indicator = (over: Record<string, unknown> = {}) => ({
  kode: 'IKU-01',
  nama: { id: 'Persentase Penduduk Miskin', en: 'Poverty rate' },
  definisi: { id: 'Persentase penduduk di bawah garis kemiskinan.' },
  satuan: '%',
  polaritas: 'negatif',
  agregasi: 'last',
  frekuensi: 'tahunan',
  levelEstimasi: ['kota'],
  produsenData: 'BPS',
  sumberData: 'BPS, Susenas Maret',
  target: { '2025': 3.7, '2026': { min: 3.2, max: 3.5 } },
  ...over,
});

const catalog = (indikator: unknown[], over: Record<string, unknown> = {}): CatalogInput =>
  ({
    id: 'uji',
    nama: { id: 'Katalog uji' },
    wilayah: '33.74',
    rpjmd: { mulai: 2021, akhir: 2026 },
    opd: [{ kode: 'BPS', nama: 'BPS Kota Semarang' }],
    misi: [
      {
        kode: 'M1',
        nama: { id: 'Misi 1' },
        tujuan: [
          { kode: 'T1', nama: { id: 'Tujuan 1' }, sasaran: [{ kode: 'S1', nama: { id: 'Sasaran 1' } }] },
        ],
      },
    ],
    indikator,
    ...over,
  }) as CatalogInput;

function issuesOf(input: unknown) {
  try {
    parseCatalog(input);
  } catch (e) {
    expect(e).toBeInstanceOf(CatalogValidationError);
    return (e as CatalogValidationError).issues;
  }
  throw new Error('expected a CatalogValidationError');
}

describe('parseCatalog', () => {
  it('accepts a valid catalog and applies the defaults', () => {
    const c = parseCatalog(catalog([indicator()]));
    const ind = c.indikator[0]!;
    expect(ind.proyeksi).toBe('linear');
    expect(ind.ilustratif).toBe(false);
    expect(ind.dapatDiaksesUmum).toBe(true);
    expect(ind.targetPeriode).toEqual({});
    expect(ind.target['2026']).toEqual({ min: 3.2, max: 3.5 });
  });

  it('names the indicator code, the field and what was expected', () => {
    const issues = issuesOf(
      catalog([indicator(), indicator({ kode: 'IKU-02', polaritas: 'naik', target: { '2025': 'x' } })]),
    );
    expect(issues).toContainEqual({
      indikator: 'IKU-02',
      field: 'polaritas',
      expected: 'salah satu dari "positif", "negatif", "netral"',
      received: '"naik"',
    });
    expect(issues).toContainEqual({
      indikator: 'IKU-02',
      field: 'target.2025',
      expected: 'angka atau rentang {min, max}',
      received: '"x"',
    });
    expect(() => parseCatalog(catalog([indicator({ polaritas: 'naik' })]))).toThrow(
      /indikator IKU-01, field polaritas: diharapkan salah satu dari/,
    );
  });

  it('refers to an indicator without a code by its position', () => {
    const { kode: _omit, ...noCode } = indicator();
    const issues = issuesOf(catalog([indicator(), noCode]));
    expect(issues[0]).toMatchObject({ indikator: '#2', field: 'kode' });
  });

  it('rejects a range whose min exceeds max, unknown fields and non-finite numbers', () => {
    const issues = issuesOf(
      catalog([
        indicator({
          target: { '2025': { min: 5, max: 3 } },
          warna: 'merah',
          baseline: { tahun: 2020, nilai: Number.NaN },
        }),
      ]),
    );
    const fields = issues.map((i) => i.field);
    expect(fields).toContain('target.2025');
    expect(fields).toContain('(indikator)'); // unrecognised key `warna`
    expect(fields).toContain('baseline.nilai');
  });

  it('checks cross-references: unique codes, OPD, sasaran, composite components and cycles, RPJMD years', () => {
    const issues = issuesOf(
      catalog([
        indicator({ produsenData: 'DINAS-X', sasaran: 'S9', target: { '2030': 1 } }),
        indicator(),
        indicator({ kode: 'K-A', komposit: { metode: 'mean', komponen: [{ kode: 'K-B' }] } }),
        indicator({
          kode: 'K-B',
          komposit: { metode: 'mean', komponen: [{ kode: 'K-A' }, { kode: 'TIDAK-ADA' }] },
        }),
      ]),
    );
    const byField = (f: string) => issues.filter((i) => i.field === f);
    expect(byField('kode')).toEqual([{ indikator: 'IKU-01', field: 'kode', expected: 'kode yang unik' }]);
    expect(byField('produsenData')[0]).toMatchObject({ indikator: 'IKU-01', received: 'DINAS-X' });
    expect(byField('sasaran')[0]).toMatchObject({ received: 'S9' });
    expect(byField('target.2030')[0]).toMatchObject({ expected: 'tahun dalam periode RPJMD 2021–2026' });
    expect(byField('komposit.komponen.1.kode')[0]).toMatchObject({ indikator: 'K-B', received: 'TIDAK-ADA' });
    expect(byField('komposit').length).toBeGreaterThan(0); // K-A → K-B → K-A
  });

  it('rejects a formula indicator that is also composite, and malformed filters', () => {
    const formula = {
      dataset: 'kemiskinan',
      numerator: { op: 'sum', field: 'miskin' },
      denominator: { op: 'sum', field: 'penduduk' },
      factor: 100,
      filters: [{ field: 'tahun', op: 'in', value: 2025 }],
    };
    const issues = issuesOf(
      catalog([indicator({ formula, komposit: { metode: 'sum', komponen: [{ kode: 'IKU-01' }] } })]),
    );
    const fields = issues.map((i) => i.field);
    expect(fields).toContain('formula.filters.0.value'); // `in` needs a list
    expect(fields).toContain('komposit');
  });

  it('validates the bundled Semarang sample catalog', () => {
    expect(() => parseCatalog(sampleCatalog)).not.toThrow();
  });
});

describe('catalogJsonSchema', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(catalogJsonSchema());

  it('is a draft 2020-12 schema', () => {
    expect(catalogJsonSchema().$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('accepts what parseCatalog accepts: a hand-written catalog and the Semarang sample', () => {
    expect(validate(catalog([indicator()]))).toBe(true);
    expect(validate(JSON.parse(JSON.stringify(sampleCatalog)))).toBe(true);
  });

  it('rejects a wrong polarity and a wrong target, pointing at the field', () => {
    expect(validate(catalog([indicator({ polaritas: 'naik' })]))).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath === '/indikator/0/polaritas')).toBe(true);
    expect(validate(catalog([indicator({ target: { '2025': 'x' } })]))).toBe(false);
    expect(validate(catalog([indicator({ warna: 'merah' })]))).toBe(false);
  });
});
