/**
 * Builds the text of `data/semarang.topo.json` from the kelurahan GeoJSON (the source of truth) in `data/raw/geo`:
 *
 * 1. TopoJSON from the 177 kelurahan with topojson-server, so shared edges become shared arcs (coordinates snapped
 *    to a 1e6 grid over the city's bounding box — about 4 cm — so that edges digitised twice coincide);
 * 2. Visvalingam simplification with topojson-simplify (planar triangle areas in degrees²). The minimum weight is
 *    the larger of 4 square pixels of a 1,000-px-wide map (a deviation of about one pixel) and the smallest weight
 *    that leaves no kelurahan polygon with more than 200 vertices. The merged kecamatan and kota outlines are
 *    reported, not constrained: they consist of kelurahan arcs, and pushing them under 200 vertices would need
 *    about 10 px², which visibly coarsens kelurahan that are only ~30 px wide on such a map. Shared arcs are simplified once, so neighbours keep a common edge;
 * 3. kecamatan and kota outlines merged from the simplified kelurahan with topojson-client `mergeArcs` (the arc form
 *    of `merge`), so their edges are the kelurahan edges. The source kelurahan do not tile exactly (SOURCE.md: their
 *    areas sum to ≈ 369.9 km² against ≈ 372.8 km² for the kota layer), so a merge has holes where no kelurahan
 *    is; holes whose every arc has no kelurahan on the other side are such gaps and are filled (see `fillGaps`);
 * 4. quantised to 1e5 steps (delta-encoded arcs).
 *
 * Prints sizes and vertex counts before and after. Deterministic: same input, same bytes.
 * Run through `scripts/build-topology.ts`.
 * Attribution: data/raw/geo/SOURCE.md (cahyadsn/wilayah_boundaries, MIT) travels with the output as
 * data/semarang.topo.SOURCE.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type {
  GeometryCollection,
  Objects,
  Topology,
  MultiPolygon as TopoMultiPolygon,
} from 'topojson-specification';

const MAX_VERTICES = 200;
const MAP_WIDTH_PX = 1000;
/** Minimum triangle area kept, in square pixels of a MAP_WIDTH_PX-wide map. */
const BASE_PIXELS = 4;

