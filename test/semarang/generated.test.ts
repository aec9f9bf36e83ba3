import { readdirSync, readFileSync } from 'node:fs';
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

  it('every raw source file is named in the SOURCE.md of its folder, and the boundary attribution travels with the topology', () => {
    for (const dir of ['wilayah', 'geo', 'indikator']) {
      const files = readdirSync(`${root}data/raw/${dir}`).sort();
      expect(files, dir).toContain('SOURCE.md');
      const source = read(`data/raw/${dir}/SOURCE.md`);
      const data = files.filter((f) => f !== 'SOURCE.md');
      expect(data.length, dir).toBeGreaterThan(0);
      for (const f of data) expect(source, `${dir}/SOURCE.md names ${f}`).toContain(f);
    }
    // The redistributed geometry keeps the attribution of its source (DESIGN.md §7).
    const topoSource = read('data/semarang.topo.SOURCE.md');
    expect(topoSource).toContain('cahyadsn/wilayah_boundaries');
    expect(read('data/raw/geo/SOURCE.md')).toContain('cahyadsn/wilayah_boundaries');
  });

  it('the raw boundaries and the code list describe the same 1 kota, 16 kecamatan and 177 kelurahan', () => {
    type Props = { kode: string; nama: string; level: string; kode_kecamatan?: string };
    const layer = (name: string) =>
      (
        JSON.parse(read(`data/raw/geo/${name}.geojson`)) as { features: { properties: Props }[] }
      ).features.map((f) => f.properties);
    const kota = layer('kota_semarang_3374');
    const kecamatan = layer('kecamatan_kota_semarang_3374');
    const kelurahan = layer('kelurahan_kota_semarang_3374');
    expect(kota.map((p) => p.kode)).toEqual(['33.74']);
    expect(kecamatan).toHaveLength(16);
    expect(kelurahan).toHaveLength(177);
    const csv = parseCsv(read('data/raw/wilayah/kode_wilayah_kota_semarang.csv'));
    const byCode = (rows: { kode: string; nama: string }[]) => rows.map((r) => `${r.kode} ${r.nama}`).sort();
    // Kelurahan: same codes and names in the CSV and the boundaries; each in the kecamatan the CSV says.
    expect(byCode(kelurahan)).toEqual(
      byCode(csv.map((r) => ({ kode: r.kode_kemendagri!, nama: r.nama_kelurahan! }))),
    );
    const parentOf = new Map(csv.map((r) => [r.kode_kemendagri!, r.kode_kecamatan_kemendagri!]));
    for (const k of kelurahan) expect(k.kode_kecamatan, k.kode).toBe(parentOf.get(k.kode));
    const kecFromCsv = [...new Map(csv.map((r) => [r.kode_kecamatan_kemendagri!, r.nama_kecamatan!]))].map(
      ([kode, nama]) => ({ kode, nama }),
    );
    expect(byCode(kecamatan)).toEqual(byCode(kecFromCsv));
    // And the generated list holds exactly these regions.
    const wilayah = (JSON.parse(read('data/wilayah.json')) as { wilayah: { kode: string; nama: string }[] })
      .wilayah;
    expect(byCode(wilayah)).toEqual(byCode([...kota, ...kecamatan, ...kelurahan]));
  });

  it('every published macro row has a number and names its source', () => {
    const csv = parseCsv(read('data/raw/indikator/makro_kota_semarang.csv'));
    expect(csv.length).toBeGreaterThanOrEqual(20);
    for (const r of csv) {
      expect(r.sumber?.trim(), `${r.kode} ${r.tahun}`).toBeTruthy();
      expect(Number.isFinite(Number(r.nilai)), `${r.kode} ${r.tahun}`).toBe(true);
    }
  });

  it('data/ holds only files that a build script writes and a test regenerates byte for byte', () => {
    // wilayah.json and makro.json: above; sample-*.json: sample.test.ts; semarang.topo.*: topology.test.ts;
    // kemiskinan-kelurahan.json: poverty-aggregate.test.ts.
    expect(readdirSync(`${root}data`).sort()).toEqual([
      'kemiskinan-kelurahan.json',
      'makro.json',
      'raw',
      'sample-catalog.json',
      'sample-observations.json',
      'semarang.topo.SOURCE.md',
      'semarang.topo.json',
      'wilayah.json',
    ]);
  });
});
