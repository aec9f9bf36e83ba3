/**
 * Hostile strings for the `hostile` stories: each, if it were ever rendered as HTML or evaluated, would set
 * `window.__satataXss` or create an element the browser test looks for. Rendered as text, they are harmless.
 *
 * Every text field of the hostile data gets its own string, {@link hostileText}: a hostile payload followed by the
 * field's name and a number (`… satuan#3`), so the browser test can tell that each field the story claims
 * ({@link HOSTILE_CLAIMS}) really reached the page as text, not only that nothing ran.
 */
export const HOSTILE_STRINGS = [
  '<img src=x onerror="window.__satataXss=1">',
  '"><script>window.__satataXss=2</script>',
  '\'><svg onload="window.__satataXss=3" data-xss>',
  '<iframe src="javascript:window.__satataXss=4"></iframe>',
  '{{constructor.constructor("window.__satataXss=5")()}}',
  '<b data-xss>tebal</b> & <i>miring</i>',
] as const;

/** A hostile string chosen by index (wraps around), so every field can carry a different one. */
export function hostile(i: number): string {
  return HOSTILE_STRINGS[i % HOSTILE_STRINGS.length]!;
}

/** The text fields the hostile data fills, each with its own {@link hostileText}. */
export const HOSTILE_FIELDS = [
  /** Indicator names. */
  'nama',
  'definisi',
  'rumus',
  'konsep',
  'interpretasi',
  'ukuran',
  'satuan',
  /** The indicator's note (`catatan` of the catalog). */
  'catatan',
  /** Data sources: the indicator's `sumberData` and each observation's `sumber`. */
  'sumber',
  /** The names of the OPD (data producers). */
  'opd',
  'urusan',
  'sasaran',
  /** The labels of the category scale (and its name). */
  'kategori',
  /** Series (vintage) names of observations: `seri`. */
  'seri',
  /** Region names, in the region list and in the boundaries. */
  'wilayah',
] as const;
export type HostileField = (typeof HOSTILE_FIELDS)[number];

/**
 * Characters XML 1.0 forbids (C0 controls that are not white space, U+FFFE): in every hostile text, so each exported SVG carries them unless
 * the export drops them (issue 11 §6: such SVGs did not open and their PNG export failed).
 */
export const NOT_XML_CHARS = '\u0001\u0008\u001b\uFFFE';

/** The hostile text of the `i`-th value of a field: a payload, characters XML forbids, then `field#i`. */
export function hostileText(field: HostileField, i: number): string {
  return `${hostile(i)}${NOT_XML_CHARS} ${field}#${i}`;
}

/** A pattern that finds any {@link hostileText} of `field` in a page's text. */
export function hostileTextPattern(field: HostileField): RegExp {
  const payload = HOSTILE_STRINGS.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`(?:${payload})${NOT_XML_CHARS} ${field}#\\d+`);
}

/**
 * Which hostile fields each hostile story shows as text (by `title/name` of the story), once its charts have been
 * hovered and its disclosures (info panels, data tables, region lists) opened. The browser test checks each one is
 * on the page, that every hostile story has an entry, and that every field is claimed by some story.
 */
export const HOSTILE_CLAIMS: Readonly<Record<string, readonly HostileField[]>> = {
  'Komponen/IndicatorCard/Hostile': [
    'nama',
    'definisi',
    'rumus',
    'konsep',
    'interpretasi',
    'ukuran',
    'satuan',
    'catatan',
    'sumber',
    'opd',
    'kategori',
    'wilayah',
  ],
  'Komponen/TrendChart/Hostile': ['nama', 'satuan', 'kategori', 'seri', 'wilayah'],
  'Komponen/Scorecard/Hostile': ['nama', 'satuan', 'opd', 'kategori'],
  'Komponen/Scorecard/Hostile Per Urusan': ['nama', 'urusan'],
  'Komponen/Scorecard/Hostile Per Sasaran': ['nama', 'sasaran'],
  'Komponen/DataTable/Hostile': ['nama', 'satuan', 'kategori', 'seri', 'wilayah'],
  'Komponen/RegionMap/Hostile': ['nama', 'satuan', 'wilayah'],
  'Komposisi/Pilihan tertaut/Hostile': [
    'nama',
    'definisi',
    'rumus',
    'konsep',
    'interpretasi',
    'ukuran',
    'satuan',
    'catatan',
    'sumber',
    'opd',
    'kategori',
    'seri',
    'wilayah',
  ],
};
