/**
 * The dashboard's map in a published site: its data and the region pack's boundaries are hashed packs named by
 * the dashboard's index (and the manifest), the pre-rendered page holds the map section's frame, and a
 * no-JavaScript map snapshot per locale — the choropleth as SVG and PNG, alt text from the map's summary, a data
 * table, the boundaries' credit, a live link, a `data:` variant and a gallery entry — never shows a suppressed
 * cell's number.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../packages/publish/src/build/build.ts';
import { regionPack } from '../../packages/publish/src/build/region.ts';
import { mapFragment, mapSnapshot, mapSvg } from '../../packages/publish/src/snapshot/map.ts';
import { listFiles, NOW, read, sampleConfig, tempDir, writeConfig } from './support.ts';

let site: string;
let manifest: {
  packs: { index: string; map: { data: string; topology: string } | null };
  files: Record<string, string>;
};

interface PackRow {
  wilayah: string;
  periode: string;
  realisasi: number | null;
  numerator: number | null;
  denominator: number | null;
  flags: { ditekan: boolean };
  missing: { realisasi?: string };
}

beforeAll(async () => {
  const dir = tempDir('map');
  const result = await build(writeConfig(dir, sampleConfig()), { now: NOW });
  site = realpathSync(result.output);
  manifest = JSON.parse(read(site, 'manifest.json'));
});

/** The sample's suppressed kelurahan cells, as the open aggregate marks them. */
function suppressedCells(): { wilayah: string; periode: string }[] {
  const sample = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../packages/semarang/data/sample-observations.json'), 'utf8'),
  ) as { observasi: { indikator: string; wilayah: string; periode: string; status?: string }[] };
  return sample.observasi.filter((o) => o.indikator === 'IKU-KMS-REG' && o.status === 'ditekan');
}