type Geo = Polygon | MultiPolygon;
function polygonsOf(g: Geo): number[][][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}
function vertexStats(features: readonly Feature<Geo>[]): { total: number; maxPerPolygon: number } {
  let total = 0;
  let max = 0;
  for (const f of features) {
    for (const poly of polygonsOf(f.geometry)) {
      const n = poly.reduce((s, ring) => s + ring.length, 0);
      total += n;
      max = Math.max(max, n);
    }
  }
  return { total, maxPerPolygon: max };
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** The inputs of {@link buildTopology}, read from the package's committed files by {@link readTopologyInputs}. */
export interface TopologyInputs {
  /** Text of data/raw/geo/kelurahan_kota_semarang_3374.geojson. */
  readonly srcText: string;
  /** Text of data/raw/geo/SOURCE.md. */
  readonly geoSourceMd: string;
  /** The kecamatan rows of data/wilayah.json. */
  readonly kecamatanRows: readonly { kode: string; nama: string }[];
}

/** Read the committed inputs from the package root. */
export function readTopologyInputs(root: string): TopologyInputs {
  const wilayah = JSON.parse(readFileSync(join(root, 'data/wilayah.json'), 'utf8')) as {
    wilayah: { kode: string; nama: string; level: string }[];
  };
  return {
    srcText: readFileSync(join(root, 'data/raw/geo/kelurahan_kota_semarang_3374.geojson'), 'utf8'),
    geoSourceMd: readFileSync(join(root, 'data/raw/geo/SOURCE.md'), 'utf8'),
    kecamatanRows: wilayah.wilayah.filter((r) => r.level === 'kecamatan'),
  };
}

/** Build the topology text, its SOURCE.md and the printed report lines (pure given the inputs). */
export function buildTopology({ srcText, geoSourceMd, kecamatanRows }: TopologyInputs): {
  text: string;
  sourceMd: string;
  lines: string[];
} {
  const lines: string[] = [];
  const source = JSON.parse(srcText) as FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>>;

  // 1. Topology of the kelurahan, properties reduced to kode / nama / induk.
  const kelurahan: Feature<Geo, { kode: string; nama: string; induk: string }>[] = source.features
    .map((f) => ({
      type: 'Feature' as const,
      properties: {
        kode: String(f.properties.kode),
        nama: String(f.properties.nama),
        induk: String(f.properties.kode_kecamatan),
      },
      geometry: f.geometry,
    }))
    .sort((a, b) => (a.properties.kode < b.properties.kode ? -1 : 1));
  if (kelurahan.length !== 177) throw new Error(`diharapkan 177 kelurahan, ada ${kelurahan.length}`);
  const before = vertexStats(kelurahan);
  const kelurahanCollection: FeatureCollection<Geo> = { type: 'FeatureCollection', features: kelurahan };
  const raw = topology({ kelurahan: kelurahanCollection as never }, 1e6) as unknown as Topology;

  // 2–3. Simplify, then merge kecamatan and kota from the kelurahan arcs. The minimum weight is the larger of
  // BASE_PIXELS square pixels at MAP_WIDTH_PX and the smallest weight leaving no kelurahan polygon above MAX_VERTICES.
  const pre = presimplify(raw as never);
  const [x0, , x1] = raw.bbox!;
  const pixel = ((x1 - x0) / MAP_WIDTH_PX) ** 2;
  type Props = { kode: string; nama: string; induk: string };

  /** How many kelurahan rings use each arc (an arc with nothing on its other side is used once). */
  const arcUse = new Uint16Array(raw.arcs.length);
  for (const g of (raw.objects.kelurahan as unknown as GeometryCollection).geometries) {
    const polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    for (const poly of polys) for (const ring of poly) for (const a of ring) arcUse[a < 0 ? ~a : a]!++;
  }
  let gapsFilled = 0;

  /**
   * Drop the holes of a merged outline that are gaps in the source — rings whose every arc has no kelurahan on its
   * other side — so a kecamatan or the kota is not drawn with slivers where the source polygons do not meet. A hole
   * that another kecamatan's kelurahan fill (an enclave) is kept. Edges still coincide: no arc is changed.
   */
  function fillGaps(g: TopoMultiPolygon): TopoMultiPolygon {
    const arcs = g.arcs.map(([outer, ...holes]) => [
      outer!,
      ...holes.filter((ring) => {
        const gap = ring.every((a) => arcUse[a < 0 ? ~a : a] === 1);
        if (gap) gapsFilled++;
        return !gap;
      }),
    ]);
    return { ...g, arcs };
  }

  function build(minWeight: number): Topology {
    gapsFilled = 0;
    const simplified = simplify(pre, minWeight);
    const kelGeoms = (simplified.objects.kelurahan as GeometryCollection).geometries;
    const kecamatan: TopoMultiPolygon<Props>[] = kecamatanRows.map((k) => {
      const members = kelGeoms.filter((g) => (g.properties as Props).induk === k.kode);
      if (members.length === 0) throw new Error(`kecamatan ${k.kode} tanpa kelurahan`);
      const merged = fillGaps(mergeArcs(simplified, members as never) as TopoMultiPolygon);
      return { ...merged, properties: { kode: k.kode, nama: k.nama, induk: '33.74' } };
    });
    const kota = {
      ...fillGaps(mergeArcs(simplified, kelGeoms as never) as TopoMultiPolygon),
      properties: { kode: '33.74', nama: 'Kota Semarang', induk: '33' },
    };
    return {
      ...simplified,
      objects: {
        kelurahan: simplified.objects.kelurahan!,
        kecamatan: { type: 'GeometryCollection', geometries: kecamatan },
        kota: { type: 'GeometryCollection', geometries: [kota] },
      },
    };
  }
  const featuresAt = (t: Topology, level: 'kelurahan' | 'kecamatan' | 'kota') =>
    (feature(t, t.objects[level]!) as FeatureCollection<Geo>).features;
  const maxKelurahan = (w: number) => vertexStats(featuresAt(build(w), 'kelurahan')).maxPerPolygon;
  let lo = 0;
  let hi = BASE_PIXELS * pixel;
  while (maxKelurahan(hi) > MAX_VERTICES) hi *= 2;
  if (hi > BASE_PIXELS * pixel) {
    lo = hi / 2;
    for (let i = 0; i < 40; i++) {
      const mid = (lo + hi) / 2;
      if (maxKelurahan(mid) > MAX_VERTICES) lo = mid;
      else hi = mid;
    }
  }
  const minWeight = hi;
  const withAll = build(minWeight);
  const gapsInFinal = gapsFilled;

  // 4. Quantise and write.
  const final = quantize(withAll as Topology<Objects>, 1e5);
  const text = JSON.stringify(final);

  const sourceMd =
    `# semarang.topo.json: source and licence\n\nGenerated by \`packages/semarang/scripts/build-topology.ts\` from ` +
    '`data/raw/geo/kelurahan_kota_semarang_3374.geojson` (177 kelurahan; kecamatan and kota outlines merged from ' +
    `them, simplified with minimum weight ${minWeight.toExponential(3)} deg², quantised to 1e5). ` +
    'The attribution and licence of the geometry follow; keep them with every copy.\n\n' +
    geoSourceMd;

  const after = vertexStats(featuresAt(final, 'kelurahan'));
  const kecAfter = vertexStats(featuresAt(final, 'kecamatan'));
  const kotaAfter = vertexStats(featuresAt(final, 'kota'));
  const kecBefore = vertexStats(featuresAt(build(0), 'kecamatan'));
  const rawText = JSON.stringify(raw);
  lines.push('semarang.topo.json');
  lines.push(
    `  source kelurahan GeoJSON ${kb(srcText.length)} (${kb(gzipSync(srcText).length)} gzip); vertices ${before.total}, max per polygon ${before.maxPerPolygon}`,
  );
  lines.push(`  topology (1e6, unsimplified) ${kb(rawText.length)}; arcs ${raw.arcs.length}`);
  lines.push(
    `  min weight ${minWeight.toExponential(3)} deg² (1 px² at ${MAP_WIDTH_PX} px = ${pixel.toExponential(3)} deg²)`,
  );
  lines.push(
    `  output ${kb(text.length)} (${kb(gzipSync(text).length)} gzip); kelurahan vertices ${after.total}, max per polygon ${after.maxPerPolygon}`,
  );
  lines.push(`  kecamatan (merged) vertices ${kecAfter.total}, max per polygon ${kecAfter.maxPerPolygon}`);
  lines.push(
    `  kecamatan merged before simplification: vertices ${kecBefore.total}, max per polygon ${kecBefore.maxPerPolygon}`,
  );
  lines.push(`  kota outline vertices ${kotaAfter.total}, max per polygon ${kotaAfter.maxPerPolygon}`);
  lines.push(`  gaps between source kelurahan filled (kecamatan + kota outlines): ${gapsInFinal} rings`);
  lines.push(`  objects: kelurahan 177, kecamatan ${kecamatanRows.length}, kota 1`);

  return { text, sourceMd, lines };
}
