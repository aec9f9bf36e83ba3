/**
 * satata build over the bundled sample plus a CSV source with bad rows: the site holds the pre-rendered
 * dashboard (headline values in the HTML), hashed packs listed in the manifest, precompressed files, snapshots as
 * SVG, PNG and data: variants, the gallery and a quality page that lists every rejected row. Two builds from cold
 * caches are byte-identical. A failing source, the micro-data guard and a failure at the last step leave the
 * previous site as it was.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateHouseholds, householdsToCsv } from '@satata/semarang';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, build } from '../../packages/publish/src/build/build.ts';
import { jakartaDate, MicrodataError, SourceError } from '../../packages/publish/src/build/sources.ts';
import { defaultView, listFiles, NOW, read, sampleConfig, tempDir, writeConfig } from './support.ts';

/** One good row and three bad ones (unknown region, not a number, a negative denominator). */
const BAD_CSV = `indikator,wilayah,periode,nilai,numerator,denominator
IKU-IPM,33.74,2018,82.72,,
IKU-IPM,99.99,2023,84.1,,
IKU-TPT,33.74,2023,abc,,
KES-03,33.74.01.1001,2023,2.1,3,-140
`;

let dir: string;
let first: BuildResult;
let site: string;

function withBadRows(d: string) {
  writeFileSync(join(d, 'tambahan.csv'), BAD_CSV);
  return sampleConfig({
    observations: [...sampleConfig().observations, { id: 'tambahan', kind: 'csv', path: 'tambahan.csv' }],
  });
}

beforeAll(async () => {
  dir = tempDir('build');
  first = await build(writeConfig(dir, withBadRows(dir)), { now: NOW });
  site = realpathSync(first.output);
});

const htmlFiles = () => listFiles(site).filter((f) => f.endsWith('.html'));

describe('the README example (packages/publish/examples/build-and-serve.ts)', () => {
  it('builds (nothing changed: no file rewritten), serves with the CSP and returns the dashboard', async () => {
    const { buildAndServe } = await import('../../packages/publish/examples/build-and-serve.ts');
    const seen = await buildAndServe(join(dir, 'satata.config.json'), { now: NOW });
    expect(seen.result.id).toBe(first.id);
    expect(seen.status).toBe(200);
    expect(seen.csp).toContain("script-src 'self'");
    expect(seen.html).toContain('data-satata-indicator=');
    // The README shows the example's lines as they are in the file.
    const readme = readFileSync(join(import.meta.dirname, '../../packages/publish/README.md'), 'utf8');
    const example = readFileSync(
      join(import.meta.dirname, '../../packages/publish/examples/build-and-serve.ts'),
      'utf8',
    );
    for (const line of [
      'const result = await build(config, options);',
      'console.log(result.id, result.files, result.requests); // build id, files written, { downloaded, revalidated }',
      'const { url, close } = await serveSite(result.output, { port: 0 });',
    ]) {
      expect(example).toContain(line);
      expect(readme).toContain(line);
    }
  });
});

