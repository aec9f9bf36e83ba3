/**
 * The writing half of `satata build`: run the engine over the loaded sources and write the site — data packs,
 * the pre-rendered dashboard, the no-JavaScript snapshots (SVG, PNG, `data:` variants), the gallery, the
 * provenance and quality page and `manifest.json` — then swap it in. `build.ts` loads this module only when
 * something changed: it brings React's server renderer, the components, ECharts and the rasteriser, which a
 * rebuild with nothing changed does not need (loading them is most of a fresh process's time).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Locale, textsFor } from '@satata/core';
import { completeYear } from '@satata/dashboard/src/model.ts';
import { buildTrends } from '@satata/dashboard/src/view.ts';
import { SATATA_CSS } from '@satata/react';
import type { LoadedConfig } from '../config/load.ts';
import { dashboardPage } from '../pages/dashboard.tsx';
import { type GalleryItem, galleryBody, PAGE_CSS } from '../pages/gallery.ts';
import { page } from '../pages/html.ts';
import { qualityBody } from '../pages/quality.ts';
import { START_SCRIPT } from '../pages/start-script.ts';
import { contentHash, jsonBytes, relativeUrl, SiteFiles } from '../site/files.ts';
import { writeSite } from '../site/write.ts';
import {
  cardFragment,
  type SnapshotImage,
  SPARKLINE_SIZE,
  scorecardFragment,
  sparklineSvg,
  TREND_SIZE,
  trendFragment,
  trendSvg,
} from '../snapshot/card.ts';
import { SNAPSHOT_CSS } from '../snapshot/css.ts';
import { MAP_SIZE, mapFragment, mapSnapshot, mapSvg } from '../snapshot/map.ts';
import { createRasteriser } from '../snapshot/raster.ts';
import { addClientFiles } from './client.ts';
import { computeSite } from './compute.ts';
import { MANIFEST_VERSION } from './manifest-version.ts';
import { writePacks } from './packs.ts';
import type { RegionPack } from './region.ts';
import type { LoadedSources } from './sources.ts';

/** What {@link renderSite} needs. */
export interface RenderInput {
  readonly loaded: LoadedConfig;
  readonly sources: LoadedSources;
  readonly region: RegionPack;
  /** "Today" of the figures (Asia/Jakarta date). */
  readonly asOf: string;
  /** The dashboard app's build folder. */
  readonly dist: string;
  /** The region pack's boundaries (TopoJSON), when the config has a map. */
  readonly topology: unknown;
  readonly beforeSwap?: ((folder: string) => void) | undefined;
}

/** What {@link renderSite} wrote. */
export interface Rendered {
  readonly folder: string;
  readonly id: string;
  readonly files: number;
  readonly issues: number;
}

