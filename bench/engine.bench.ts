/**
 * Engine benchmark (issue 2 §6): the full scorecard of a generated catalog of Kota Semarang's size — 127 IKU,
 * 2021–2026 by triwulan, 30 IKU with numerator and denominator for 177 kelurahan rolled up to 16 kecamatan and the
 * kota — against a hand-written single-pass loop computing the same kota capaian over the same columnar data, in
 * the same process. Prints figures; never fails on time. The data are illustrative (seeded, synthetic).
 */
import {
  type Catalog,
  type ColumnTable,
  computeCapaian,
  computeResults,
  computeScorecard,
  parsePeriod,
  type Target,
} from '@satata/core';
import { syntheticCatalog } from './fixtures/synthetic-catalog.ts';
import { goal, measure, ratio, report } from './harness.ts';

/**
 * The baseline: one pass over the observation columns into typed arrays per indicator × year × triwulan (kelurahan
 * numerators and denominators summed straight into the kota), then the capaian of each indicator's latest year —
 * the scorecard's numbers without validation, reasons, regions below the kota, change, progress or projection.
 */
export function handLoopScorecard(catalog: Catalog, obs: ColumnTable): (number | null)[] {
  // The generated table is array-backed: read its columns in place, as the engine does.
  const ind = obs.column('indikator') as unknown as ArrayLike<string>;
  const per = obs.column('periode') as unknown as ArrayLike<string>;
  const nil = obs.column('nilai') as unknown as ArrayLike<number | null>;
  const num = obs.column('numerator') as unknown as ArrayLike<number | null>;
  const den = obs.column('denominator') as unknown as ArrayLike<number | null>;
  const codes = new Map(catalog.indikator.map((x, i) => [x.kode, i]));
  const years = catalog.rpjmd.akhir - catalog.rpjmd.mulai + 1;
  const slots = catalog.indikator.length * years * 4;
  const value = new Float64Array(slots);
  const n = new Float64Array(slots);
  const d = new Float64Array(slots);
  const seen = new Uint8Array(slots);
  const periodSlot = new Map<string, number>();
  for (let i = 0; i < ind.length; i++) {
    let ps = periodSlot.get(per[i]!);
    if (ps === undefined) {
      const p = parsePeriod(per[i]);
      ps = (p.year - catalog.rpjmd.mulai) * 4 + p.index - 1;
      periodSlot.set(per[i]!, ps);
    }
    const s = codes.get(ind[i]!)! * years * 4 + ps;
    const v = nil[i];
    if (num[i] != null) {
      n[s] += num[i]!;
      d[s] += den[i]!;
      seen[s] = 2;
    } else if (v != null) {
      value[s] = v;
      seen[s] = 1;
    }
  }
  const out: (number | null)[] = [];
  catalog.indikator.forEach((x, k) => {
    let best: { year: number; r: number } | null = null;
    for (let y = 0; y < years; y++) {
      let sum = 0;
      let last: number | null = null;
      for (let q = 0; q < 4; q++) {
        const s = k * years * 4 + y * 4 + q;
        if (seen[s] === 0) continue;
        const v = seen[s] === 2 ? (n[s]! / d[s]!) * 100 : value[s]!;
        sum += v;
        last = v;
      }
      if (last !== null) best = { year: y, r: x.agregasi === 'sum' ? sum : last };
    }
    const t = best ? (x.target[String(catalog.rpjmd.mulai + best.year)] as Target | undefined) : undefined;
    out.push(
      best
        ? computeCapaian({
            realisasi: best.r,
            target: t ?? null,
            polaritas: x.polaritas,
            rumusNegatif: x.rumusNegatif,
          }).capaian
        : null,
    );
  });
  return out;
}

export async function run(): Promise<void> {
  const t0 = performance.now();
  const data = syntheticCatalog();
  const obsRows = data.observations.numRows();
  console.log(
    `  synthetic catalog (ilustratif): ${data.catalog.indikator.length} IKU, ${obsRows.toLocaleString('en-US')} observation rows, ` +
      `${data.regions.length} regions — generated in ${(performance.now() - t0).toFixed(0)} ms`,
  );
  const results = computeResults(data);
  console.log(
    `  computeResults: ${results.rows.length.toLocaleString('en-US')} result rows, ${results.issues.length} issues`,
  );

  const hand = await measure('hand-written single-pass loop (kota capaian)', () =>
    handLoopScorecard(data.catalog, data.observations),
  );
  report(hand, obsRows);
  const scorecard = await measure('computeScorecard (kota, latest year)', () => computeScorecard(data), {
    runs: 11,
  });
  report(scorecard, obsRows);
  const full = await measure('computeResults (every region × period)', () => computeResults(data), {
    runs: 7,
  });
  report(full, obsRows);
  console.log(
    `    → ${((results.rows.length / full.median) * 1000).toLocaleString('en-US', { maximumFractionDigits: 0 })} result rows/s`,
  );
  const both = await measure(
    'full scorecard: computeResults + computeScorecard',
    () => {
      computeResults(data);
      computeScorecard(data);
    },
    { runs: 5 },
  );
  report(both, obsRows);
  ratio(scorecard, hand);
  ratio(full, hand);
  goal('computeScorecard median', scorecard.median, 50);
  goal('computeResults + computeScorecard median', both.median, 50);
}
