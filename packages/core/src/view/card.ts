import { capaianDecimals, resolveCategoryScale } from '../engine/category.ts';
import { latestWithData } from '../engine/latest.ts';
import type {
  ChangeDirection,
  IndicatorResult,
  MissingReason,
  ProgressStatus,
  ResultCoverage,
  ResultField,
  TargetBasis,
} from '../engine/types.ts';
import {
  formatDate,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatPeriodToDate,
  formatValue,
  isPercentSatuan,
  type Locale,
  MISSING_TEXT,
} from '../format/index.ts';
import { comparePeriods, type PeriodKind } from '../period/period.ts';
import type { Catalog } from '../schema/catalog.ts';
import type { CategoryScale } from '../schema/category.ts';
import { type Indicator, isRangeTarget, type Polarity, type Target } from '../schema/indicator.ts';
import { textsFor } from '../text/index.ts';
import {
  type Bilingual,
  bilingual,
  categoryLabel,
  categoryTone,
  coverageText,
  inBoth,
  missingReasonLabel,
  sortedByPeriod,
  sortPeriodKeys,
  ViewModelError,
} from './common.ts';
import { type LocatedIssue, type RejectedRows, rejectedInCell, rejectedRowsFor } from './quality.ts';
import { freshUntil, isStale } from './stale.ts';
import { columnLabel, type DataTable, type TableRow } from './table.ts';

/** Words for a direction of change, in both locales (from the text catalogs). */
export const CHANGE_LABELS: Readonly<Record<ChangeDirection, Bilingual>> = {
  membaik: inBoth((l) => textsFor(l).common.change.membaik),
  memburuk: inBoth((l) => textsFor(l).common.change.memburuk),
  tetap: inBoth((l) => textsFor(l).common.change.tetap),
};

/** Words for a progress status against the RPJMD end target, in both locales (from the text catalogs). */
export const PROGRESS_LABELS: Readonly<Record<ProgressStatus, Bilingual>> = {
  tercapai: inBoth((l) => textsFor(l).common.progress.tercapai),
  'sesuai-jalur': inBoth((l) => textsFor(l).common.progress['sesuai-jalur']),
  'perlu-upaya-keras': inBoth((l) => textsFor(l).common.progress['perlu-upaya-keras']),
};

/** The change against the previous period, with its words. */
export interface CardChange {
  readonly periodeSebelumnya: string;
  readonly sebelumnya: number | null;
  readonly selisih: number | null;
  readonly persen: number | null;
  /**
   * Judged by polarity (a fall is `membaik` for a negative indicator); `tetap` when it rounds to 0 at the display
   * decimals; null when neutral or missing.
   */
  readonly arah: ChangeDirection | null;
  /** For a partial year: the last sub-period of the previous year's span compared with (`2024-Q3`). */
  readonly sampaiDengan: string | null;
  /**
   * "+0,25 poin persen dibanding 2024 (membaik)"; "tetap dibanding 2024"; for a partial year "+200.000 kunjungan
   * dibanding Triwulan I–III 2024 (membaik)".
   */
  readonly teks: Bilingual;
}

/** Children reported out of those expected, on a region rolled up from the level below. */
export interface CardCoverage extends ResultCoverage {
  /** "15 dari 16 kelurahan" / "15 of 16 kelurahan". */
  readonly teks: Bilingual;
}

/** RPJMD progress of the card. */
export interface CardProgress {
  readonly tahunAkhir: number;
  readonly targetAkhir: Target | null;
  readonly realisasiKumulatif: number | null;
  /** Percent of the end target reached (not capped), as published. */
  readonly persen: number | null;
  /** The percentage printed with the capaian decimals ("79,50%"), or "n/a". */
  readonly persenTeks: Bilingual;
  readonly status: ProgressStatus | null;
  readonly statusLabel: Bilingual | null;
  readonly proyeksiNilai: number | null;
  readonly akanTercapai: boolean | null;
}