/** Compute and write the site, and make it live. */
export function renderSite({
  loaded,
  sources,
  region,
  asOf,
  dist,
  topology,
  beforeSwap,
}: RenderInput): Rendered {
  const { config: c } = loaded;
  const site = computeSite(sources, { region, asOf, maps: c.maps.map((m) => m.indikator) });
  const locales = c.locales as readonly Locale[];
  const locale = locales[0] ?? 'id';
  const files = new SiteFiles();

  // Styles and the client.
  const appCss = files.addHashed(
    'assets',
    'satata',
    'css',
    `${SATATA_CSS}\n${readFileSync(join(dist, '..', 'src', 'dashboard.css'), 'utf8')}`,
  );
  const snapCss = files.addHashed('assets', 'cuplikan', 'css', `${SNAPSHOT_CSS}${PAGE_CSS}`);
  const client = addClientFiles(files, dist);
  // Zod's jitless switch, set before the page's module graph evaluates: some schemas parse while their modules
  // load, before any entry code could call zod's config, and the probe for \`new Function\` is a CSP violation.
  // A module script of its own runs to its end before the next one starts.
  const noEval = files.addHashed(
    'assets',
    'tanpa-eval',
    'js',
    '(globalThis.__zod_globalConfig ??= {}).jitless = true;\n',
  );

  // The dashboard's modules load after its first paint (the values are in the HTML already).
  const start = files.addHashed('assets', 'mulai', 'js', START_SCRIPT);

  // Data packs (the micro-data guard runs on every table before it is added).
  const packs = writePacks(files, site, sources.provenance, locales, c.privacy, topology);

  // Absolute URLs for snippets other sites copy: the config's base URL, or site-root paths.
  const base = c.baseUrl ? c.baseUrl.replace(/\/+$/, '') : '';
  const abs = (path: string) => `${base}/${path}`;

  // Snapshots: per IKU (card with sparkline, trend), per locale; images hashed under assets/cuplikan.
  const raster = createRasteriser(join(loaded.cache, 'png'));
  const defaultView = site.views.get(site.defaultView)!;
  const cards = new Map(
    site.catalog.indikator.map((ind) => {
      const fromView = defaultView.headline.find((m) => m.indikator === ind.kode);
      return [ind.kode, fromView] as const;
    }),
  );
  // Every IKU's card as of the default view: the scorecard rows hold them (the latest complete year).
  const scorecard = site.scorecards.get(defaultView.scorecardTahun)!;
  for (const row of scorecard.rows)
    if (!cards.get(row.model.indikator)) cards.set(row.model.indikator, row.model);
  const trends = new Map(
    buildTrends(
      site.data,
      { ...site.shell, headline: site.catalog.indikator.map((i) => i.kode) },
      Infinity,
    ).map((t) => [t.indikator, t] as const),
  );
  const gallery: GalleryItem[] = [];
  const image = (name: string, svg: string, size: { width: number; height: number }) => {
    const svgPath = files.addHashed('assets/cuplikan', name, 'svg', svg);
    const pngPath = files.addHashed('assets/cuplikan', name, 'png', raster(svg));
    return { svgPath, pngPath, svg, size };
  };
  for (const lc of locales) {
    for (const ind of site.catalog.indikator) {
      const card = cards.get(ind.kode);
      const trend = trends.get(ind.kode);
      if (!card) continue;
      const dir = `cuplikan/${ind.kode.replace(/[^A-Za-z0-9-]/g, '_')}`;
      const pagePath = `${dir}/${lc === locale ? 'index' : lc}.html`;
      const spark = sparklineSvg(card, lc);
      const sparkImg = spark ? image(`${ind.kode}-sparkline-${lc}`, spark, SPARKLINE_SIZE) : null;
      const trendImg = trend ? image(`${ind.kode}-tren-${lc}`, trendSvg(trend, lc), TREND_SIZE) : null;
      const at = (from: string, img: typeof sparkImg, kind: 'rel' | 'abs' | 'data'): SnapshotImage | null =>
        img
          ? {
              src:
                kind === 'rel'
                  ? relativeUrl(from, img.pngPath)
                  : kind === 'abs'
                    ? abs(img.pngPath)
                    : `data:image/svg+xml;base64,${Buffer.from(img.svg).toString('base64')}`,
              ...img.size,
            }
          : null;
      const fragment = (from: string, kind: 'rel' | 'abs' | 'data', live: string) =>
        cardFragment(card, lc, { sparkline: at(from, sparkImg, kind), liveHref: live }) +
        (trend && trendImg
          ? trendFragment(trend, lc, { chart: at(from, trendImg, kind)!, liveHref: live })
          : '');
      const liveRel = relativeUrl(pagePath, 'index.html');
      const body = `<main class="satata-page">${fragment(pagePath, 'rel', liveRel)}</main>`;
      files.add(
        pagePath,
        page({ lang: lc, title: card.nama[lc], styles: [relativeUrl(pagePath, snapCss)], body }),
      );
      const snippet = fragment('', 'abs', abs('index.html'));
      const snippetData = fragment('', 'data', abs('index.html'));
      files.add(`${dir}/${lc}.fragment.html`, snippet);
      files.add(`${dir}/${lc}.data.html`, snippetData);
      if (lc === locale) {
        gallery.push({
          kode: ind.kode,
          nama: card.nama[lc],
          pageHref: pagePath,
          preview: cardFragment(card, lc, {
            sparkline: at('galeri.html', sparkImg, 'rel'),
            liveHref: 'index.html',
          }),
          snippet,
          dataHref: `${dir}/${lc}.data.html`,
        });
      }
    }
    // The scorecard snapshot.
    const scPath = `cuplikan/kartu-kinerja/${lc === locale ? 'index' : lc}.html`;
    files.add(
      scPath,
      page({
        lang: lc,
        title: textsFor(lc).publish.scorecardTitle(defaultView.scorecardTahun),
        styles: [relativeUrl(scPath, snapCss)],
        body: `<main class="satata-page">${scorecardFragment(scorecard, lc, defaultView.scorecardTahun, relativeUrl(scPath, 'index.html'))}</main>`,
      }),
    );
  }

  // The map snapshot: every kelurahan in the last complete year of the default view, per locale.
  const area = site.shell.areaName;
  const boundaries = topology && site.mapSection ? region.boundaries(topology) : null;
  const mapShot =
    boundaries && site.mapSection
      ? mapSnapshot(
          site.mapSection,
          boundaries.kecamatan,
          boundaries.kelurahan,
          String(completeYear(defaultView.period)),
        )
      : null;
  if (mapShot) {
    const credit = {
      text: `${region.boundaryCredit.credit} (${region.boundaryCredit.licence})`,
      href: region.boundaryCredit.href,
    };
    for (const lc of locales) {
      const dir = 'cuplikan/peta';
      const pagePath = `${dir}/${lc === locale ? 'index' : lc}.html`;
      const svg = mapSvg(mapShot, lc);
      const img = image(`peta-${mapShot.vm.indikator}-${lc}`, svg, MAP_SIZE);
      const chart = (from: string, kind: 'rel' | 'abs' | 'data') => ({
        src:
          kind === 'rel'
            ? relativeUrl(from, img.pngPath)
            : kind === 'abs'
              ? abs(img.pngPath)
              : `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
        ...MAP_SIZE,
      });
      const fragment = (from: string, kind: 'rel' | 'abs' | 'data', liveHref: string) =>
        mapFragment(mapShot, lc, { chart: chart(from, kind), liveHref, area, credit });
      const title = textsFor(lc).publish.mapTitle(mapShot.vm.nama[lc]);
      files.add(
        pagePath,
        page({
          lang: lc,
          title,
          styles: [relativeUrl(pagePath, snapCss)],
          body: `<main class="satata-page">${fragment(pagePath, 'rel', relativeUrl(pagePath, 'index.html'))}</main>`,
        }),
      );
      const snippet = fragment('', 'abs', abs('index.html'));
      files.add(`${dir}/${lc}.fragment.html`, snippet);
      files.add(`${dir}/${lc}.data.html`, fragment('', 'data', abs('index.html')));
      if (lc === locale) {
        gallery.push({
          kode: 'peta',
          nama: title,
          pageHref: pagePath,
          preview: fragment('galeri.html', 'rel', 'index.html'),
          snippet,
          dataHref: `${dir}/${lc}.data.html`,
        });
      }
    }
  }

  // The gallery and the provenance and quality page.
  files.add(
    'galeri.html',
    page({
      lang: locale,
      title: textsFor(locale).publish.galleryTitle(area),
      styles: [snapCss],
      body: galleryBody(gallery, locale, { area, cssUrl: abs(snapCss), dashboardHref: 'index.html' }),
    }),
  );
  files.add(
    'kualitas.html',
    page({
      lang: locale,
      title: textsFor(locale).publish.provenanceTitle(area),
      styles: [snapCss],
      body: qualityBody(sources.provenance, site.data.issues, locale, { area, dashboardHref: 'index.html' }),
    }),
  );

  // The dashboard, pre-rendered over the default view.
  files.add(
    'index.html',
    dashboardPage({
      index: packs.indexValue,
      indexUrl: packs.index,
      viewUrl: `data/${packs.indexValue.views[site.defaultView]}`,
      view: defaultView,
      locale,
      styles: [appCss],
      start: { script: start, modules: [noEval, client.entry], preload: client.preload },
      galleryHref: 'galeri.html',
    }),
  );

  // The manifest: every file with its hash, the packs, the sources.
  const manifest = {
    schemaVersion: MANIFEST_VERSION,
    packSchemaVersion: packs.indexValue.schemaVersion,
    asOf,
    locales,
    frameAncestors: c.frameAncestors,
    dashboard: 'index.html',
    gallery: 'galeri.html',
    quality: 'kualitas.html',
    packs: {
      index: packs.index,
      catalog: packs.catalog,
      results: packs.results,
      maps: packs.maps,
      map: packs.map,
      provenance: packs.provenance,
      quality: packs.qualityReport,
    },
    sources: sources.provenance,
    files: Object.fromEntries(files.paths().map((p) => [p, contentHash(files.get(p)!)])),
  };
  const manifestText = jsonBytes(manifest);
  files.add('manifest.json', manifestText);
  const id = contentHash(manifestText).slice(0, 16);
  const folder = writeSite(files, loaded.output, id, beforeSwap ? { beforeSwap } : {});
  return { folder, id, files: files.size, issues: site.data.issues.length };
}
