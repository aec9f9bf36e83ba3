/**
 * Helpers of the publish tests: a config in a temporary folder over the bundled sample (plus extra sources), a
 * fixed clock, and reading a built site's files.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { SatataConfigInput } from '../../packages/publish/src/config/schema.ts';

export const SAMPLE_DATA = join(import.meta.dirname, '..', '..', 'packages', 'semarang', 'data');

/** A fixed "now": 13 March 2026, 08:00 UTC. */
export const NOW = () => new Date(Date.UTC(2026, 2, 13, 8, 0, 0));

/** A new temporary folder. */
export function tempDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `satata-${name}-`));
}

/** The sample config's content, with absolute data paths, output `site` beside it. */
export function sampleConfig(extra: Partial<SatataConfigInput> = {}): SatataConfigInput {
  return {
    region: 'semarang',
    catalog: { kind: 'json', path: join(SAMPLE_DATA, 'sample-catalog.json') },
    observations: [
      { id: 'sampel', kind: 'json', path: join(SAMPLE_DATA, 'sample-observations.json'), rows: 'observasi' },
    ],
    maps: [{ indikator: 'IKU-KMS-REG' }],
    locales: ['id', 'en'],
    frameAncestors: ["'self'", 'http://127.0.0.1:*'],
    output: 'site',
    ...extra,
  };
}

/** Write a config into `dir`; returns its path. */
export function writeConfig(dir: string, config: SatataConfigInput, name = 'satata.config.json'): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}

/** Every file of a folder (relative paths), sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/** A file of a site as text. */
export const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

/**
 * A built site's dashboard page, manifest, pack index and default view (the latest year's), as JSON (the fields
 * are what the tests read).
 */
export function defaultView(site: string) {
  const html = read(site, 'index.html');
  const manifest = JSON.parse(read(site, 'manifest.json'));
  const index = JSON.parse(read(site, manifest.packs.index));
  const view = JSON.parse(read(site, `data/${index.views[String(index.shell.latestYear)]}`));
  return { html, manifest, index, view };
}
