/**
 * The scorecard of every IKU of a catalog: one card view model per IKU (its latest year with a realisation, up to a
 * year), its groups (OPD, urusan, sasaran), the category scale that applies and the distribution over it — and the
 * one rule for filtering, sorting and grouping its rows, so a component only keeps the reader's choices.
 */
import { bandRank, resolveCategoryScale } from '../engine/category.ts';
import { groupByIndicator } from '../engine/group.ts';
import type { IndicatorResult } from '../engine/types.ts';
import { INTL_LOCALE, type Locale } from '../format/index.ts';
import type { Catalog } from '../schema/catalog.ts';
import type { CategoryScale } from '../schema/category.ts';
import { textsFor } from '../text/index.ts';
import { buildCardViewModel, type CardViewModel } from './card.ts';
import { type Bilingual, bilingual } from './common.ts';
import { buildDistributionViewModel, type DistributionViewModel, NO_CAPAIAN_KEY } from './distribution.ts';
import type { LocatedIssue } from './quality.ts';

/** How the scorecard groups its IKU: by the OPD producing the data, by urusan, or by sasaran. */
export type ScorecardGrouping = 'opd' | 'urusan' | 'sasaran';

/** The groupings, in the order a chooser offers them. */
export const SCORECARD_GROUPINGS: readonly ScorecardGrouping[] = ['opd', 'urusan', 'sasaran'];

/** What the scorecard sorts by: the IKU's name, its published capaian, or its category (best band first). */
export type ScorecardSortKey = 'nama' | 'capaian' | 'kategori';

/** Ascending or descending. */
export type SortDirection = 'asc' | 'desc';

/** A group an IKU belongs to. */
export interface ScorecardGroupRef {
  readonly kode: string;
  readonly nama: Bilingual;
}

/** One IKU of the scorecard: its card view model and the result it shows (null without data). */
export interface ScorecardRow {
  readonly model: CardViewModel;
  readonly result: IndicatorResult | null;
  readonly groups: Readonly<Record<ScorecardGrouping, ScorecardGroupRef | null>>;
}

/** A category a reader can filter by: a band of the scale, or the IKU without a capaian. */
export interface ScorecardCategoryChoice {
  readonly key: string;
  readonly label: Bilingual;
  /** 0 (best) … 4 (worst); null for "Tanpa capaian". */
  readonly tone: number | null;
  /** IKU in it (those without any result count as without capaian). */
  readonly count: number;
}

/** View model of the scorecard. */
export interface ScorecardViewModel {
  readonly kind: 'scorecard';
  /** The region shown. */
  readonly wilayah: string;
  /** One row per IKU of the catalog, in catalog order. */
  readonly rows: readonly ScorecardRow[];
  /** The category scale that applies ({@link resolveCategoryScale}). */
  readonly skala: CategoryScale;
  /** The bands of the scale, best first, then "Tanpa capaian"; each with its count. */
  readonly kategori: readonly ScorecardCategoryChoice[];
  /** The distribution of the rows that show a result. */
  readonly distribution: DistributionViewModel;
}

/** Options of {@link buildScorecardViewModel}. */
export interface ScorecardViewOptions {
  /** The date freshness is judged on. */
  readonly asOf: string | Date;
  /** Region shown (default: the catalog's own, e.g. the kota). */
  readonly wilayah?: string;
  /** Year shown (default: each IKU's latest year with a realisation); later years are left out. */
  readonly tahun?: number;
  /** The scale the results were categorised with, when it is not the catalog's own. */
  readonly categoryScale?: CategoryScale;
  readonly regionNames?: Readonly<Record<string, string>>;
  /** The input's issues, placed at their rows: each card counts its rejected rows. */
  readonly issues?: readonly LocatedIssue[];
}

/**
 * The scorecard of a catalog: one row per IKU, each the card view model of its year results for the region up to
 * `tahun` (the card shows the latest with a realisation), with its OPD, urusan and sasaran. An IKU without results
 * keeps its row, showing "Belum ada data". The scale and the capaian decimals are the catalog's unless
 * `categoryScale` says otherwise.
 */
