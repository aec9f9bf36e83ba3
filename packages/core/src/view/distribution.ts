import type { IndicatorResult, MissingReason } from '../engine/types.ts';
import { formatNumber, formatPeriod, type Locale } from '../format/index.ts';
import { type CategoryScale, DEFAULT_CATEGORY_SCALE } from '../schema/category.ts';
import {
  type Bilingual,
  bilingual,
  inBoth,
  joinList,
  MISSING_REASONS,
  missingReasonLabel,
  ViewModelError,
} from './common.ts';
import type { DataTable } from './table.ts';

/** Key of the bucket of IKU without a capaian. */
export const NO_CAPAIAN_KEY = 'tanpa-capaian';

/** One category of the scale with its IKU. */
export interface DistributionBucket {
  readonly key: string;
  readonly label: Bilingual;
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
  readonly categoryScale?: CategoryScale;
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
  const scale = options.categoryScale ?? DEFAULT_CATEGORY_SCALE;
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
    return { key: b.key, label: bilingual(b.label), count: list.length, indikator: list };
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
    label: { id: 'Tanpa capaian', en: 'No achievement' },
    count: alasan.reduce((n, a) => n + a.count, 0),
    indikator: alasan.flatMap((a) => a.indikator),
    alasan,
  };
  const periods = [...new Set(results.map((r) => r.periode))];
  const periode = periods.length === 1 ? periods[0]! : null;
  const total = results.length;
  const ringkasan = inBoth((l: Locale) => {
    if (total === 0) return l === 'id' ? 'Belum ada IKU untuk diringkas.' : 'There are no IKU to summarise.';
    const when = periode
      ? l === 'id'
        ? ` pada ${formatPeriod(periode, { locale: l })}`
        : ` in ${formatPeriod(periode, { locale: l })}`
      : '';
    const parts = kategori
      .filter((k) => k.count > 0)
      .map((k) => `${formatNumber(k.count, { locale: l })} ${k.label[l]}`);
    const s: string[] = [];
    if (parts.length > 0) {
      s.push(
        l === 'id'
          ? `Dari ${formatNumber(total, { locale: l })} IKU${when}: ${joinList(parts, l)}.`
          : `Of ${formatNumber(total, { locale: l })} IKU${when}: ${joinList(parts, l)}.`,
      );
    } else {
      s.push(
        l === 'id'
          ? `Dari ${formatNumber(total, { locale: l })} IKU${when}, belum ada yang memiliki capaian.`
          : `Of ${formatNumber(total, { locale: l })} IKU${when}, none has an achievement yet.`,
      );
    }
    if (tanpa.count > 0) {
      const why = joinList(
        alasan.map((a) => `${formatNumber(a.count, { locale: l })} ${a.label[l]}`),
        l,
      );
      s.push(
        l === 'id'
          ? `${formatNumber(tanpa.count, { locale: l })} IKU tanpa capaian (${why}).`
          : `${formatNumber(tanpa.count, { locale: l })} IKU without an achievement (${why}).`,
      );
    }
    return s.join(' ');
  });
  const share = (n: number) => (total === 0 ? null : (n / total) * 100);
  const table: DataTable = {
    caption: inBoth((l) =>
      l === 'id' ? `Sebaran IKU menurut ${bilingual(scale.nama).id}` : `IKU by ${bilingual(scale.nama).en}`,
    ),
    columns: [
      { key: 'kategori', label: { id: 'Kategori', en: 'Category' }, kind: 'text' },
      { key: 'jumlah', label: { id: 'Jumlah IKU', en: 'Number of IKU' }, kind: 'number', decimals: 0 },
      { key: 'persen', label: { id: 'Persentase', en: 'Share' }, kind: 'percent', decimals: 1 },
      { key: 'keterangan', label: { id: 'Keterangan', en: 'Note' }, kind: 'text' },
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
