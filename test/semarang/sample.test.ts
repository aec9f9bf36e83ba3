import { readFileSync } from 'node:fs';
import { Observation, parseCatalog } from '@satata/core';
import {
  KELURAHAN,
  loadPovertyAggregate,
  makroSeries,
  sampleCatalog,
  sampleObservations,
} from '@satata/semarang';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../packages/semarang/scripts/lib/csv.ts';
import { readSampleInputs, sampleTexts } from '../../packages/semarang/scripts/lib/sample-io.ts';

const root = new URL('../../packages/semarang/', import.meta.url).pathname;
const read = (p: string) => readFileSync(`${root}${p}`, 'utf8');
const csv = parseCsv(read('data/raw/indikator/makro_kota_semarang.csv'));

// Catalog code → code in makro_kota_semarang.csv.
const MACRO: Record<string, string> = {
  'IKU-IPM': 'IPM',
  'IKU-P0': 'P0',
  'IKU-JPM': 'JPM',
  'KTX-GK': 'GK',
  'IKU-P1': 'P1',
  'IKU-TPT': 'TPT',
  'IKU-TPAK': 'TPAK',
  'IKU-LPE': 'LPE',
  'IKU-PDRBKAP': 'PDRB_KAP',
  'IKU-INV': 'INVESTASI',
};
const published = new Set(csv.map((r) => r.sumber));

describe('sample catalog', () => {
  it('is a valid catalog, stored with its defaults applied', () => {
    expect(parseCatalog(sampleCatalog)).toEqual(sampleCatalog);
  });

  it('is shaped like a city RPJMD 2021–2026: ≥ 40 IKU across OPD and urusan, a misi → tujuan → sasaran tree', () => {
    const ind = sampleCatalog.indikator;
    expect(ind.length).toBeGreaterThanOrEqual(40);
    expect(sampleCatalog.rpjmd).toMatchObject({ mulai: 2021, akhir: 2026 });
    expect(new Set(ind.map((i) => i.produsenData)).size).toBeGreaterThanOrEqual(15);
    // education, health, social, economy, infrastructure, environment, governance
    for (const u of ['1.01', '1.02', '1.06', '2.17', '1.03', '2.11', '6.01']) {
      expect(ind.some((i) => i.urusan === u)).toBe(true);
    }
    const sasaran = new Set(
      sampleCatalog.misi.flatMap((m) => m.tujuan.flatMap((t) => t.sasaran.map((s) => s.kode))),
    );
    for (const i of ind) expect(sasaran.has(i.sasaran!)).toBe(true);
    const opd = new Set(sampleCatalog.opd.map((o) => o.kode));
    for (const i of ind) expect(opd.has(i.produsenData)).toBe(true);
  });

  it('has both polarities, sum and last aggregation, range targets and quarterly targets', () => {
    const ind = sampleCatalog.indikator;
    expect(ind.some((i) => i.polaritas === 'positif')).toBe(true);
    expect(ind.some((i) => i.polaritas === 'negatif')).toBe(true);
    expect(ind.some((i) => i.agregasi === 'sum')).toBe(true);
    expect(ind.some((i) => i.agregasi === 'last')).toBe(true);
    expect(
      ind.filter((i) => Object.values(i.target).some((t) => typeof t === 'object')).length,
    ).toBeGreaterThanOrEqual(2);
    expect(ind.some((i) => Object.keys(i.targetPeriode).length > 0)).toBe(true);
    // Only the investment target 2023 is sourced (LKPJ 2023: Rp 25,6 T).
    expect(ind.find((i) => i.kode === 'IKU-INV')!.target['2023']).toBe(25.6);
  });

  it('marks everything illustrative except the context indicator without targets', () => {
    for (const i of sampleCatalog.indikator) {
      if (i.ilustratif) continue;
      expect(i.kode).toBe('KTX-GK');
      expect(Object.keys(i.target)).toHaveLength(0);
    }
  });
});

