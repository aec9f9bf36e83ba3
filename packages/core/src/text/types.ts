/**
 * The shape of a text catalog: every user-facing word of Satata — view models, chart labels, component chrome and
 * the dashboard page — in sections per layer. One catalog per locale implements {@link TextCatalog} (`id.ts`,
 * `en.ts`), so a text missing in one locale is a type error. Interpolated texts are functions of already formatted
 * parts (numbers and periods are formatted by `format/`, never here).
 */
import type { ClassMethod } from '../classify/types.ts';
import type { ChangeDirection, MissingReason, ProgressStatus } from '../engine/types.ts';
import type { Locale } from '../format/locale.ts';
import type { QualityIssueCode, QualitySeverity } from '../quality/report.ts';
import type { RegionLevel } from '../schema/region.ts';

/** Words shared by every layer. */
export interface CommonTexts {
  /** Why a value is missing, by the engine's reason ("tidak ada target"). */
  readonly missingReasons: Readonly<Record<MissingReason, string>>;
  /** A direction of change ("membaik"). */
  readonly change: Readonly<Record<ChangeDirection, string>>;
  /** A status of progress against the RPJMD end target ("Sesuai jalur"). */
  readonly progress: Readonly<Record<ProgressStatus, string>>;
  /** A region level as counted in a coverage ("kelurahan", "kota/kabupaten"). */
  readonly levelPlural: Readonly<Record<RegionLevel, string>>;
  /** The word before the last item of a list ("dan"). */
  readonly and: string;
  /** "15 dari 16 kelurahan": children reported of those expected (counts already formatted). */
  readonly coverage: (reported: string, expected: string, level: string) => string;
  /** "Data bersifat ilustratif." */
  readonly illustrative: string;
  /** "2 baris ditolak": input rows of a widget's numbers rejected by the data-quality checks (count formatted). */
  readonly rejectedRows: (count: string, n: number) => string;
  /** Why a cell has no value when its own input row was rejected ("baris ditolak"). */
  readonly rowRejected: string;
}

/** Column labels of data tables (the table alternative of every chart, and CSV headers). */
export interface TableTexts {
  readonly period: string;
  readonly realisation: string;
  readonly target: string;
  readonly targetRange: string;
  readonly targetMin: string;
  readonly targetMax: string;
  readonly achievement: string;
  readonly category: string;
  readonly region: string;
  readonly regionCode: string;
  readonly value: string;
  readonly numerator: string;
  readonly denominator: string;
  readonly class: string;
  readonly note: string;
  readonly coverage: string;
  readonly projection: string;
  readonly series: string;
  readonly indicator: string;
  readonly count: string;
  readonly share: string;
}

/** Texts of the indicator card's view model. */
export interface CardTexts {
  /** "dibanding 2024" / "vs 2024". */
  readonly comparedWith: (period: string) => string;
  /** The unit of a change of a percentage ("poin persen"). */
  readonly percentPoints: string;
  /** "s.d. Triwulan III" / "through Q3": the end of a partial year's span (the span's last sub-period, no year). */
  readonly toDate: (subPeriod: string) => string;
  /** "Data s.d. Triwulan II 2025". */
  readonly dataThrough: (period: string) => string;
  /** "diperbarui 12 Agu 2025". */
  readonly updated: (date: string) => string;
  /** The freshness line of a card without data ("Belum ada data"). */
  readonly noDataYet: string;
  /** A partial year's note: its span and the target it is judged against. */
  readonly yearToDateNote: (span: string, toDate: string) => string;
  /** The note of a `sum` year whose blank sub-periods were counted as 0. */
  readonly blanksAsZeroNote: string;
  /** The note of a rolled-up region some of whose children did not report. */
  readonly partialCoverageNote: (coverage: string) => string;
  readonly summaryValue: (name: string, region: string, period: string, value: string) => string;
  readonly summaryNoData: (name: string, region: string) => string;
  readonly summaryCapaian: (target: string, capaian: string, category: string | null) => string;
  readonly summaryNoCapaian: (target: string, why: string) => string;
  readonly summaryChange: (change: string) => string;
  readonly summaryProgress: (year: number, percent: string, status: string) => string;
  readonly summaryCoverage: (coverage: string) => string;
  /** Appended to the freshness sentence of a stale card (" (data sudah basi)"). */
  readonly stale: string;
  readonly tableCaption: (name: string, region: string) => string;
}

