/**
 * A composite over capaian without a target of its own: its capaian is the combined capaian itself.
 */
import type { CategoryScale } from '../schema/category.ts';
import type { Indicator } from '../schema/indicator.ts';
import { bandOf } from './category.ts';
import { roundHalfAway } from './decimal.ts';
import { internFlags } from './intern.ts';
import type { IndicatorResult } from './types.ts';

/**
 * The rows of a composite whose basis is `capaian` and which has no target of its own for a period: the combined
 * (weighted) capaian of its components, published like any capaian (rounded half away from zero to `decimals`), is
 * the composite's capaian, and its category follows from it. Other rows are returned unchanged.
 */
export function compositeCapaian(
  ind: Indicator,
  rows: IndicatorResult[],
  scale: CategoryScale,
  decimals: number,
): IndicatorResult[] {
  if (ind.komposit?.basis !== 'capaian') return rows;
  return rows.map((r) => {
    if (r.target !== null || r.realisasi === null) return r;
    const { capaian: _c, ...missing } = r.missing;
    const f = r.flags;
    const capaian = roundHalfAway(r.realisasi, decimals);
    return {
      ...r,
      capaian,
      kategori: bandOf(capaian, scale)?.key ?? null,
      flags: internFlags(
        capaian < 0,
        f.kecilDenominator,
        f.ditekan,
        f.ilustratif,
        f.seriBerubah,
        f.sebagian ?? false,
        f.realisasiIlustratif ?? false,
        f.kosongNol ?? false,
      ),
      missing,
    };
  });
}
