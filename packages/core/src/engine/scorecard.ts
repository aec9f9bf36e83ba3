/**
 * The scorecard: one row per indicator for the government's own region, for one year or each indicator's latest
 * year with data.
 */
import { type EngineInput, type EngineOutput, runEngine } from './engine.ts';
import { groupByIndicator } from './group.ts';
import { latestWithData } from './latest.ts';
import type { EngineOptions, IndicatorResult } from './types.ts';

/** Options of {@link computeScorecard}. */
export interface ScorecardOptions {
  /** The year to show (default: per indicator, the latest year with a realisation; else the latest such year of the catalog). */
  readonly tahun?: number;
  readonly options?: EngineOptions;
}

/**
 * The scorecard: one row per indicator, in catalog order, for the government's own region (the catalog's
 * `wilayah`, e.g. kota `33.74`), for the given year or — per indicator — the latest year with a realisation
 * ({@link latestWithData}); an indicator with no realisation at all shows the catalog's latest year with data.
 * Regional data still feeds the kota figures through roll-ups. `issues` are those of the whole input.
 */
export function computeScorecard(input: EngineInput, scorecard: ScorecardOptions = {}): EngineOutput {
  const { rows, issues } = runEngine(input, scorecard.options ?? {}, {
    onlyRegion: input.catalog.wilayah,
    yearsOnly: true,
    // Only the row that can be picked below: the year asked for, or each indicator's latest with a realisation
    // (every year's when it has none, for the catalog's latest year below).
    year: scorecard.tahun ?? 'latest',
  });
  const byIndicator = groupByIndicator(rows, (r) => r.periodKind === 'year');
  const latest = latestWithData(rows, 'year')?.tahun ?? input.catalog.rpjmd.mulai;
  const out: IndicatorResult[] = [];
  for (const ind of input.catalog.indikator) {
    const list = byIndicator.get(ind.kode) ?? [];
    const pick =
      scorecard.tahun !== undefined
        ? list.find((r) => r.tahun === scorecard.tahun)
        : (latestWithData(list, 'year') ?? list.find((r) => r.tahun === latest));
    if (pick) out.push(pick);
  }
  return { rows: out, issues };
}