/** Freshness and provenance. */
export interface CardFreshness {
  /** The latest period the data covers (the last contributing sub-period of a year). */
  readonly periodeTerakhir: string | null;
  /** Latest update of the contributing observations (ISO), as the engine reports it. */
  readonly diperbarui: string | null;
  /** Last day the data counts as fresh (see `freshUntil`), or null without data. */
  readonly segarSampai: string | null;
  /** True when older than the frequency allows on the `asOf` date; null without data. */
  readonly basi: boolean | null;
  /** "Data s.d. Triwulan II 2025 · diperbarui 12 Agu 2025". */
  readonly teks: Bilingual;
}

/** View model of an indicator card. */
export interface CardViewModel {
  readonly kind: 'card';
  readonly indikator: string;
  readonly nama: Bilingual;
  readonly wilayah: string;
  readonly namaWilayah: string;
  readonly polaritas: Polarity;
  /** The period of the value shown, or null when there is no result at all. */
  readonly periode: string | null;
  readonly periodeLabel: Bilingual | null;
  readonly nilai: {
    readonly realisasi: number | null;
    readonly satuan: string;
    readonly desimal: number | undefined;
    /** The value with its unit ("4,23%", "Rp 25,6 T", "80.530 jiwa"), or "n/a". */
    readonly teks: Bilingual;
    readonly numerator: number | null;
    readonly denominator: number | null;
  };
  readonly target: {
    readonly nilai: Target | null;
    readonly acuan: number | null;
    readonly basis: TargetBasis | null;
    readonly rentang: boolean;
    /** The target as printed; for a partial year the target to date, "3.300.000 kunjungan s.d. Triwulan III". */
    readonly teks: Bilingual;
  };
  /**
   * For a partial year (a `sum` indicator with data through triwulan III): the last sub-period the value covers
   * (`2025-Q3`) and its label "s.d. Triwulan III" — the value, the target to date and the change all cover that span.
   */
  readonly sampaiDengan: string | null;
  readonly sampaiDenganLabel: Bilingual | null;
  /** Capaian as published (rounded to the capaian decimals). */
  readonly capaian: number | null;
  /** Decimals the capaian is published with (the catalog's or the indicator's `desimalCapaian`, default 2). */
  readonly desimalCapaian: number;
  /** The capaian printed ("91,00%"), or "n/a (tidak ada target)" with its reason. */
  readonly capaianTeks: Bilingual;
  readonly capaianNegatif: boolean;
  readonly kategori: string | null;
  readonly kategoriLabel: Bilingual | null;
  /** The category's tone, 0 (best band) … 4 (worst), spread over the scale ({@link categoryTone}); null without one. */
  readonly kategoriTone: number | null;
  readonly perubahan: CardChange | null;
  /**
   * Why there is no change to show, when the shown result has none: "n/a (tidak ada data periode yang sama tahun
   * sebelumnya)" for a partial year without the same span the year before; null when there is a change or no result.
   */
  readonly perubahanKosong: Bilingual | null;
  /** Sparkline points: the periods of the same kind up to the one shown; a missing value stays null. */
  readonly sparkline: readonly { readonly periode: string; readonly nilai: number | null }[];
  readonly progres: CardProgress | null;
  readonly kesegaran: CardFreshness;
  readonly produsen: { readonly kode: string; readonly nama: string };
  readonly sumber: string;
  /**
   * Something on the card is illustrative: the catalog marks the indicator (targets included), or the shown row's
   * realisation was made from an illustrative observation (`flags.ilustratif`, see `flags.realisasiIlustratif`).
   */
  readonly ilustratif: boolean;
  readonly kecilDenominator: boolean;
  readonly ditekan: boolean;
  /** Coverage of a rolled-up region ("15 dari 16 kelurahan"); null for a region's own observations. */
  readonly cakupan: CardCoverage | null;
  /**
   * How the figure was made, where a reader needs to know: a partial year, blanks counted as 0, partial coverage.
   * Each is also in `ringkasan`.
   */
  readonly catatan: readonly Bilingual[];
  readonly info: {
    readonly definisi: Bilingual;
    readonly rumus: Bilingual | null;
    readonly konsep: Bilingual | null;
    readonly interpretasi: Bilingual | null;
    /** What is measured (`ukuran` of the catalog), when given. */
    readonly ukuran: string | null;
    readonly satuan: string;
    /** The catalog's note on the indicator (`catatan`), when given. */
    readonly catatan: Bilingual | null;
  };
  /** The rejected input rows behind the card's numbers ("2 baris ditolak"), or null when none was rejected. */
  readonly ditolak: RejectedRows | null;
  /** Reasons for every missing field of the result shown. */
  readonly missing: Readonly<Partial<Record<ResultField, MissingReason>>>;
  readonly ringkasan: Bilingual;
  readonly table: DataTable;
}