/** Texts of the trend chart's view model. */
export interface TrendTexts {
  readonly noTarget: string;
  readonly target: (value: string) => string;
  readonly targetRange: (lo: string, hi: string) => string;
  readonly capaian: (percent: string, category: string | null) => string;
  readonly capaianMissing: (why: string) => string;
  readonly summaryEmpty: (name: string) => string;
  readonly summaryNoRealisation: (name: string, region: string, why: string | null) => string;
  readonly summaryLatest: (
    name: string,
    region: string,
    period: string,
    value: string,
    target: string,
    capaian: string,
  ) => string;
  readonly unchangedSince: (period: string, value: string) => string;
  readonly movedSince: (period: string, value: string, rose: boolean) => string;
  readonly projection: (year: number, value: string, willMeet: boolean | null) => string;
  readonly seriesChanged: (when: string) => string;
  readonly compares: (regions: number) => string;
  readonly tableCaption: (name: string) => string;
}

/** Texts of the choropleth map: its view model, its classification legend and its chart. */
export interface MapTexts {
  /** A classification method's name ("Kuantil"). */
  readonly methods: Readonly<Record<ClassMethod, string>>;
  /** The no-data class ("Tidak ada data"). */
  readonly noData: string;
  /** A suppressed cell, as its value ("ditekan (sel kecil)"). */
  readonly suppressed: string;
  /** The suppressed class of a legend ("Ditekan (sel kecil)"). */
  readonly suppressedClass: string;
  /** A cell's note on a small denominator ("penyebut kecil"). */
  readonly smallDenominator: string;
  /** The chart tooltip's note on a small denominator. */
  readonly smallDenominatorCare: string;
  readonly summaryCount: (name: string, period: string, withData: string, total: string) => string;
  readonly summaryRange: (lowName: string, low: string, highName: string, high: string) => string;
  readonly countSuppressed: (count: string) => string;
  readonly countNoData: (count: string) => string;
  readonly countSmall: (count: string) => string;
  readonly summaryClasses: (method: string, k: number) => string;
  readonly tableCaption: (name: string) => string;
  /** The chart's subtitle: the period and a classification the same over every period drawn. */
  readonly methodLine: (period: string, method: string, first: string, last: string) => string;
  readonly withoutGeometry: (codes: string) => string;
  /** The classifier's notes to the map's editor (`ClassificationWarning`). */
  readonly warnings: {
    readonly breakBelow: (thresholds: string, min: string) => string;
    readonly breakAbove: (thresholds: string, max: string) => string;
    readonly noData: string;
    readonly singleValue: (value: string) => string;
    readonly collapsed: (k: number, requested: number, distinct: number) => string;
  };
}

/** Texts of the distribution of IKU over the category scale. */
export interface DistributionTexts {
  /** The bucket of IKU without a capaian ("Tanpa capaian"). */
  readonly noCapaian: string;
  readonly summaryEmpty: string;
  /** " pada 2025": the period of the IKU counted, or '' when they mix periods. */
  readonly inPeriod: (period: string) => string;
  readonly summaryCounts: (total: string, when: string, parts: string) => string;
  readonly summaryNone: (total: string, when: string) => string;
  readonly summaryWithout: (count: string, why: string) => string;
  readonly tableCaption: (scaleName: string) => string;
  /** The column of a count of IKU ("Jumlah IKU"). */
  readonly count: string;
  /** The chart's title ("Sebaran capaian IKU (127 IKU)"). */
  readonly chartTitle: (total: string) => string;
}

/** Texts of the scorecard of every IKU. */
export interface ScorecardTexts {
  readonly title: string;
  /** The groupings on offer ("OPD", "Urusan", "Sasaran"). */
  readonly groupings: Readonly<Record<'opd' | 'urusan' | 'sasaran', string>>;
  /** The group of IKU without one ("Tanpa kelompok"). */
  readonly ungrouped: string;
}

/** Texts of the data-quality report and of a widget's rejected rows. */
export interface QualityTexts {
  /** What kind of problem an issue is, by code ("kode wilayah tidak dikenal"). */
  readonly codes: Readonly<Record<QualityIssueCode, string>>;
  readonly severities: Readonly<Record<QualitySeverity, string>>;
  readonly title: string;
  /** "Baris 886" (0-based row index of the source, shown as is). */
  readonly row: (row: string) => string;
  /** An empty value ("kosong"). */
  readonly empty: string;
  /** "nilai = NaN, seharusnya: angka berhingga atau kosong". */
  readonly fieldValue: (field: string, value: string, expected: string) => string;
  /** "3 masalah data; 2 baris ditolak." (counts formatted; `rejected` is also given as a number for plurals). */
  readonly summary: (issues: string, rejected: string, n: number) => string;
  readonly none: string;
  readonly tableCaption: string;
  readonly columns: {
    readonly source: string;
    readonly row: string;
    readonly indicator: string;
    readonly region: string;
    readonly period: string;
    readonly field: string;
    readonly value: string;
    readonly expected: string;
    readonly severity: string;
    readonly code: string;
  };
}

