/**
 * A rebuild with nothing changed does nothing: the key of a build's inputs — the config, every source's content
 * hash and validators, "today" (staleness is judged on it), and the code that turns them into a site (the
 * workspace packages' sources and the dashboard's built client) — is kept beside the cache with the build it gave.
 * When the key is the same and that build is still live, the site is already what this build would write.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentHash } from '../site/files.ts';

const ROOT = resolve(import.meta.dirname, '..', '..', '..', '..');

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      if (name === 'node_modules') return [];
      return statSync(p).isDirectory() ? sourceFiles(p) : /\.(ts|tsx|css|json)$/.test(name) ? [p] : [];
    });
}

let codeHash: string | null = null;

/** The hash of the code a build runs (computed once per process). */
export function buildCodeHash(dashboardDist: string): string {
  if (codeHash === null) {
    const h: string[] = [];
    for (const pkg of readdirSync(join(ROOT, 'packages')).sort()) {
      for (const f of sourceFiles(join(ROOT, 'packages', pkg, 'src'))) h.push(contentHash(readFileSync(f)));
    }
    for (const f of sourceFiles(join(ROOT, 'apps', 'dashboard', 'src'))) h.push(contentHash(readFileSync(f)));
    const manifest = join(dashboardDist, '.vite', 'manifest.json');
    if (existsSync(manifest)) h.push(contentHash(readFileSync(manifest)));
    codeHash = contentHash(h.join('\n'));
  }
  return codeHash;
}

/** What the cache keeps about the last build. */
export interface LastBuild {
  readonly key: string;
  readonly id: string;
  readonly files: number;
  readonly issues: number;
}

/** The last build recorded in `cacheDir`, if any. */
export function readLastBuild(cacheDir: string): LastBuild | null {
  try {
    return JSON.parse(readFileSync(join(cacheDir, 'last-build.json'), 'utf8')) as LastBuild;
  } catch {
    return null;
  }
}

/** Record the last build. */
export function writeLastBuild(cacheDir: string, last: LastBuild): void {
  writeFileSync(join(cacheDir, 'last-build.json'), JSON.stringify(last));
}