/** Options of {@link buildCardViewModel}. */
export interface CardOptions {
  /** The date freshness is judged on (ISO date or Date; a calendar date in Asia/Jakarta). */
  readonly asOf: string | Date;
  /** Region to show (default: the only region in the results; required when there are several). */
  readonly wilayah?: string;
  /** Period to show (default: the latest result of `periodKind` with a realisation, else the latest one). */
  readonly periode?: string;
  /** Kind of period the card shows (default: `year` when there are year results). */
  readonly periodKind?: PeriodKind;
  readonly regionNames?: Readonly<Record<string, string>>;
  /** Names of OPD by code (the catalog's `opd` list), for the produsen line. */
  readonly opdNames?: Readonly<Record<string, string>>;
  /**
   * The scale the results were categorised with, when it is not the catalog's own; default
   * {@link resolveCategoryScale} of `catalog` (its `kategori`, else Permendagri 86/2017). A result whose category is
   * not in it is a {@link ViewModelError}, never a raw key.
   */
  readonly categoryScale?: CategoryScale;
  /**
   * The catalog the indicator belongs to: its category scale and its `desimalCapaian` apply (the indicator's own
   * decimals win, {@link capaianDecimals}).
   */
  readonly catalog?: Pick<Catalog, 'kategori' | 'desimalCapaian'> | null;
  /** The catalog's `desimalCapaian`, when no `catalog` is given (default 2); the indicator's own wins. */
  readonly desimalCapaian?: number;
  /**
   * The data-quality issues of the input, placed at their rows ({@link locateIssues}): the card counts the rejected
   * rows behind its numbers, and a value whose own row was rejected reads "n/a (baris ditolak)".
   */
  readonly issues?: readonly LocatedIssue[];
  /** Publication lag in months for the stale rule (default by frequency). */
  readonly lagMonths?: number;
}

function targetText(t: Target | null, satuan: string, decimals: number | undefined, locale: Locale): string {
  if (t === null) return MISSING_TEXT[locale];
  if (isRangeTarget(t)) {
    return `${formatValue(t.min, satuan, { locale, decimals })} – ${formatValue(t.max, satuan, { locale, decimals })}`;
  }
  return formatValue(t, satuan, { locale, decimals });
}

function changeText(
  c: IndicatorResult['perubahan'] & object,
  satuan: string,
  decimals: number | undefined,
  locale: Locale,
): string {
  const compared = c.sampaiDengan
    ? formatPeriodToDate(c.sampaiDengan, { locale })
    : formatPeriod(c.periodeSebelumnya, { locale });
  const vs = textsFor(locale).card.comparedWith(compared);
  if (c.selisih === null) return `${MISSING_TEXT[locale]} ${vs}`;
  // Nothing changed at display precision: say so, without an amount or a judgement (issue 10 §6).
  if (c.arah === 'tetap') return `${CHANGE_LABELS.tetap[locale]} ${vs}`;
  const abs = Math.abs(c.selisih);
  const amount = isPercentSatuan(satuan)
    ? `${formatNumber(abs, { locale, decimals: decimals ?? 2 })} ${textsFor(locale).card.percentPoints}`
    : formatValue(abs, satuan, { locale, decimals });
  // The sign follows the amount as printed: a change that rounds to zero reads "±0", never "−0".
  const shownZero = !/[1-9]/.test(/\d[\d.,]*/.exec(amount)?.[0] ?? '0');
  const sign = shownZero || c.selisih === 0 ? '±' : c.selisih > 0 ? '+' : '−';
  const dir = c.arah ? ` (${CHANGE_LABELS[c.arah][locale]})` : '';
  return `${sign}${amount} ${vs}${dir}`;
}

