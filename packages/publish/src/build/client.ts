/**
 * The published dashboard's JavaScript: the `src/published.tsx` entry of the dashboard app's Vite build and every
 * chunk it imports (statically or lazily), found through `.vite/manifest.json` and copied with their own hashed
 * names. The app is built once (`pnpm build:dashboard`), not per site.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SiteFiles } from '../site/files.ts';

/** The dashboard app's build folder. */
export const DASHBOARD_DIST = resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  'apps',
  'dashboard',
  'dist',
);

interface ManifestEntry {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
  readonly css?: readonly string[];
}

/** Site paths of the entry, of what it imports at once (to preload), and of every file copied. */
export interface ClientFiles {
  readonly entry: string;
  readonly preload: readonly string[];
  readonly all: readonly string[];
}

/** Copy the published entry and its chunks from `dist` into `files`. */
export function addClientFiles(files: SiteFiles, dist = DASHBOARD_DIST): ClientFiles {
  const manifestFile = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new Error(
      `${manifestFile} tidak ada: bangun dulu aplikasi dasbor (pnpm build:dashboard), satata build menyalin skrip halamannya`,
    );
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestEntry>;
  const key = 'src/published.tsx';
  const entry = manifest[key];
  if (!entry) throw new Error(`${manifestFile} tidak memuat entri ${key}`);
  const all = new Set<string>();
  const preload = new Set<string>();
  const walk = (k: string, eager: boolean) => {
    const e = manifest[k];
    if (!e) throw new Error(`${manifestFile}: potongan ${k} tidak ada`);
    if (eager) preload.add(e.file);
    if (all.has(e.file)) return;
    all.add(e.file);
    for (const i of e.imports ?? []) walk(i, eager);
    for (const i of e.dynamicImports ?? []) walk(i, false);
  };
  walk(key, true);
  for (const file of all) files.add(file, new Uint8Array(readFileSync(join(dist, file))));
  preload.delete(entry.file);
  return { entry: entry.file, preload: [...preload].sort(), all: [...all].sort() };
}