describe('the published map', () => {
  it('writes the map data and the boundaries as hashed packs named by the index and the manifest', () => {
    const index = JSON.parse(read(site, manifest.packs.index));
    expect(index.map).toEqual({
      data: expect.stringMatching(/^peta\/dasbor-IKU-KMS-REG\.[0-9a-f]{10}\.json$/),
      topology: expect.stringMatching(/^peta\/batas-wilayah\.[0-9a-f]{10}\.json$/),
    });
    expect(manifest.packs.map).toEqual({
      data: `data/${index.map.data}`,
      topology: `data/${index.map.topology}`,
    });
    for (const f of [index.map.data, index.map.topology])
      expect(manifest.files[`data/${f}`], f).toBeDefined();
    const data = JSON.parse(read(site, `data/${index.map.data}`));
    expect(data.indicator.kode).toBe('IKU-KMS-REG');
    expect(data.catalog.indikator.map((i: { kode: string }) => i.kode)).toEqual(['IKU-KMS-REG']);
    const levels = new Set(data.results.map((r: PackRow) => r.wilayah.split('.').length));
    expect([...levels].sort()).toEqual([2, 3, 4]);
    const topology = JSON.parse(read(site, `data/${index.map.topology}`));
    expect(topology.type).toBe('Topology');
    expect(Object.keys(topology.objects)).toEqual(expect.arrayContaining(['kecamatan', 'kelurahan']));
  });

  it('keeps suppressed cells suppressed in the pack: no value, numerator or denominator', () => {
    const index = JSON.parse(read(site, manifest.packs.index));
    const rows = JSON.parse(read(site, `data/${index.map.data}`)).results as PackRow[];
    const cells = suppressedCells();
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) {
      const row = rows.find((r) => r.wilayah === c.wilayah && r.periode === c.periode);
      expect(row, `${c.wilayah} ${c.periode}`).toBeDefined();
      expect(row!.flags.ditekan || row!.missing.realisasi === 'suppressed').toBe(true);
      expect([row!.realisasi, row!.numerator, row!.denominator]).toEqual([null, null, null]);
    }
    // No kelurahan count below the small-cell threshold anywhere in the pack.
    for (const r of rows.filter((x) => x.wilayah.split('.').length === 4)) {
      for (const v of [r.numerator, r.denominator]) if (v !== null) expect(v === 0 || v >= 10).toBe(true);
    }
  });

  it('pre-renders the map section frame on the dashboard (its contents load near the viewport)', () => {
    const html = read(site, 'index.html');
    expect(html).toContain('data-dashboard-section="map"');
  });

  it('writes a map snapshot per locale: SVG and PNG, alt text from the summary, a table, a live link', () => {
    for (const [file, lc] of [
      ['index.html', 'id'],
      ['en.html', 'en'],
    ] as const) {
      const page = read(site, `cuplikan/peta/${file}`);
      expect(page).toContain('data-satata-snapshot="map"');
      const img = new RegExp(
        `<img class="satata-snap__img" src="\\.\\./\\.\\./(assets/cuplikan/peta-IKU-KMS-REG-${lc}\\.[0-9a-f]{10}\\.png)" width="640" height="560" alt="([^"]+)"`,
      ).exec(page);
      expect(img, file).not.toBeNull();
      expect(readFileSync(join(site, img![1]!)).subarray(1, 4).toString()).toBe('PNG');
      const svgFile = img![1]!.replace(/\.[0-9a-f]{10}\.png$/, '');
      const svg = listFiles(site).find((f) => f.startsWith(svgFile) && f.endsWith('.svg'))!;
      expect(read(site, svg)).toMatch(/^<svg/);
      expect(manifest.files[img![1]!]).toBeDefined();
      expect(manifest.files[svg]).toBeDefined();
      // The alt text is the map's generated summary (how many kelurahan have a value, the range, the classes).
      expect(img![2]).toMatch(lc === 'id' ? /kelurahan|wilayah/i : /kelurahan|region/i);
      expect(page).toContain(`<details><summary>${lc === 'id' ? 'Tabel data' : 'Data table'}</summary>`);
      expect(page).toContain('href="../../index.html"');
      expect(page).toContain('https://github.com/cahyadsn/wilayah_boundaries');
      expect(page).not.toMatch(/\sstyle=|<style|<script/);
    }
    const data = read(site, 'cuplikan/peta/id.data.html');
    expect(data).toContain('src="data:image/svg+xml;base64,');
    expect(data).not.toMatch(/src="(?!data:)/);
    expect(existsSync(join(site, 'cuplikan/peta/id.fragment.html'))).toBe(true);
    expect(manifest.files['cuplikan/peta/index.html']).toBeDefined();
  });

  it('shows a suppressed cell as suppressed in the snapshot table and picture, never with a number', () => {
    // The site's snapshot is of the latest complete year: one row per kelurahan.
    const page = read(site, 'cuplikan/peta/index.html');
    const tbody = /<tbody>(.*?)<\/tbody>/.exec(page)![1]!;
    expect([...tbody.matchAll(/<tr>/g)].length).toBe(177);
    // The sample's suppressed cells are in 2019: the same snapshot drawn for that year, from the site's packs.
    const index = JSON.parse(read(site, manifest.packs.index));
    const data = JSON.parse(read(site, `data/${index.map.data}`));
    const { kecamatan, kelurahan } = regionPack('semarang').boundaries(
      JSON.parse(read(site, `data/${index.map.topology}`)),
    );
    const shot = mapSnapshot(data, kecamatan, kelurahan, '2019')!;
    expect(shot.periode).toBe('2019');
    const hidden = suppressedCells().filter((c) => c.periode === '2019');
    expect(hidden.length).toBe(4);
    for (const lc of ['id', 'en'] as const) {
      const html = mapFragment(shot, lc, {
        chart: { src: 'peta.png', width: 640, height: 560 },
        liveHref: '../../index.html',
        area: 'Kota Semarang',
        credit: { text: 'batas', href: 'https://example.org' },
      });
      const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => m[1]!).slice(1);
      expect(rows.length).toBe(177);
      const suppressed = rows.filter((r) => (lc === 'id' ? /ditekan/i : /suppressed/i).test(r));
      expect(suppressed.length).toBe(hidden.length);
      for (const r of suppressed) {
        // Region, value, class, note: no digit in the value or the class of a suppressed cell.
        const cells = [...r.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]!);
        expect(cells[1], r).not.toMatch(/\d/);
        expect(cells[2], r).not.toMatch(/\d/);
      }
      // The summary (the alt text) counts them.
      expect(/alt="([^"]*)"/.exec(html)![1]).toMatch(lc === 'id' ? /4 ditekan/i : /4 suppressed/i);
      // The picture draws them in the suppressed class; no value of theirs is in it.
      const svg = mapSvg(shot, lc);
      expect(svg).toMatch(/^<svg/);
      for (const c of hidden) expect(svg).not.toContain(c.wilayah);
    }
  });

  it('lists the map snapshot in the gallery', () => {
    const g = read(site, 'galeri.html');
    expect(g).toContain('id="peta"');
    expect(g).toContain('href="cuplikan/peta/index.html"');
    expect(g).toContain('data-satata-snapshot=&quot;map&quot;');
  });
});
