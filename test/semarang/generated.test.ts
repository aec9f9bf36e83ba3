import { readFileSync } from 'node:fs';
import { MAKRO_ROWS } from '@satata/semarang';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../packages/semarang/scripts/lib/csv.ts';
import { buildMakroJson } from '../../packages/semarang/scripts/lib/makro.ts';
import { buildWilayahJson } from '../../packages/semarang/scripts/lib/regions.ts';

const root = new URL('../../packages/semarang/', import.meta.url).pathname;
const read = (p: string) => readFileSync(`${root}${p}`, 'utf8');

describe('generated data files', () => {
  it('data/wilayah.json is what scripts/build-regions.ts makes from the committed CSV and GeoJSON', () => {
    const text = buildWilayahJson(
      read('data/raw/wilayah/kode_wilayah_kota_semarang.csv'),
      read('data/raw/geo/kelurahan_kota_semarang_3374.geojson'),
    );
    expect(text).toBe(read('data/wilayah.json'));
  });

  it('data/makro.json is what scripts/build-makro.ts makes, and equals the published CSV row by row', () => {
    const csvText = read('data/raw/indikator/makro_kota_semarang.csv');
    expect(buildMakroJson(csvText)).toBe(read('data/makro.json'));
    const csv = parseCsv(csvText);
    expect(MAKRO_ROWS).toHaveLength(csv.length);
    csv.forEach((r, i) => {
      expect(MAKRO_ROWS[i]).toEqual({
        kode: r.kode,
        indikator: r.indikator,
        satuan: r.satuan,
        polaritas: r.polaritas,
        tahun: Number(r.tahun),
        nilai: Number(r.nilai),
        sumber: r.sumber,
      });
    });
  });

  it('the raw copies equal ../shared/data when it is present, and carry their SOURCE.md', () => {
    for (const dir of ['wilayah', 'geo', 'indikator'])
      expect(read(`data/raw/${dir}/SOURCE.md`).length).toBeGreaterThan(100);
    const shared = new URL('../../../shared/data/indikator/makro_kota_semarang.csv', import.meta.url)
      .pathname;
    let original: string | null = null;
    try {
      original = readFileSync(shared, 'utf8');
    } catch {
      // A fresh clone has no ../shared: the committed copy is then the reference.
    }
    if (original !== null) expect(read('data/raw/indikator/makro_kota_semarang.csv')).toBe(original);
  });
});