/** Labels the chart builders add (series names, tooltip rows, notes); ECharts' own words are in `LANG_ID`. */
export interface ChartTexts {
  readonly target: string;
  readonly targetRange: string;
  readonly projection: string;
  readonly seriesChanged: string;
  /** "capaian" inside a tooltip row. */
  readonly capaian: string;
  readonly illustrative: string;
  readonly numerator: string;
  readonly denominator: string;
  readonly class: string;
  readonly coverage: string;
  /** A sparkline's description: "Garis tren X: 4,5% pada 2021 menjadi 4,0% pada 2024." (or its only value). */
  readonly sparkline: (name: string, from: string | null, to: string) => string;
  /** "4,5% pada 2021": a value with its period, for {@link ChartTexts.sparkline}. */
  readonly valueAt: (value: string, period: string) => string;
}

/**
 * What kind of failure an error state explains: the data client's error kinds (`network`, `timeout`, `http`,
 * `ckan`, `schema`, `abort`), any other failure while loading (`load`), or a failure while drawing (`render`).
 */
export type ErrorKind = 'network' | 'timeout' | 'http' | 'ckan' | 'schema' | 'abort' | 'load' | 'render';

/** Texts of a published site's static pages: snapshots, the gallery, the provenance and quality page. */
export interface PublishTexts {
  readonly target: string;
  readonly capaian: string;
  readonly category: string;
  readonly change: string;
  /** The disclosure of a snapshot's data table ("Tabel data"). */
  readonly dataTable: string;
  /** The link from a snapshot to the live view. */
  readonly liveLink: string;
  readonly illustrative: string;
  readonly galleryTitle: (area: string) => string;
  readonly galleryIntro: string;
  readonly snippetHtml: string;
  readonly snippetDataUrl: string;
  readonly snippetCss: string;
  readonly openSnapshot: string;
  readonly images: string;
  readonly provenanceTitle: (area: string) => string;
  readonly provenanceIntro: string;
  readonly sources: string;
  readonly rejectedRows: string;
  readonly noRejected: string;
  readonly columns: {
    readonly source: string;
    readonly kind: string;
    readonly location: string;
    readonly fetchedAt: string;
    readonly lastModified: string;
    readonly etag: string;
    readonly rows: string;
    readonly accepted: string;
    readonly rejected: string;
    readonly sha256: string;
    readonly row: string;
    readonly field: string;
    readonly value: string;
    readonly expected: string;
    readonly reason: string;
    readonly indicator: string;
  };
  readonly backToDashboard: string;
  readonly scorecardTitle: (year: number) => string;
  /** The map snapshot's title: the indicator over every kelurahan of the city. */
  readonly mapTitle: (indicator: string) => string;
  /** The map snapshot's credit line for the boundaries. */
  readonly boundaries: string;
}