export function buildScorecardViewModel(
  catalog: Catalog,
  results: readonly IndicatorResult[],
  options: ScorecardViewOptions,
): ScorecardViewModel {
  const wilayah = options.wilayah ?? catalog.wilayah;
  const skala = resolveCategoryScale(options.categoryScale, catalog);
  const opdNames = Object.fromEntries(catalog.opd.map((o) => [o.kode, o.nama]));
  const urusan = new Map(catalog.urusan.map((u) => [u.kode, u.nama]));
  const sasaran = new Map(
    catalog.misi.flatMap((m) => m.tujuan.flatMap((t) => t.sasaran.map((s) => [s.kode, s.nama] as const))),
  );
  const byIndicator = groupByIndicator(
    results,
    (r) =>
      r.wilayah === wilayah &&
      r.periodKind === 'year' &&
      (options.tahun === undefined || r.tahun <= options.tahun),
  );
  const rows: ScorecardRow[] = catalog.indikator.map((ind) => {
    const mine = byIndicator.get(ind.kode) ?? [];
    const model = buildCardViewModel(ind, mine, {
      asOf: options.asOf,
      wilayah,
      periodKind: 'year',
      opdNames,
      regionNames: options.regionNames,
      catalog,
      categoryScale: skala,
      issues: options.issues,
    });
    const result = mine.find((r) => r.periode === model.periode) ?? null;
    const u = ind.urusan ? urusan.get(ind.urusan) : undefined;
    const s = ind.sasaran ? sasaran.get(ind.sasaran) : undefined;
    const opd = opdNames[ind.produsenData] ?? ind.produsenData;
    return {
      model,
      result,
      groups: {
        opd: { kode: ind.produsenData, nama: { id: opd, en: opd } },
        urusan: ind.urusan
          ? { kode: ind.urusan, nama: u ? bilingual(u) : { id: ind.urusan, en: ind.urusan } }
          : null,
        sasaran: ind.sasaran
          ? { kode: ind.sasaran, nama: s ? bilingual(s) : { id: ind.sasaran, en: ind.sasaran } }
          : null,
      },
    };
  });
  const distribution = buildDistributionViewModel(
    rows.flatMap((r) => (r.result ? [r.result] : [])),
    { categoryScale: skala },
  );
  const withoutResult = rows.filter((r) => !r.result).length;
  return {
    kind: 'scorecard',
    wilayah,
    rows,
    skala,
    kategori: [
      ...distribution.kategori.map((b) => ({ key: b.key, label: b.label, tone: b.tone, count: b.count })),
      {
        key: NO_CAPAIAN_KEY,
        label: distribution.tanpaCapaian.label,
        tone: null,
        count: distribution.tanpaCapaian.count + withoutResult,
      },
    ],
    distribution,
  };
}

/** What a reader chose: grouping, sort, a text filter and a category filter. */
export interface ScorecardQuery {
  readonly groupBy: ScorecardGrouping;
  readonly sort: { readonly key: ScorecardSortKey; readonly dir: SortDirection };
  /** Matched, case-insensitive, against the IKU's code and name (default: every IKU). */
  readonly text?: string;
  /** A band key, {@link NO_CAPAIAN_KEY} for the IKU without capaian, or '' for every category. */
  readonly kategori?: string;
  readonly locale: Locale;
}

/** A group of the scorecard as shown: its name and its rows in the order asked for. */
export interface ScorecardGroup {
  /** The group's code ('' for the IKU without one). */
  readonly kode: string;
  readonly nama: string;
  readonly rows: readonly ScorecardRow[];
}

/**
 * The scorecard's rows as a reader asked for them: filtered by text and category, sorted — by name in the locale's
 * collation, by the published capaian, or by category rank in the scale ({@link bandRank}, best band first
 * ascending); an IKU without a capaian or category is last in both directions — and grouped, groups by name with the
 * IKU without a group last.
 */
export function scorecardGroups(vm: ScorecardViewModel, query: ScorecardQuery): ScorecardGroup[] {
  const { locale } = query;
  const collator = new Intl.Collator(INTL_LOCALE[locale]);
  const q = (query.text ?? '').trim().toLocaleLowerCase(INTL_LOCALE[locale]);
  const category = query.kategori ?? '';
  const filtered = vm.rows.filter((r) => {
    if (category === NO_CAPAIAN_KEY ? r.model.kategori !== null : category && r.model.kategori !== category) {
      return false;
    }
    if (!q) return true;
    return `${r.model.indikator} ${r.model.nama[locale]}`.toLocaleLowerCase(INTL_LOCALE[locale]).includes(q);
  });
  const dir = query.sort.dir === 'asc' ? 1 : -1;
  // Missing values always last, whatever the direction.
  const lastIfMissing = (a: number | null, b: number | null) =>
    a === null || b === null ? (a === null ? 1 : 0) - (b === null ? 1 : 0) : dir * (a - b);
  const rank = (k: string | null) => {
    const i = bandRank(vm.skala, k);
    return i < 0 ? null : i;
  };
  const sorted = [...filtered].sort((a, b) => {
    if (query.sort.key === 'capaian') return lastIfMissing(a.model.capaian, b.model.capaian);
    if (query.sort.key === 'kategori') return lastIfMissing(rank(a.model.kategori), rank(b.model.kategori));
    return dir * collator.compare(a.model.nama[locale], b.model.nama[locale]);
  });
  const groups = new Map<string, { nama: string; rows: ScorecardRow[] }>();
  for (const r of sorted) {
    const g = r.groups[query.groupBy];
    const kode = g?.kode ?? '';
    const entry = groups.get(kode) ?? {
      nama: g ? g.nama[locale] : textsFor(locale).scorecard.ungrouped,
      rows: [],
    };
    entry.rows.push(r);
    groups.set(kode, entry);
  }
  return [...groups.entries()]
    .sort(([ka, a], [kb, b]) => (ka === '' ? 1 : kb === '' ? -1 : collator.compare(a.nama, b.nama)))
    .map(([kode, g]) => ({ kode, nama: g.nama, rows: g.rows }));
}
