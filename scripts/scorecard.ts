/**
 * `pnpm start` (for now): compute and print the scorecard of the generated, illustrative catalog of Kota
 * Semarang's size — one kota row per IKU for its latest year with data.
 */
import { categorize, computeScorecard, DEFAULT_CATEGORY_SCALE, type Target } from '@satata/core';
import { syntheticCatalog } from '../bench/fixtures/synthetic-catalog.ts';

const angka = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
const persen = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const num = (v: number | null) => (v === null ? 'n/a' : angka.format(v));
const target = (t: Target | null) =>
  t === null
    ? 'n/a'
    : typeof t === 'number'
      ? angka.format(t)
      : `${angka.format(t.min)}–${angka.format(t.max)}`;
/** Why a capaian is missing, in Bahasa Indonesia. */
const ALASAN: Record<string, string> = {
  'no-data': 'tidak ada data',
  'reported-missing': 'dilaporkan kosong',
  suppressed: 'ditekan',
  'no-target': 'tanpa target',
  'target-zero': 'target 0',
  'realisation-zero': 'realisasi 0',
  'neutral-polarity': 'indikator netral',
  'denominator-zero': 'penyebut 0',
  'composite-incomplete': 'komponen belum lengkap',
};
const ARAH = { membaik: '▲ membaik', memburuk: '▼ memburuk', tetap: '■ tetap' } as const;

const t0 = performance.now();
const data = syntheticCatalog();
const { rows, issues } = computeScorecard(data);
const ms = performance.now() - t0;
const names = new Map(data.catalog.indikator.map((i) => [i.kode, i.nama.id]));
const scale = data.catalog.kategori ?? DEFAULT_CATEGORY_SCALE;

const table = rows.map((r) => [
  r.indikator,
  `${names.get(r.indikator) ?? ''}`,
  String(r.tahun),
  `${num(r.realisasi)}${r.flags.sebagian ? '*' : ''}`,
  target(r.target),
  r.capaian === null
    ? `n/a (${ALASAN[r.missing.capaian ?? 'no-data'] ?? r.missing.capaian})`
    : `${persen.format(r.capaian)}%`,
  r.capaian === null ? '–' : (categorize(r.capaian, scale)?.label.id ?? '–'),
  r.perubahan?.arah ? ARAH[r.perubahan.arah] : '–',
]);
const head = ['Kode', 'Nama', 'Tahun', 'Realisasi', 'Target', 'Capaian', 'Kategori', 'Arah'];
const right = new Set([2, 3, 4, 5]);
const widths = head.map((h, c) => Math.max(h.length, ...table.map((r) => r[c]!.length)));
const line = (cells: readonly string[]) =>
  cells.map((s, c) => (right.has(c) ? s.padStart(widths[c]!) : s.padEnd(widths[c]!))).join('  ');

console.log(`Kartu skor IKU — ${data.catalog.nama.id}, wilayah ${data.catalog.wilayah}`);
console.log('Data ilustratif (katalog sintetis)');
console.log('');
console.log(line(head));
console.log(widths.map((w) => '─'.repeat(w)).join('  '));
for (const r of table) console.log(line(r));
console.log('');
const counts = new Map<string, number>();
for (const r of rows)
  counts.set(r.kategori ?? 'tanpa capaian', (counts.get(r.kategori ?? 'tanpa capaian') ?? 0) + 1);
console.log(
  `Ringkasan: ${scale.bands.map((b) => `${b.label.id} ${counts.get(b.key) ?? 0}`).join(' · ')} · tanpa capaian ${counts.get('tanpa capaian') ?? 0}`,
);
console.log(`* tahun berjalan, belum lengkap (jumlah triwulan yang ada). Masalah data: ${issues.length}.`);
console.log(`Dihitung dalam ${angka.format(Math.round(ms))} ms (termasuk membangkitkan katalog sintetis).`);