/** "s.d. Triwulan III" / "through Q3": the end of a partial year's span. */
function toDateLabel(sampaiDengan: string, l: Locale): string {
  const label = formatPeriod(sampaiDengan, { locale: l }).replace(/\s\d{4}$/, '');
  return textsFor(l).card.toDate(label);
}

function pickKind(
  sorted: readonly { period: { kind: PeriodKind } }[],
  wanted: PeriodKind | undefined,
): PeriodKind {
  if (wanted) return wanted;
  if (sorted.some((x) => x.period.kind === 'year')) return 'year';
  return sorted[sorted.length - 1]?.period.kind ?? 'year';
}

/**
 * Build the view model of an indicator card from the engine results of one indicator (one region, or several with
 * `options.wilayah`). The value shown is `options.periode`, else the latest period of the card's kind with a
 * realisation. Freshness follows {@link isStale} with the indicator's frequency, from the latest period the value
 * covers (for a year made of triwulan, its last contributing triwulan).
 */
export function buildCardViewModel(
  indicator: Indicator,
  results: readonly IndicatorResult[],
  options: CardOptions,
): CardViewModel {
  const scale = resolveCategoryScale(options.categoryScale, options.catalog);
  const desimalCapaian = capaianDecimals(
    indicator,
    options.catalog ?? { desimalCapaian: options.desimalCapaian },
  );
  const issues = options.issues ?? [];
  const pct = (x: number, l: Locale) =>
    formatPercent(x, { locale: l, decimals: desimalCapaian, minDecimals: desimalCapaian });
  results.forEach((r, i) => {
    if (r.indikator !== indicator.kode) {
      throw new ViewModelError(i, 'indikator', `hasil indikator ${indicator.kode}, bukan ${r.indikator}`);
    }
  });
  const regions = [...new Set(results.map((r) => r.wilayah))];
  const wilayah = options.wilayah ?? regions[0];
  if (options.wilayah === undefined && regions.length > 1) {
    throw new ViewModelError(
      null,
      'wilayah',
      `pilih satu wilayah (options.wilayah) dari ${regions.join(', ')}`,
    );
  }
  const sorted = sortedByPeriod(results).filter((x) => x.result.wilayah === wilayah);
  const kind = pickKind(sorted, options.periodKind);
  const ofKind = sorted.filter((x) => x.period.kind === kind);
  let current: (typeof sorted)[number] | undefined;
  if (options.periode !== undefined) {
    current = sorted.find((x) => x.result.periode === options.periode);
    if (!current) {
      throw new ViewModelError(
        null,
        'periode',
        `hasil untuk ${options.periode} di wilayah ${wilayah ?? '-'}`,
      );
    }
  } else {
    // The latest period of the card's kind with a realisation (the one rule, `latestWithData`), else the latest.
    const latest = latestWithData(ofKind.map((x) => x.result));
    current = (latest && ofKind.find((x) => x.result === latest)) ?? ofKind[ofKind.length - 1];
  }
  const r = current?.result ?? null;
  const currentKind = current?.period.kind ?? kind;
  const sparkSource = sorted.filter(
    (x) => x.period.kind === currentKind && (!current || comparePeriods(x.period, current.period) <= 0),
  );
  const satuan = indicator.satuan;
  const desimal = indicator.desimal;
  const covered = r
    ? (sortPeriodKeys(r.sumberPeriode.length > 0 ? r.sumberPeriode : [r.periode]).pop() ?? null)
    : null;
  const segarSampai = covered
    ? freshUntil(indicator.frekuensi, covered, { lagMonths: options.lagMonths })
    : null;
  const basi = covered
    ? isStale(indicator.frekuensi, covered, options.asOf, { lagMonths: options.lagMonths })
    : null;
  const kesegaran: CardFreshness = {
    periodeTerakhir: covered,
    diperbarui: r?.diperbarui ?? null,
    segarSampai,
    basi,
    teks: inBoth((l) => {
      const t = textsFor(l).card;
      if (!covered) return t.noDataYet;
      const parts = [t.dataThrough(formatPeriod(covered, { locale: l }))];
      if (r?.diperbarui) parts.push(t.updated(formatDate(r.diperbarui, { locale: l })));
      return parts.join(' · ');
    }),
  };
  // RPJMD progress is judged on years: a sub-period card shows its year's progress when it is that year's latest
  // data (the year's figure is then "through" this sub-period), and none otherwise.
  const yearRow =
    r && r.periodKind !== 'year'
      ? sorted.find((x) => x.period.kind === 'year' && x.period.year === r.tahun)?.result
      : undefined;
  const pr =
    r?.progres ??
    (yearRow && yearRow.sumberPeriode[yearRow.sumberPeriode.length - 1] === r?.periode
      ? yearRow.progres
      : null);
  const progres: CardProgress | null = pr
    ? {
        tahunAkhir: pr.tahunAkhir,
        targetAkhir: pr.targetAkhir,
        realisasiKumulatif: pr.realisasiKumulatif,
        persen: pr.persen,
        persenTeks: inBoth((l) => (pr.persen === null ? MISSING_TEXT[l] : pct(pr.persen, l))),
        status: pr.status,
        statusLabel: pr.status ? PROGRESS_LABELS[pr.status] : null,
        proyeksiNilai: pr.proyeksi?.nilai ?? null,
        akanTercapai: pr.proyeksi?.akanTercapai ?? null,
      }
    : null;
  const perubahan: CardChange | null = r?.perubahan
    ? {
        ...r.perubahan,
        sampaiDengan: r.perubahan.sampaiDengan ?? null,
        teks: inBoth((l) => changeText(r.perubahan!, satuan, desimal, l)),
      }
    : null;
  const sampaiDengan = r?.sampaiDengan ?? null;
  const sampaiDenganLabel = sampaiDengan ? inBoth((l) => toDateLabel(sampaiDengan, l)) : null;
  const cov = r?.cakupan ?? null;
  const cakupan: CardCoverage | null = cov ? { ...cov, teks: inBoth((l) => coverageText(cov, l)) } : null;
  const catatan: Bilingual[] = [];
  if (sampaiDengan) {
    catatan.push(
      inBoth((l) =>
        textsFor(l).card.yearToDateNote(
          formatPeriodToDate(sampaiDengan, { locale: l }),
          toDateLabel(sampaiDengan, l),
        ),
      ),
    );
  }
  if (r?.flags.kosongNol) {
    catatan.push(inBoth((l) => textsFor(l).card.blanksAsZeroNote));
  }
  if (cakupan && cakupan.dilaporkan < cakupan.diharapkan) {
    catatan.push(inBoth((l) => textsFor(l).card.partialCoverageNote(cakupan.teks[l])));
  }
  const capaianTeks = inBoth((l) =>
    r?.capaian == null
      ? `${MISSING_TEXT[l]} (${missingReasonLabel(r?.missing.capaian ?? 'no-data', l)})`
      : pct(r.capaian, l),
  );
  // A value missing for want of data whose own input row was rejected says so (issue 11 §7).
  const rowRejected = (x: IndicatorResult) =>
    x.realisasi === null &&
    (x.missing.realisasi ?? 'no-data') === 'no-data' &&
    rejectedInCell(issues, indicator.kode, x.wilayah, x.periode) > 0;
  const valueText = inBoth((l) => {
    if (r?.realisasi === null || r === null) {
      const reason = r?.missing.realisasi ?? 'no-data';
      const why = r && rowRejected(r) ? textsFor(l).common.rowRejected : missingReasonLabel(reason, l);
      return `${MISSING_TEXT[l]} (${why})`;
    }
    return formatValue(r.realisasi, satuan, { locale: l, decimals: desimal });
  });
  const targetTeks = inBoth((l) => {
    const t = targetText(r?.target ?? null, satuan, desimal, l);
    return r?.target != null && sampaiDengan ? `${t} ${toDateLabel(sampaiDengan, l)}` : t;
  });
  const namaWilayah = (wilayah && options.regionNames?.[wilayah]) ?? wilayah ?? '';
  const kategoriLabel = categoryLabel(scale, r?.kategori ?? null);
  if (r?.kategori && !scale.bands.some((b) => b.key === r.kategori)) {
    throw new ViewModelError(
      null,
      'kategori',
      `kategori dari skala ${scale.id}, bukan "${r.kategori}" (berikan categoryScale yang dipakai mesin)`,
    );
  }
  const produsen = {
    kode: indicator.produsenData,
    nama: options.opdNames?.[indicator.produsenData] ?? indicator.produsenData,
  };
  const ilustratif = indicator.ilustratif || (r?.flags.ilustratif ?? false);
  const nama = bilingual(indicator.nama);
  const ditolak = rejectedRowsFor(issues, indicator.kode, wilayah ?? '');
  const ringkasan = inBoth((l) => {
    const t = textsFor(l).card;
    const s: string[] = [];
    const per = r ? formatPeriod(r.periode, { locale: l }) : null;
    s.push(
      per ? t.summaryValue(nama[l], namaWilayah, per, valueText[l]) : t.summaryNoData(nama[l], namaWilayah),
    );
    if (r) {
      const target = targetTeks[l];
      if (r.capaian !== null) {
        s.push(t.summaryCapaian(target, pct(r.capaian, l), kategoriLabel ? kategoriLabel[l] : null));
      } else {
        s.push(t.summaryNoCapaian(target, missingReasonLabel(r.missing.capaian ?? 'no-target', l)));
      }
      if (perubahan) s.push(t.summaryChange(perubahan.teks[l]));
      if (progres?.persen != null && progres.statusLabel) {
        s.push(t.summaryProgress(progres.tahunAkhir, progres.persenTeks[l], progres.statusLabel[l]));
      }
    }
    for (const c of catatan) s.push(c[l]);
    if (cakupan) s.push(t.summaryCoverage(cakupan.teks[l]));
    s.push(`${kesegaran.teks[l]}${basi ? t.stale : ''}.`);
    if (ilustratif) s.push(textsFor(l).common.illustrative);
    if (ditolak) s.push(`${ditolak.teks[l]}.`);
    return s.join(' ');
  });
  const anyCoverage = sparkSource.some((x) => x.result.cakupan);
  const coverageCell = (c: ResultCoverage | null | undefined) =>
    c ? inBoth((l) => coverageText(c, l)) : null;
  const tableRows: TableRow[] = sparkSource.map((x) => ({
    values: {
      periode: x.result.periode,
      realisasi: x.result.realisasi,
      target: typeof x.result.target === 'number' ? x.result.target : null,
      capaian: x.result.capaian,
      kategori: categoryLabel(scale, x.result.kategori),
      ...(anyCoverage ? { cakupan: coverageCell(x.result.cakupan) } : {}),
    },
    missing: {
      ...(rowRejected(x.result)
        ? { realisasi: 'row-rejected' as const }
        : x.result.missing.realisasi
          ? { realisasi: x.result.missing.realisasi }
          : {}),
      ...(x.result.missing.capaian ? { capaian: x.result.missing.capaian } : {}),
      ...(x.result.missing.target ? { target: x.result.missing.target } : {}),
    },
  }));
  const rangeAny = sparkSource.some((x) => x.result.target !== null && isRangeTarget(x.result.target));
  const table: DataTable = {
    caption: inBoth((l) => textsFor(l).card.tableCaption(nama[l], namaWilayah)),
    columns: [
      { key: 'periode', label: columnLabel('period'), kind: 'period' },
      { key: 'realisasi', label: columnLabel('realisation'), kind: 'number', satuan, decimals: desimal },
      rangeAny
        ? { key: 'target', label: columnLabel('targetRange'), kind: 'text' }
        : { key: 'target', label: columnLabel('target'), kind: 'number', satuan, decimals: desimal },
      { key: 'capaian', label: columnLabel('achievement'), kind: 'percent', decimals: desimalCapaian },
      { key: 'kategori', label: columnLabel('category'), kind: 'text' },
      ...(anyCoverage ? [{ key: 'cakupan', label: columnLabel('coverage'), kind: 'text' as const }] : []),
    ],
    rows: rangeAny
      ? tableRows.map((row, i) => {
          const t = sparkSource[i]!.result.target;
          return {
            ...row,
            values: {
              ...row.values,
              target: t === null ? null : inBoth((l) => targetText(t, satuan, desimal, l)),
            },
          };
        })
      : tableRows,
  };
  return {
    kind: 'card',
    indikator: indicator.kode,
    nama,
    wilayah: wilayah ?? '',
    namaWilayah,
    polaritas: indicator.polaritas,
    periode: r?.periode ?? null,
    periodeLabel: r
      ? inBoth((l) =>
          sampaiDengan
            ? `${formatPeriod(r.periode, { locale: l })} (${toDateLabel(sampaiDengan, l)})`
            : formatPeriod(r.periode, { locale: l }),
        )
      : null,
    nilai: {
      realisasi: r?.realisasi ?? null,
      satuan,
      desimal,
      teks: valueText,
      numerator: r?.numerator ?? null,
      denominator: r?.denominator ?? null,
    },
    target: {
      nilai: r?.target ?? null,
      acuan: r?.targetAcuan ?? null,
      basis: r?.targetBasis ?? null,
      rentang: r?.target != null && isRangeTarget(r.target),
      teks: targetTeks,
    },
    sampaiDengan,
    sampaiDenganLabel,
    capaian: r?.capaian ?? null,
    desimalCapaian,
    capaianTeks,
    capaianNegatif: r?.flags.capaianNegatif ?? false,
    kategori: r?.kategori ?? null,
    kategoriLabel,
    kategoriTone: categoryTone(scale, r?.kategori ?? null),
    perubahan,
    perubahanKosong:
      r && !perubahan && r.missing.perubahan
        ? inBoth((l) => `${MISSING_TEXT[l]} (${missingReasonLabel(r.missing.perubahan!, l)})`)
        : null,
    sparkline: sparkSource.map((x) => ({ periode: x.result.periode, nilai: x.result.realisasi })),
    progres,
    kesegaran,
    produsen,
    sumber: r?.sumber ?? indicator.sumberData,
    ilustratif,
    kecilDenominator: r?.flags.kecilDenominator ?? false,
    ditekan: r?.flags.ditekan ?? false,
    cakupan,
    catatan,
    info: {
      definisi: bilingual(indicator.definisi),
      rumus: indicator.rumus ? bilingual(indicator.rumus) : null,
      konsep: indicator.konsep ? bilingual(indicator.konsep) : null,
      interpretasi: indicator.interpretasi ? bilingual(indicator.interpretasi) : null,
      ukuran: indicator.ukuran ?? null,
      satuan,
      catatan: indicator.catatan ? bilingual(indicator.catatan) : null,
    },
    ditolak,
    missing: r?.missing ?? { realisasi: 'no-data' },
    ringkasan,
    table,
  };
}
