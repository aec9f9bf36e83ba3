import { resolveCategoryScale } from '../engine/category.ts';
import type { IndicatorResult, MissingReason } from '../engine/types.ts';
import { formatNumber, formatPeriod, type Locale } from '../format/index.ts';
import type { Catalog } from '../schema/catalog.ts';
import type { CategoryScale } from '../schema/category.ts';
import { textsFor } from '../text/index.ts';
import {
  type Bilingual,
  bilingual,
  categoryTone,
  inBoth,
  joinList,
  MISSING_REASONS,
  missingReasonLabel,
  ViewModelError,
} from './common.ts';
import { columnLabel, type DataTable } from './table.ts';

/** Key of the bucket of IKU without a capaian. */
export const NO_CAPAIAN_KEY = 'tanpa-capaian';

/** One category of the scale with its IKU. */
export interface DistributionBucket {
  readonly key: string;
  readonly label: Bilingual;
  /** The band's tone, 0 (best) … 4 (worst) ({@link categoryTone}); null for the bucket without capaian. */
  readonly tone: number | null;
  readonly count: number;
  /** Codes of the IKU in the bucket, in input order. */
  readonly indikator: readonly string[];
}

/** The IKU without a capaian, by reason. */
export interface NoCapaianBucket extends DistributionBucket {
  readonly alasan: readonly {
    readonly reason: MissingReason;
    readonly label: Bilingual;
    readonly count: number;
    readonly indikator: readonly string[];
  }[];
}

/** View model of the distribution of IKU over the category scale. */
export interface DistributionViewModel {
  readonly kind: 'distribution';
  /** The common period of the results, or null when they mix periods. */
  readonly periode: string | null;
  /** The number of IKU (one result each). */
  readonly total: number;
  /** One bucket per band of the scale, in the scale's order (best first), empty ones included. */
  readonly kategori: readonly DistributionBucket[];
  readonly tanpaCapaian: NoCapaianBucket;
  readonly skala: { readonly id: string; readonly nama: Bilingual };
  readonly ringkasan: Bilingual;
  readonly table: DataTable;
}

/** Options of {@link buildDistributionViewModel}. */
export interface DistributionOptions {
  /** The scale the results were categorised with, when it is not the catalog's own. */
  readonly categoryScale?: CategoryScale;
  /** The catalog of the IKU: its `kategori` applies unless `categoryScale` says otherwise ({@link resolveCategoryScale}). */
  readonly catalog?: Pick<Catalog, 'kategori'> | null;
}

/**
 * Count the IKU in each category of the scale, and those without a capaian with their reasons, from one result per
 * IKU (e.g. every IKU's kota row for 2025). The counts always sum to the number of results. Two results of one IKU,
 * a category the scale lacks, or a capaian without a category is a {@link ViewModelError} naming the row.
 */
export function buildDistributionViewModel(
  results: readonly IndicatorResult[],
  options: DistributionOptions = {},
): DistributionViewModel {
  const scale = resolveCategoryScale(options.categoryScale, options.catalog);
  const byBand = new Map(scale.bands.map((b) => [b.key, [] as string[]]));
  const byReason = new Map<MissingReason, string[]>();
  const seen = new Map<string, number>();
  results.forEach((r, i) => {
    const first = seen.get(r.indikator);
    if (first !== undefined) {
      throw new ViewModelError(i, 'indikator', `satu hasil per IKU (${r.indikator} juga di baris ${first})`);
    }
    seen.set(r.indikator, i);
    if (r.kategori === null) {
      if (r.capaian !== null) {
        throw new ViewModelError(i, 'kategori', 'kategori untuk setiap capaian yang terhitung');
      }
      const reason = r.missing.capaian ?? 'no-data';
      const list = byReason.get(reason) ?? [];
      list.push(r.indikator);
      byReason.set(reason, list);
      return;
    }
    const list = byBand.get(r.kategori);
    if (!list) {
      throw new ViewModelError(
        i,
        'kategori',
        `kunci kategori dari skala ${scale.id} (${scale.bands.map((b) => b.key).join(', ')}), bukan ${r.kategori}`,
      );
    }
    list.push(r.indikator);
  });
  const kategori = scale.bands.map((b) => {
    const list = byBand.get(b.key)!;
    return {
      key: b.key,
      label: bilingual(b.label),
      tone: categoryTone(scale, b.key),
      count: list.length,
      indikator: list,
    };
  });
  const alasan = MISSING_REASONS.filter((reason) => byReason.has(reason)).map((reason) => {
    const list = byReason.get(reason)!;
    return {
      reason,
      label: inBoth((l) => missingReasonLabel(reason, l)),
      count: list.length,
      indikator: list,
    };
  });
  const tanpa: NoCapaianBucket = {
    key: NO_CAPAIAN_KEY,
    label: inBoth((l) => textsFor(l).distribution.noCapaian),
    tone: null,
    count: alasan.reduce((n, a) => n + a.count, 0),
    indikator: alasan.flatMap((a) => a.indikator),
    alasan,
  };
  const periods = [...new Set(results.map((r) => r.periode))];
  const periode = periods.length === 1 ? periods[0]! : null;
  const total = results.length;
  const ringkasan = inBoth((l: Locale) => {
    const w = textsFor(l).distribution;
    if (total === 0) return w.summaryEmpty;
    const n = (x: number) => formatNumber(x, { locale: l });
    const when = periode ? w.inPeriod(formatPeriod(periode, { locale: l })) : '';
    const parts = kategori.filter((k) => k.count > 0).map((k) => `${n(k.count)} ${k.label[l]}`);
    const s: string[] = [];
    s.push(
      parts.length > 0 ? w.summaryCounts(n(total), when, joinList(parts, l)) : w.summaryNone(n(total), when),
    );
    if (tanpa.count > 0) {
      const why = joinList(
        alasan.map((a) => `${n(a.count)} ${a.label[l]}`),
        l,
      );
      s.push(w.summaryWithout(n(tanpa.count), why));
    }
    return s.join(' ');
  });
  const share = (n: number) => (total === 0 ? null : (n / total) * 100);
  const table: DataTable = {
    caption: inBoth((l) => textsFor(l).distribution.tableCaption(bilingual(scale.nama)[l])),
    columns: [
      { key: 'kategori', label: columnLabel('category'), kind: 'text' },
      { key: 'jumlah', label: columnLabel('count'), kind: 'number', decimals: 0 },
      { key: 'persen', label: columnLabel('share'), kind: 'percent', decimals: 1 },
      { key: 'keterangan', label: columnLabel('note'), kind: 'text' },
    ],
    rows: [
      ...kategori.map((k) => ({
        values: { kategori: k.label, jumlah: k.count, persen: share(k.count), keterangan: null },
        missing: {},
      })),
      {
        values: {
          kategori: tanpa.label,
          jumlah: tanpa.count,
          persen: share(tanpa.count),
          keterangan:
            alasan.length === 0
              ? null
              : inBoth((l) =>
                  joinList(
                    alasan.map((a) => `${a.label[l]}: ${formatNumber(a.count, { locale: l })}`),
                    l,
                  ),
                ),
        },
        missing: {},
      },
    ],
  };
  return {
    kind: 'distribution',
    periode,
    total,
    kategori,
    tanpaCapaian: tanpa,
    skala: { id: scale.id, nama: bilingual(scale.nama) },
    ringkasan,
    table,
  };
}
