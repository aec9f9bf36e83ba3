/**
 * The dashboard uses core's rules and the engine's like-for-like figures (issue 10 §5, §8):
 * - region codes are checked by core's `isKodeWilayah` (the app had its own pattern, which refused a province code);
 * - periods are read by core's parser (the app matched `-Q1`…`-Q4` itself and threw on any other spelling);
 * - "the latest period with data" is core's `latestWithData`; "the last complete year" core's `completeYearAsOf`;
 * - on the bundled Semarang sample, the `sum` IKU with data through triwulan III are not listed as worsening for
 *   comparing three quarters with four: the attention list takes the engine's like-for-like change.
 * And the app's sources hold no pattern of their own for codes or period keys.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { groupByIndicator, type IndicatorResult, isKodeWilayah } from '@satata/core';
import { REGIONS, sampleCatalog, sampleObservations } from '@satata/semarang';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardsAsOf, computeDashboardData } from '../../apps/dashboard/src/data.ts';
import {
  attention,
  completeYear,
  lastQuarterWithData,
  resultsAsOf,
  yearChoices,
} from '../../apps/dashboard/src/model.ts';
import { parseDashboardQuery } from '../../apps/dashboard/src/url-state.ts';
import { result as baseResult } from '../core/view/fixtures.ts';

const bounds = { tahunMin: 2021, tahunMax: 2026 };
const KOTA = '33.74';
const result = (periode: string, realisasi: number | null, extra: Partial<IndicatorResult> = {}) =>
  baseResult({ indikator: 'A', wilayah: KOTA, periode, realisasi, ...extra });
const catalog = { wilayah: KOTA, rpjmd: { mulai: 2021, akhir: 2026 }, indikator: [{ kode: 'A' }] } as never;

describe('one rule each', () => {
  it('a region in the URL is a code exactly when core says it is one (isKodeWilayah)', () => {
    expect(parseDashboardQuery('wilayah=33', bounds).state.wilayah).toBe('33');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.stringMatching(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/),
          fc.stringMatching(/^[\d.]{1,14}$/),
        ),
        (code) => {
          const { state } = parseDashboardQuery(`wilayah=${encodeURIComponent(code)}`, bounds);
          expect(state.wilayah !== null).toBe(code !== '' && isKodeWilayah(code));
        },
      ),
    );
  });

  it('reads periods with core’s parser: any spelling core accepts', () => {
    const rows = [
      result('2025-Q1', 1, { periodKind: 'quarter' }),
      result('2025-TW3', 2, { periodKind: 'quarter' }),
    ];
    expect(lastQuarterWithData(catalog, rows, 2025)).toBe(3);
    const picked = resultsAsOf(rows, KOTA, { tahun: 2025, triwulan: 2 });
    expect(picked.rows.map((r) => r.periode)).toEqual(['2025-Q1']);
  });

  it('the latest year with data is latestWithData’s, kept within the RPJMD', () => {
    const rows = [result('2023', 1), result('2024', 2), result('2025', null), result('2030', 5)];
    expect(yearChoices(catalog, rows).latest).toBe(2026);
    expect(yearChoices(catalog, rows.slice(0, 3)).latest).toBe(2024);
    expect(yearChoices(catalog, []).latest).toBe(2021);
  });

  it('the last complete year as of a view period', () => {
    expect(completeYear({ tahun: 2025, triwulan: null })).toBe(2025);
    expect(completeYear({ tahun: 2025, triwulan: 4 })).toBe(2025);
    expect(completeYear({ tahun: 2025, triwulan: 3 })).toBe(2024);
  });

  it('the app’s sources hold no pattern of their own for region codes or period keys', () => {
    const dir = join(import.meta.dirname, '..', '..', 'apps', 'dashboard', 'src');
    const own = [
      /\\d\{2\}\\\./, // a Kemendagri code pattern
      /-Q\(?\[?1/, // a triwulan key pattern
      /tahun \* 4/, // quarter arithmetic
    ];
    const found: string[] = [];
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(e.name)) {
          readFileSync(p, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              if (own.some((re) => re.test(line))) found.push(`${e.name}:${i + 1}: ${line.trim()}`);
            });
        }
      }
    };
    walk(dir);
    expect(found).toEqual([]);
  });
});

describe('the attention list on the Semarang sample (issue 10 §5)', () => {
  const data = computeDashboardData({
    catalog: sampleCatalog,
    observations: sampleObservations,
    regions: REGIONS,
  });
  const byIndicator = groupByIndicator(data.results);
  const cards = cardsAsOf(
    data,
    byIndicator,
    sampleCatalog.wilayah,
    { tahun: 2025, triwulan: null },
    '2025-11-01',
  );
  const needs = attention(cards.map((c) => c.model));
  /** The `sum` IKU whose 2025 has data through triwulan III only. */
  const partialSums = cards.filter((c) => c.result?.sampaiDengan === '2025-Q3').map((c) => c.model.indikator);

  it('has the sum IKU through triwulan III that the issue names (Kunjungan Wisatawan among them)', () => {
    expect(partialSums).toContain('EKO-04');
    expect(partialSums.length).toBeGreaterThanOrEqual(4);
  });

  it('lists none of them as worsening for comparing three quarters with four', () => {
    const worsening = needs.worsening.map((c) => c.indikator);
    for (const kode of partialSums) expect(worsening, kode).not.toContain(kode);
    // Every worsening card of a partial year was compared with the same span of the year before.
    for (const c of needs.worsening)
      if (c.sampaiDengan) expect(c.perubahan?.sampaiDengan, c.indikator).not.toBeNull();
  });

  it('a partial year’s card compares like with like, or says why it cannot', () => {
    const wisata = cards.find((c) => c.model.indikator === 'EKO-04')!.model;
    expect(wisata.sampaiDenganLabel?.id).toBe('s.d. Triwulan III');
    expect(wisata.target.teks.id).toMatch(/s\.d\. Triwulan III$/);
    // The sample has no triwulan of 2024 for it: no change, with its reason — never "memburuk" against all of 2024.
    expect(wisata.perubahan).toBeNull();
    expect(wisata.missing.perubahan).toBe('no-comparable-period');
    expect(wisata.perubahanKosong?.id).toBe('n/a (tidak ada data periode yang sama tahun sebelumnya)');
  });

  it('ranks the lowest capaian by the published capaian against the target to date', () => {
    const capaian = needs.lowest.map((c) => c.capaian!);
    expect(capaian).toEqual([...capaian].sort((a, b) => a - b));
    for (const c of needs.lowest) {
      const shown = cards.find((x) => x.model.indikator === c.indikator)!.result!;
      expect(c.capaian).toBe(shown.capaian);
    }
  });
});
