import { readFileSync } from 'node:fs';
import { type BoundaryFeature, featuresOf, KECAMATAN, KELURAHAN, loadTopology } from '@satata/semarang';
import { describe, expect, it } from 'vitest';
import { buildTopology, readTopologyInputs } from '../../packages/semarang/scripts/lib/topology.ts';

const root = new URL('../../packages/semarang/', import.meta.url).pathname;

type Geo = BoundaryFeature['geometry'];
type Position = number[];
const polygons = (g: Geo): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
/** Planar shoelace area in degrees² of the exterior rings minus the holes (sign-independent per ring). */
function area(g: Geo): number {
  let a = 0;
  for (const poly of polygons(g)) {
    poly.forEach((ring, i) => {
      let s = 0;
      for (let j = 0; j < ring.length - 1; j++)
        s += ring[j]![0]! * ring[j + 1]![1]! - ring[j + 1]![0]! * ring[j]![1]!;
      a += (i === 0 ? 1 : -1) * Math.abs(s / 2);
    });
  }
  return a;
}
function bounds(gs: readonly Geo[]): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const g of gs)
    for (const poly of polygons(g))
      for (const ring of poly)
        for (const [x, y] of ring as [number, number][]) {
          b[0] = Math.min(b[0], x);
          b[1] = Math.min(b[1], y);
          b[2] = Math.max(b[2], x);
          b[3] = Math.max(b[3], y);
        }
  return b;
}
const vertexKey = (p: Position) => `${p[0]},${p[1]}`;

describe('semarang.topo.json', () => {
  it('has 177 kelurahan, 16 kecamatan and 1 kota with their codes, names and parents intact', async () => {
    const [kel, kec, kota] = await Promise.all([
      featuresOf('kelurahan'),
      featuresOf('kecamatan'),
      featuresOf('kota'),
    ]);
    expect(kel.features).toHaveLength(177);
    expect(kec.features).toHaveLength(16);
    expect(kota.features).toHaveLength(1);
    expect(kel.features.map((f) => [f.properties.kode, f.properties.nama, f.properties.induk])).toEqual(
      KELURAHAN.map((r) => [r.kode, r.nama, r.induk]),
    );
    expect(kec.features.map((f) => [f.properties.kode, f.properties.nama, f.properties.induk])).toEqual(
      KECAMATAN.map((r) => [r.kode, r.nama, '33.74']),
    );
    expect(kota.features[0]!.properties).toEqual({ kode: '33.74', nama: 'Kota Semarang', induk: '33' });
    for (const f of [...kel.features, ...kec.features]) expect(area(f.geometry)).toBeGreaterThan(0);
  });

  it('simplifies every kelurahan polygon to at most 200 vertices', async () => {
    const kel = await featuresOf('kelurahan');
    for (const f of kel.features)
      for (const poly of polygons(f.geometry))
        expect(poly.reduce((n, r) => n + r.length, 0)).toBeLessThanOrEqual(200);
  });

  it('merges each kecamatan from its kelurahan: same bounds, every vertex a kelurahan vertex, same area', async () => {
    const kel = (await featuresOf('kelurahan')).features;
    const kec = (await featuresOf('kecamatan')).features;
    for (const k of kec) {
      const members = kel.filter((f) => f.properties.induk === k.properties.kode).map((f) => f.geometry);
      expect(members.length).toBeGreaterThan(0);
      expect(bounds([k.geometry])).toEqual(bounds(members));
      const memberVertices = new Set<string>();
      for (const g of members)
        for (const poly of polygons(g))
          for (const ring of poly) for (const p of ring) memberVertices.add(vertexKey(p));
      for (const poly of polygons(k.geometry))
        for (const ring of poly) for (const p of ring) expect(memberVertices.has(vertexKey(p))).toBe(true);
      // Area = Σ kelurahan areas, up to the source's own slivers: its kelurahan neither tile exactly nor avoid
      // overlaps (gaps are filled by the merge, overlaps counted once). Measured: within ±0.05 % per kecamatan.
      const sum = members.reduce((s, g) => s + area(g), 0);
      expect(Math.abs(area(k.geometry) / sum - 1)).toBeLessThan(0.002);
    }
    const kota = (await featuresOf('kota')).features[0]!;
    expect(bounds([kota.geometry])).toEqual(bounds(kel.map((f) => f.geometry)));
    const kecSum = kec.reduce((s, f) => s + area(f.geometry), 0);
    expect(Math.abs(area(kota.geometry) - kecSum) / kecSum).toBeLessThan(0.01);
  });

  it('keeps the total area within 1 % of the source kelurahan', async () => {
    const source = JSON.parse(
      readFileSync(`${root}data/raw/geo/kelurahan_kota_semarang_3374.geojson`, 'utf8'),
    ) as {
      features: { geometry: Geo }[];
    };
    const before = source.features.reduce((s, f) => s + area(f.geometry), 0);
    const after = (await featuresOf('kelurahan')).features.reduce((s, f) => s + area(f.geometry), 0);
    expect(Math.abs(after - before) / before).toBeLessThan(0.01);
    // degrees² to km² at 7°S (111.32² × cos 7° ≈ 12,300 km² per degree²): about 372 km², near SOURCE.md's 370–373.
    const km2 = before * 111.32 ** 2 * Math.cos((7 * Math.PI) / 180);
    expect(km2).toBeGreaterThan(365);
    expect(km2).toBeLessThan(380);
  });

  it('is rebuilt byte for byte by scripts/build-topology.ts, with the attribution beside it', {
    timeout: 60_000,
  }, async () => {
    const built = buildTopology(readTopologyInputs(root));
    expect(built.text).toBe(readFileSync(`${root}data/semarang.topo.json`, 'utf8'));
    expect(built.sourceMd).toBe(readFileSync(`${root}data/semarang.topo.SOURCE.md`, 'utf8'));
    expect(built.sourceMd).toContain('cahyadsn/wilayah_boundaries');
    expect(built.sourceMd).toContain('MIT');
    expect(await loadTopology()).toBe(await loadTopology());
  });
});