describe('sample observations', () => {
  it('are valid observations of catalog indicators', () => {
    const codes = new Set(sampleCatalog.indikator.map((i) => i.kode));
    for (const o of sampleObservations) {
      expect(Observation.safeParse(o).success).toBe(true);
      expect(codes.has(o.indikator)).toBe(true);
    }
    const keys = sampleObservations.map((o) => `${o.indikator}|${o.wilayah}|${o.periode}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('carry the published macro values with their source, equal to data/raw/indikator row by row', () => {
    for (const [kode, src] of Object.entries(MACRO)) {
      const expected = csv.filter((r) => r.kode === src && Number(r.tahun) >= 2019);
      const got = sampleObservations.filter((o) => o.indikator === kode && published.has(o.sumber!));
      expect(got.map((o) => [o.periode, o.nilai, o.sumber])).toEqual(
        expected.map((r) => [r.tahun, Number(r.nilai), r.sumber]),
      );
      expect(makroSeries(src).filter((r) => r.tahun >= 2019)).toHaveLength(expected.length);
    }
    // P0 2023 = 4.23 (Kepala BPS Kota Semarang, Desember 2023).
    expect(sampleObservations.find((o) => o.indikator === 'IKU-P0' && o.periode === '2023')).toMatchObject({
      nilai: 4.23,
      sumber: 'Kepala BPS Kota Semarang, Desember 2023',
    });
  });

  it('marks the IPM revision vintage with seri', () => {
    const seri = (p: string) =>
      sampleObservations.find((o) => o.indikator === 'IKU-IPM' && o.periode === p)!.seri;
    expect(seri('2021')).not.toBe(seri('2022'));
    expect(seri('2022')).toBe(seri('2023'));
  });

  it('labels every other observation as illustrative in its source', () => {
    for (const o of sampleObservations) {
      if (!published.has(o.sumber!)) expect(o.sumber).toMatch(/^Ilustratif/);
    }
  });

  it('flags every generated observation ilustratif: true and leaves the published ones unflagged', () => {
    // A source naming a publisher: BPS releases, the LKPJ, the city government, the city's Semar Satata portal.
    const PUBLICATION = /\b(BPS|LKPJ|Pemerintah Kota|Semar Satata)\b/;
    const marked = sampleObservations.filter((o) => o.ilustratif === true);
    const unflagged = sampleObservations.filter((o) => !('ilustratif' in o));
    // No third state: a row is either flagged true or carries no flag at all (never `ilustratif: false`).
    expect(marked.length + unflagged.length).toBe(sampleObservations.length);
    for (const o of sampleObservations) {
      const publication = PUBLICATION.test(o.sumber ?? '');
      expect({ sumber: o.sumber, ilustratif: o.ilustratif === true }).toEqual({
        sumber: o.sumber,
        ilustratif: !publication,
      });
      // The same split as the rows of data/raw/indikator.
      expect(published.has(o.sumber!)).toBe(publication);
    }
    // Among the flagged: the investment triwulan of 2025 and the whole poverty aggregate.
    expect(marked.filter((o) => o.indikator === 'IKU-INV').map((o) => o.periode)).toEqual([
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
    ]);
    const poverty = sampleObservations.filter((o) => o.indikator === 'IKU-KMS-REG');
    expect(poverty.length).toBeGreaterThan(0);
    expect(poverty.every((o) => o.ilustratif === true)).toBe(true);
    expect(unflagged.length).toBeGreaterThan(0);
  });

  it('has triwulan realisations for 2025 (I–III), none beyond', () => {
    const q = new Set(sampleObservations.filter((o) => o.periode.startsWith('2025-Q')).map((o) => o.periode));
    expect([...q].sort()).toEqual(['2025-Q1', '2025-Q2', '2025-Q3']);
  });

  it('disaggregates with numerator and denominator; higher levels are sums of lower ones', () => {
    for (const kode of ['IKU-KMS-REG', 'KES-03']) {
      const rows = sampleObservations.filter((o) => o.indikator === kode && o.periode === '2023');
      const kel = rows.filter((o) => o.wilayah.length === 13);
      expect(kel).toHaveLength(KELURAHAN.length);
      const kota = rows.find((o) => o.wilayah === '33.74')!;
      if (kel.every((o) => o.status !== 'ditekan')) {
        expect(kota.numerator).toBe(kel.reduce((s, o) => s + o.numerator!, 0));
        expect(kota.denominator).toBe(kel.reduce((s, o) => s + o.denominator!, 0));
      } else {
        // Suppressed kelurahan hide their counts; the kota total still includes them (it is not small).
        expect(kota.numerator).toBeGreaterThan(kel.reduce((s, o) => s + (o.numerator ?? 0), 0));
      }
    }
  });

  it('never shows a suppressed cell as 0', () => {
    const hidden = sampleObservations.filter((o) => o.status === 'ditekan');
    for (const o of hidden) {
      expect(o.nilai).toBeNull();
      expect(o.numerator).toBeNull();
      expect(o.denominator).toBeNull();
    }
  });

  it('is rebuilt byte for byte by scripts/build-sample.ts', () => {
    const t = sampleTexts(readSampleInputs(root));
    expect(t.catalogText).toBe(read('data/sample-catalog.json'));
    expect(t.observationsText).toBe(read('data/sample-observations.json'));
  });
});

describe('open poverty aggregate', () => {
  it('never shows a count of 1–9 and never shows a suppressed cell as 0', async () => {
    const agg = await loadPovertyAggregate();
    expect(agg.ilustratif).toBe(true);
    expect(agg.ambang).toBe(10);
    let hidden = 0;
    for (const r of agg.baris) {
      for (const [v, status] of [
        [r.rumah_tangga_miskin, r.status],
        [r.penduduk_miskin, r.status],
        [r.rumah_tangga_miskin_kk_perempuan, r.status_kk_perempuan],
      ] as const) {
        if (status === 'ditekan') {
          hidden++;
          expect(v).toBeNull();
        } else {
          expect(v === 0 || (v !== null && v >= 10)).toBe(true);
        }
      }
      if (r.status === 'ditekan') expect(r.persen_penduduk_miskin).toBeNull();
    }
    expect(hidden).toBeGreaterThan(0);
  });

  it('follows the published city P0 within 0.02 percentage points (BPS, data/raw/indikator)', async () => {
    const agg = await loadPovertyAggregate();
    for (const p of makroSeries('P0').filter((r) => r.tahun >= 2019)) {
      const kota = agg.baris.find((r) => r.wilayah === '33.74' && r.periode === String(p.tahun))!;
      expect(Math.abs(kota.persen_penduduk_miskin! - p.nilai)).toBeLessThan(0.02);
      expect(kota.persen_penduduk_miskin).toBeCloseTo((kota.penduduk_miskin! / kota.penduduk) * 100, 3);
    }
  });

  it('protects each suppressed kelurahan: ≥ 2 hidden per kecamatan × year, hidden sum ≥ 10', async () => {
    const agg = await loadPovertyAggregate();
    const groups = new Map<string, typeof agg.baris>();
    for (const r of agg.baris.filter((x) => x.tingkat === 'kelurahan')) {
      const k = `${r.wilayah.slice(0, 8)}|${r.periode}`;
      groups.set(k, [...(groups.get(k) ?? []), r]);
    }
    for (const [key, rows] of groups) {
      const hidden = rows.filter((r) => r.status === 'ditekan');
      if (hidden.length === 0) continue;
      expect(hidden.length, key).toBeGreaterThanOrEqual(2);
      const kec = agg.baris.find((r) => r.wilayah === key.slice(0, 8) && r.periode === key.slice(9))!;
      const shown = rows
        .filter((r) => r.status !== 'ditekan')
        .reduce((s, r) => s + r.rumah_tangga_miskin!, 0);
      expect(kec.rumah_tangga_miskin! - shown, key).toBeGreaterThanOrEqual(10);
    }
  });
});
