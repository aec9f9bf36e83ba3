/** A display locale: Bahasa Indonesia (the default) or English; the same union as `Locale` of `@satata/core`. */
export type SatataLocale = 'id' | 'en';
type Locale = SatataLocale;

/**
 * What kind of failure an error state explains: the data client's error kinds (`network`, `timeout`, `http`,
 * `ckan`, `schema`, `abort`), any other failure while loading (`load`), or a failure while drawing (`render`).
 */
export type ErrorKind = 'network' | 'timeout' | 'http' | 'ckan' | 'schema' | 'abort' | 'load' | 'render';

/**
 * Every user-facing text of the component chrome (buttons, headings, states), in Bahasa Indonesia and English.
 * Domain texts (category labels, missing reasons, periods, numbers) come from `@satata/core`; this module holds
 * only the words the components themselves add.
 */
export interface Messages {
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
  readonly realisation: string;
  readonly capaian: string;
  readonly category: string;
  readonly change: string;
  readonly progress: string;
  readonly trend: string;
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
  readonly ungrouped: string;
  readonly widgetFailed: string;
  readonly ascending: string;
  readonly descending: string;
  readonly negativeCapaian: string;
  readonly seriesChanged: string;
  readonly projection: string;
}

const id: Messages = {
  loading: 'Memuat data…',
  errorTitle: 'Data gagal dimuat',
  errorExplained: {
    network: 'Server data tidak dapat dihubungi. Periksa sambungan internet, lalu coba lagi.',
    timeout: 'Server data terlalu lama menjawab. Coba lagi sebentar lagi.',
    http: 'Server data menjawab dengan galat. Coba lagi nanti; bila terus berulang, hubungi pengelola data.',
    ckan: 'Portal data menolak permintaan ini. Coba lagi nanti; bila terus berulang, hubungi pengelola data.',
    schema: 'Data yang diterima tidak sesuai format yang diharapkan. Hubungi pengelola data.',
    abort: 'Pemuatan data dibatalkan. Coba lagi untuk memuatnya.',
    load: 'Data untuk bagian ini tidak dapat dimuat. Coba lagi; bila terus berulang, hubungi pengelola data.',
    render:
      'Terjadi kesalahan tak terduga saat menampilkan bagian ini. Coba lagi; bila terus berulang, muat ulang halaman.',
  },
  errorDetails: 'Rincian teknis',
  retry: 'Coba lagi',
  empty: 'Belum ada data untuk ditampilkan',
  stale: 'Data usang',
  staleTitle: 'Data lebih lama dari yang diizinkan frekuensi pelaporannya',
  illustrative: 'ilustratif',
  illustrativeTitle: 'Angka ilustratif (dibangkitkan), bukan angka resmi',
  info: 'Info indikator',
  infoClose: 'Tutup info',
  definition: 'Definisi',
  concept: 'Konsep',
  interpretation: 'Interpretasi',
  formula: 'Rumus',
  measure: 'Ukuran',
  note: 'Catatan',
  unit: 'Satuan',
  producer: 'Produsen data',
  source: 'Sumber',
  target: 'Target',
  realisation: 'Realisasi',
  capaian: 'Capaian',
  category: 'Kategori',
  change: 'Perubahan',
  progress: 'Progres RPJMD',
  trend: 'Tren',
  dataUntil: 'Data s.d.',
  updated: 'diperbarui',
  showTable: 'Tampilkan tabel data',
  hideTable: 'Sembunyikan tabel data',
  summary: 'Ringkasan',
  exportCsv: 'Unduh CSV',
  exportPng: 'Unduh PNG',
  exportSvg: 'Unduh SVG',
  exportLabel: 'Ekspor',
  exportFailed: 'Berkas tidak dapat dibuat. Coba lagi; bila terus berulang, gunakan tabel data.',
  back: 'Kembali',
  backTo: (name) => `Kembali ke ${name}`,
  drillInto: (name) => `Buka kelurahan di ${name}`,
  showRegions: (count) => `Pilih wilayah dari daftar (${count})`,
  hideRegions: 'Sembunyikan daftar wilayah',
  method: 'Metode klasifikasi',
  legend: 'Legenda',
  noData: 'Tidak ada data',
  suppressed: 'ditekan (sel kecil)',
  smallArea: 'penyebut kecil',
  numerator: 'Pembilang',
  denominator: 'Penyebut',
  rate: 'Persentase',
  year: 'Tahun',
  play: 'Putar',
  pause: 'Jeda',
  groupBy: 'Kelompokkan menurut',
  sortBy: 'Urutkan',
  filter: 'Saring',
  filterPlaceholder: 'Cari indikator…',
  allCategories: 'Semua kategori',
  indicator: 'Indikator',
  region: 'Wilayah',
  period: 'Periode',
  count: (n) => `${n} IKU`,
  selectedRegion: (name) => `Wilayah terpilih: ${name}`,
  clearSelection: 'Hapus pilihan wilayah',
  ungrouped: 'Tanpa kelompok',
  widgetFailed: 'Komponen ini gagal ditampilkan',
  ascending: 'naik',
  descending: 'turun',
  negativeCapaian: 'capaian negatif',
  seriesChanged: 'seri berubah',
  projection: 'Proyeksi',
};

