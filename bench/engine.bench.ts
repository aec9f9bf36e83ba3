/**
 * Engine benchmark (issue 2 §6): the full scorecard of a generated catalog of Kota Semarang's size — 127 IKU,
 * 2021–2026 by triwulan, 30 IKU with numerator and denominator for 177 kelurahan rolled up to 16 kecamatan and the
 * kota — against a hand-written single-pass loop computing the same kota capaian over the same columnar data, in
 * the same process. Prints figures; never fails on time. The data are illustrative (seeded, synthetic).
 */
import {
  aggregateMeasures,
  type Catalog,
  type ColumnTable,
  columnTable,
  computeCapaian,
  computeResults,
  computeScorecard,
  parsePeriod,
  type Target,
} from '@satata/core';
import { mulberry32, syntheticCatalog, syntheticRegions } from './fixtures/synthetic-catalog.ts';
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
  ratio(scorecard, hand, '≤ 3×');
  ratio(full, hand);
  // Issue 2 §6: the full scorecard (every IKU of the catalog, kota level) in ≤ 50 ms; issue 10: within 3× of the
  // hand loop, and computeResults over every region × period (the analyst's full table) in ≤ 300 ms.
  goal('full scorecard (computeScorecard, all 127 IKU) median', scorecard.median, 50);
  goal('computeScorecard / hand-written loop', scorecard.median / hand.median, 3, '×');
  goal('computeResults (every region × period) median', full.median, 300);
  console.log('\n  micro-data aggregation (1 M illustrative household rows):');
  await runMeasures();
}

/** 1 M illustrative household rows (kelurahan code, year, members, poverty status), columnar. */
function households(n: number): ColumnTable {
  const rnd = mulberry32(7);
  const kel = syntheticRegions()
    .filter((r) => r.level === 'kelurahan')
    .map((r) => r.kode);
  const kode = new Array<string>(n);
  const tahun = new Int16Array(n);
  const anggota = new Float64Array(n);
  const status = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    kode[i] = kel[Math.floor(rnd() * kel.length)]!;
    tahun[i] = 2021 + Math.floor(rnd() * 6);
    anggota[i] = 1 + Math.floor(rnd() * 6);
    status[i] = rnd() < 0.05 ? 'miskin' : 'tidak';
  }
  return columnTable({ kode_kelurahan: kode, tahun, anggota, status });
}

/** The same four measures as a hand-written typed-array loop. */
function handMeasures(t: ColumnTable): Float64Array {
  const kode = t.column('kode_kelurahan') as unknown as string[];
  const tahun = t.column('tahun') as unknown as Int16Array;
  const anggota = t.column('anggota') as unknown as Float64Array;
  const status = t.column('status') as unknown as string[];
  const codes = new Map<string, number>();
  const out = new Float64Array(200 * 8 * 4);
  for (let i = 0; i < kode.length; i++) {
    let c = codes.get(kode[i]!);
    if (c === undefined) {
      c = codes.size;
      codes.set(kode[i]!, c);
    }
    const s = (c * 8 + (tahun[i]! - 2021)) * 4;
    const poor = status[i] === 'miskin';
    out[s]! += 1;
    out[s + 1]! += poor ? 1 : 0;
    out[s + 2]! += anggota[i]!;
    out[s + 3]! += poor ? anggota[i]! : 0;
  }
  return out;
}

/** aggregateMeasures on 1 M household rows against the hand-written loop (issue 3 §5 goal: ≤ 250 ms). */
export async function runMeasures(): Promise<void> {
  const n = 1_000_000;
  const t = households(n);
  const miskin = [{ field: 'status', op: 'eq' as const, value: 'miskin' }];
  const spec = {
    regionField: 'kode_kelurahan',
    periodField: 'tahun',
    measures: {
      rumahTangga: { op: 'count' as const, filters: [] },
      rumahTanggaMiskin: { op: 'count' as const, filters: miskin },
      jiwa: { op: 'sum' as const, field: 'anggota', filters: [] },
      jiwaMiskin: { op: 'sum' as const, field: 'anggota', filters: miskin },
    },
  };
  const hand = await measure('hand-written typed-array loop, 4 measures', () => handMeasures(t));
  report(hand, n);
  const aq = await measure('aggregateMeasures (Arquero), 4 measures', () => aggregateMeasures(t, spec), {
    runs: 9,
  });
  report(aq, n);
  ratio(aq, hand);
  goal('aggregateMeasures 1 M rows median', aq.median, 250);
}