/** The words the React components add themselves (buttons, headings, states). */
export interface ReactTexts {
  readonly loading: string;
  readonly errorTitle: string;
  /** What a failure means for the reader, by kind (the technical detail goes behind {@link errorDetails}). */
  readonly errorExplained: Readonly<Record<ErrorKind, string>>;
  /** The disclosure that holds an error's technical detail. */
  readonly errorDetails: string;
  readonly retry: string;
  readonly empty: string;
  readonly stale: string;
  readonly staleTitle: string;
  readonly illustrative: string;
  readonly illustrativeTitle: string;
  readonly info: string;
  readonly infoClose: string;
  readonly definition: string;
  readonly concept: string;
  readonly interpretation: string;
  readonly formula: string;
  readonly measure: string;
  readonly note: string;
  readonly unit: string;
  readonly producer: string;
  readonly source: string;
  readonly target: string;
  /** Marks a range target beside "Target" ("rentang"). */
  readonly range: string;
  readonly realisation: string;
  readonly capaian: string;
  readonly category: string;
  readonly change: string;
  readonly progress: string;
  readonly trend: string;
  readonly coverage: string;
  readonly dataUntil: string;
  readonly updated: string;
  readonly showTable: string;
  readonly hideTable: string;
  readonly summary: string;
  readonly exportCsv: string;
  readonly exportPng: string;
  readonly exportSvg: string;
  readonly exportLabel: string;
  readonly exportFailed: string;
  readonly back: string;
  readonly backTo: (name: string) => string;
  readonly drillInto: (name: string) => string;
  /** The map's disclosure of its region buttons (keyboard drill-down), with the number of regions. */
  readonly showRegions: (count: number) => string;
  readonly hideRegions: string;
  readonly method: string;
  readonly legend: string;
  readonly noData: string;
  readonly suppressed: string;
  readonly smallArea: string;
  readonly numerator: string;
  readonly denominator: string;
  readonly rate: string;
  readonly year: string;
  readonly play: string;
  readonly pause: string;
  readonly groupBy: string;
  readonly sortBy: string;
  readonly filter: string;
  readonly filterPlaceholder: string;
  readonly allCategories: string;
  readonly indicator: string;
  readonly region: string;
  readonly period: string;
  readonly count: (n: number) => string;
  readonly selectedRegion: (name: string) => string;
  readonly clearSelection: string;
  readonly widgetFailed: string;
  readonly ascending: string;
  readonly descending: string;
  readonly negativeCapaian: string;
  readonly seriesChanged: string;
  readonly projection: string;
  /** The trend chart's granularity buttons. */
  readonly yearly: string;
  readonly quarterly: string;
  /** The map's level toggle. */
  readonly mapLevels: {
    readonly group: string;
    readonly kecamatan: string;
    readonly kelurahan: string;
    /** The map's title suffix when it shows every kelurahan of the city. */
    readonly allKelurahan: string;
  };
  /** The area's default name on the map's "back to" button. */
  readonly area: string;
  /** The button of a widget's rejected-rows disclosure ("2 baris ditolak — lihat alasannya"). */
  readonly showRejected: (label: string) => string;
  readonly hideRejected: (label: string) => string;
}

/** The dashboard page's own words (page chrome, filters, section headings, notices, the quality report). */
export interface DashboardTexts {
  readonly title: (area: string) => string;
  readonly subtitle: (from: number, to: number) => string;
  readonly skip: string;
  readonly filters: string;
  readonly year: string;
  readonly quarter: string;
  readonly wholeYear: string;
  readonly quarterName: (n: number) => string;
  /** The language toggle's text, in the other language. */
  readonly languageToggle: string;
  /** The locale the language toggle switches to. */
  readonly languageToggleLang: Locale;
  readonly headline: string;
  readonly headlineNote: string;
  readonly distribution: string;
  readonly attention: string;
  readonly attentionNote: string;
  readonly attentionLowest: string;
  readonly attentionWorsening: string;
  readonly attentionNone: string;
  readonly scorecard: string;
  readonly povertyMap: string;
  readonly trends: string;
  readonly region: string;
  readonly wholeCity: string;
  readonly illustrativeTitle: string;
  readonly illustrativeBody: string;
  readonly urlProblems: string;
  readonly urlProblem: (param: string, value: string, expected: string) => string;
  /** What a valid value of each URL parameter looks like. */
  readonly urlExpected: {
    readonly tahun: (from: number, to: number) => string;
    readonly triwulan: string;
    readonly bahasa: string;
    readonly wilayah: string;
  };
  readonly attribution: string;
  readonly loadFailed: string;
  readonly periodShown: (label: string) => string;
  /** The data-quality report section and the link to it. */
  readonly quality: string;
  readonly qualityLink: (issues: string, n: number) => string;
  /** The link to the no-JavaScript snapshots, for readers whose browser runs no scripts. */
  readonly galleryLink: string;
  readonly qualityNote: string;
  /** The boot error shown before the page can render (text only). */
  readonly bootFailed: string;
}

/** Every user-facing text of one locale, in sections per layer. */
export interface TextCatalog {
  readonly locale: Locale;
  readonly common: CommonTexts;
  readonly table: TableTexts;
  readonly card: CardTexts;
  readonly trend: TrendTexts;
  readonly map: MapTexts;
  readonly distribution: DistributionTexts;
  readonly scorecard: ScorecardTexts;
  readonly quality: QualityTexts;
  readonly charts: ChartTexts;
  readonly react: ReactTexts;
  readonly dashboard: DashboardTexts;
  readonly publish: PublishTexts;
}