describe('satata build', () => {
  it('pre-renders the dashboard: every headline value of the default view is in the HTML', () => {
    const { html, view } = defaultView(site);
    expect(view.headline.length).toBeGreaterThanOrEqual(4);
    for (const card of view.headline) {
      expect(html, card.indikator).toContain(`data-satata-indicator="${card.indikator}"`);
      expect(html).toContain(card.nilai.teks.id.replace(/&/g, '&amp;'));
      expect(html).toContain(card.capaianTeks.id);
      if (card.kategoriLabel) expect(html).toContain(card.kategoriLabel.id);
    }
    // The observations are not in the page, nor in its scripts.
    expect(html.length).toBeLessThan(120_000);
    // The modules load after the first paint, through the start script (zod's jitless switch first).
    expect(html).toMatch(
      /<script defer src="assets\/mulai\.[0-9a-f]+\.js" data-modules="assets\/tanpa-eval\.[0-9a-f]+\.js assets\/[^"]+\.js" data-preload="[^"]*">/,
    );
    expect(html).not.toContain('rel="modulepreload"');
  });

  it('each headline card says when its data was last updated; a row without a date of its own takes its source’s', () => {
    const { html, manifest, view } = defaultView(site);
    for (const card of view.headline) {
      expect(card.kesegaran.diperbarui, card.indikator).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(card.kesegaran.teks.id).toContain('diperbarui ');
      expect(card.kesegaran.teks.en).toContain('updated ');
      expect(html).toContain(card.kesegaran.teks.id);
    }
    // IKU-IPM's 2025 row of the sample has no `diperbarui`: its card shows the sample source's date.
    const ipm = view.headline.find((c: { indikator: string }) => c.indikator === 'IKU-IPM');
    const sample = manifest.sources.find((p: { id: string }) => p.id === 'sampel');
    expect(ipm.kesegaran.periodeTerakhir).toBe('2025');
    expect(ipm.kesegaran.diperbarui).toBe(jakartaDate(sample.lastModified ?? sample.fetchedAt));
  });

  it('writes no inline style or script anywhere (strict CSP)', () => {
    for (const f of htmlFiles()) {
      const text = read(site, f);
      expect(text, f).not.toMatch(/\sstyle=/);
      expect(text, f).not.toMatch(/<style/);
      for (const m of text.matchAll(/<script\b([^>]*)>/g)) {
        expect(m[1], f).toMatch(/\bsrc=|type="application\/json"/);
      }
    }
  });

  it('lists every file in the manifest with its hash; hashed names match their content', () => {
    const manifest = JSON.parse(read(site, 'manifest.json'));
    const files = listFiles(site).filter((f) => !/\.(br|gz)$/.test(f) && f !== 'manifest.json');
    expect(Object.keys(manifest.files).sort()).toEqual(files);
    for (const f of files) {
      const hash = createHash('sha256')
        .update(readFileSync(join(site, f)))
        .digest('hex');
      expect(manifest.files[f], f).toBe(hash);
      const named = /\.([0-9a-f]{10})\.[a-z]+$/.exec(f);
      if (named) expect(hash.startsWith(named[1]!), f).toBe(true);
    }
    expect(manifest.schemaVersion).toBe(1);
    expect(manifest.sources.map((s: { id: string }) => s.id)).toEqual(['katalog', 'sampel', 'tambahan']);
  });

  it('precompresses pages, styles, scripts and packs', () => {
    for (const f of ['index.html', 'galeri.html', 'kualitas.html']) {
      expect(existsSync(join(site, `${f}.br`)), f).toBe(true);
      expect(existsSync(join(site, `${f}.gz`)), f).toBe(true);
    }
    const js = listFiles(site).filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(2);
    for (const f of js)
      if (readFileSync(join(site, f)).byteLength > 1000) expect(existsSync(join(site, `${f}.br`))).toBe(true);
  });

  it('writes a snapshot per IKU: card and trend as SVG and PNG, alt text, a data table, a live link, and a data: variant', () => {
    const page = read(site, 'cuplikan/IKU-IPM/index.html');
    expect(page).toMatch(
      /<img class="satata-snap__img" src="\.\.\/\.\.\/assets\/cuplikan\/IKU-IPM-tren-id\.[0-9a-f]{10}\.png"/,
    );
    expect(page).toMatch(/alt="[^"]*Indeks Pembangunan Manusia[^"]*"/);
    expect(page).toContain('<details><summary>Tabel data</summary>');
    expect(page).toContain('href="../../index.html"');
    const png = listFiles(site).find((f) => /IKU-IPM-tren-id\.[0-9a-f]{10}\.png$/.test(f))!;
    expect(readFileSync(join(site, png)).subarray(1, 4).toString()).toBe('PNG');
    expect(listFiles(site).some((f) => /IKU-IPM-tren-id\.[0-9a-f]{10}\.svg$/.test(f))).toBe(true);
    const data = read(site, 'cuplikan/IKU-IPM/id.data.html');
    expect(data).toContain('src="data:image/svg+xml;base64,');
    expect(data).not.toMatch(/src="(?!data:)/);
    expect(read(site, 'cuplikan/IKU-IPM/en.html')).toContain('See the interactive view');
    expect(read(site, 'cuplikan/kartu-kinerja/index.html')).toContain('data-satata-snapshot="scorecard"');
  });

  it('has a gallery of every IKU with copy-ready snippets', () => {
    const g = read(site, 'galeri.html');
    const manifest = JSON.parse(read(site, 'manifest.json'));
    const catalog = JSON.parse(read(site, manifest.packs.catalog));
    for (const ind of catalog.indikator) expect(g, ind.kode).toContain(`id="${ind.kode}"`);
    expect(g).toContain('<textarea readonly');
    expect(g).toContain('&lt;article class=&quot;satata-snap&quot;');
  });

  it('lists every rejected row on the quality page, with its source, row, field and what was expected', () => {
    const q = read(site, 'kualitas.html');
    const report = JSON.parse(read(site, JSON.parse(read(site, 'manifest.json')).packs.quality));
    const rejected = report.issues.filter((i: { source: string }) => i.source === 'tambahan');
    expect(rejected.length).toBeGreaterThanOrEqual(3);
    for (const i of rejected) {
      expect(q).toContain(`<td>${i.source}</td><td class="satata-snap__num">${i.row + 1}</td>`);
    }
    expect(q).toContain('99.99');
    expect(q).toContain('data-satata-source="tambahan"');
    expect(first.issues).toBeGreaterThanOrEqual(3);
  });

  it('is deterministic: a second build from a cold cache writes byte-identical files', async () => {
    const dir2 = tempDir('build2');
    const second = await build(writeConfig(dir2, withBadRows(dir2)), { now: NOW });
    expect(second.id).toBe(first.id);
    const other = realpathSync(second.output);
    const files = listFiles(site);
    expect(listFiles(other)).toEqual(files);
    for (const f of files) {
      expect(readFileSync(join(other, f)).equals(readFileSync(join(site, f))), f).toBe(true);
    }
  });

  it('does nothing when nothing changed', async () => {
    const again = await build(join(dir, 'satata.config.json'), { now: NOW });
    expect(again.unchanged).toBe(true);
    expect(again.id).toBe(first.id);
    expect(again.ms).toBeLessThan(3000);
  });
});

describe('a failed build leaves the previous site in place', () => {
  const unchanged = () => {
    expect(realpathSync(first.output)).toBe(site);
    expect(existsSync(join(site, 'index.html'))).toBe(true);
  };

  it('names a missing source and its reason', async () => {
    const config = writeConfig(dir, {
      ...withBadRows(dir),
      observations: [{ id: 'hilang', kind: 'csv', path: 'tidak-ada.csv' }],
    });
    const e = await build(config, { now: NOW }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(SourceError);
    expect((e as SourceError).source).toBe('hilang');
    expect((e as Error).message).toMatch(/Sumber "hilang" gagal: .*tidak-ada\.csv tidak ada/);
    unchanged();
  });

  it('refuses a household table wired in by mistake (micro-data guard)', async () => {
    writeFileSync(join(dir, 'rumah-tangga.csv'), householdsToCsv(generateHouseholds({ households: 200 })));
    const config = writeConfig(dir, {
      ...withBadRows(dir),
      observations: [...withBadRows(dir).observations, { id: 'dtks', kind: 'csv', path: 'rumah-tangga.csv' }],
    });
    const e = await build(config, { now: NOW }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(MicrodataError);
    expect((e as Error).message).toMatch(/Penjaga mikrodata menolak "dtks": .*id_rt/);
    unchanged();
  });

  it('refuses an open aggregate with a small cell that is not suppressed', async () => {
    writeFileSync(
      join(dir, 'peta.csv'),
      'indikator,wilayah,periode,nilai,numerator,denominator\nIKU-KMS-REG,33.74.01.1001,2023,3.2,4,125\n',
    );
    const config = writeConfig(dir, {
      ...withBadRows(dir),
      observations: [...withBadRows(dir).observations, { id: 'peta', kind: 'csv', path: 'peta.csv' }],
    });
    const e = await build(config, { now: NOW }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(MicrodataError);
    expect((e as Error).message).toMatch(
      /agregat peta IKU-KMS-REG.*numerator: 4 di bawah ambang sel kecil 10/,
    );
    unchanged();
  });

  it('keeps the site when the build fails at its last step, before the swap', async () => {
    const config = writeConfig(dir, withBadRows(dir));
    const later = () => new Date(Date.UTC(2026, 3, 1, 8, 0, 0)); // another day: a real rebuild
    const e = await build(config, {
      now: later,
      beforeSwap: () => {
        throw new Error('disk penuh');
      },
    }).catch((x: unknown) => x);
    expect((e as Error).message).toBe('disk penuh');
    unchanged();
  });
});