const en: Messages = {
  loading: 'Loading data…',
  errorTitle: 'Data failed to load',
  errorExplained: {
    network: 'The data server could not be reached. Check your internet connection, then try again.',
    timeout: 'The data server took too long to answer. Try again in a moment.',
    http: 'The data server answered with an error. Try again later; if it keeps happening, contact the data team.',
    ckan: 'The data portal refused this request. Try again later; if it keeps happening, contact the data team.',
    schema: 'The data received is not in the expected format. Please contact the data team.',
    abort: 'Loading the data was cancelled. Try again to load it.',
    load: 'The data for this part could not be loaded. Try again; if it keeps happening, contact the data team.',
    render:
      'Something unexpected went wrong while showing this part. Try again; if it keeps happening, reload the page.',
  },
  errorDetails: 'Technical details',
  retry: 'Try again',
  empty: 'No data to show yet',
  stale: 'Stale data',
  staleTitle: 'The data is older than its reporting frequency allows',
  illustrative: 'illustrative',
  illustrativeTitle: 'Illustrative (generated) figures, not official statistics',
  info: 'Indicator info',
  infoClose: 'Close info',
  definition: 'Definition',
  concept: 'Concept',
  interpretation: 'Interpretation',
  formula: 'Formula',
  measure: 'Measure',
  note: 'Note',
  unit: 'Unit',
  producer: 'Data producer',
  source: 'Source',
  target: 'Target',
  realisation: 'Realisation',
  capaian: 'Achievement',
  category: 'Category',
  change: 'Change',
  progress: 'RPJMD progress',
  trend: 'Trend',
  dataUntil: 'Data up to',
  updated: 'updated',
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  summary: 'Summary',
  exportCsv: 'Download CSV',
  exportPng: 'Download PNG',
  exportSvg: 'Download SVG',
  exportLabel: 'Export',
  exportFailed: 'The file could not be made. Try again; if it keeps happening, use the data table.',
  back: 'Back',
  backTo: (name) => `Back to ${name}`,
  drillInto: (name) => `Open the kelurahan of ${name}`,
  showRegions: (count) => `Choose a region from a list (${count})`,
  hideRegions: 'Hide the region list',
  method: 'Classification method',
  legend: 'Legend',
  noData: 'No data',
  suppressed: 'suppressed (small cell)',
  smallArea: 'small denominator',
  numerator: 'Numerator',
  denominator: 'Denominator',
  rate: 'Rate',
  year: 'Year',
  play: 'Play',
  pause: 'Pause',
  groupBy: 'Group by',
  sortBy: 'Sort',
  filter: 'Filter',
  filterPlaceholder: 'Search indicators…',
  allCategories: 'All categories',
  indicator: 'Indicator',
  region: 'Region',
  period: 'Period',
  count: (n) => `${n} KPI${n === 1 ? '' : 's'}`,
  selectedRegion: (name) => `Selected region: ${name}`,
  clearSelection: 'Clear region selection',
  ungrouped: 'Ungrouped',
  widgetFailed: 'This component failed to display',
  ascending: 'ascending',
  descending: 'descending',
  negativeCapaian: 'negative achievement',
  seriesChanged: 'series changed',
  projection: 'Projection',
};

/** The chrome texts of each locale. */
export const MESSAGES: Readonly<Record<Locale, Messages>> = { id, en };

/** The chrome texts of a locale (Bahasa Indonesia for anything unknown). */
export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale] ?? id;
}
