/**
 * Write a built site atomically. The files go to a new folder beside the live one (`.<name>.builds/<id>`), each
 * compressible file with its precompressed `.br` and `.gz` beside it; then the live path — a symbolic link — is
 * pointed at the new folder with one `rename`, which replaces the link in a single step. Until then the previous
 * site is served untouched; a build that fails before the swap leaves it as it was. Older build folders are
 * removed, the previous one kept.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { SiteFiles } from './files.ts';

/** Extensions worth precompressing. */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|txt|csv|map|xml)$/;

/** Where the build folders of `output` live. */
export function buildsDir(output: string): string {
  return join(dirname(output), `.${basename(output)}.builds`);
}

/** The build folder `output` points at now, or null. */
export function liveBuild(output: string): string | null {
  try {
    if (!lstatSync(output).isSymbolicLink()) return null;
    return join(dirname(output), readlinkSync(output));
  } catch {
    return null;
  }
}

/** Options of {@link writeSite}. */
export interface WriteSiteOptions {
  /** Called after the files are written and before the swap (tests use it to fail a build at the last step). */
  readonly beforeSwap?: (folder: string) => void;
}

/**
 * Write `files` as build `id` (a content hash: the same site gets the same id) and make it live at `output`.
 * Returns the build folder. A build identical to the live one is not written again.
 */
export function writeSite(
  files: SiteFiles,
  output: string,
  id: string,
  options: WriteSiteOptions = {},
): string {
  const builds = buildsDir(output);
  const folder = join(builds, id);
  const live = liveBuild(output);
  if (existsSync(output) && !lstatSync(output).isSymbolicLink()) {
    throw new Error(
      `${output} sudah ada dan bukan tautan ke folder build satata: pindahkan atau hapus dulu (satata tidak menimpa folder lain)`,
    );
  }
  if (live !== folder || !existsSync(join(folder, 'manifest.json'))) {
    const temp = `${folder}.tmp-${process.pid}`;
    rmSync(temp, { recursive: true, force: true });
    for (const path of files.paths()) {
      const bytes = files.get(path)!;
      const file = join(temp, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, bytes);
      if (COMPRESSIBLE.test(path) && bytes.byteLength > 256) {
        // The best brotli for what a page loads first (pages, styles, scripts, images); a faster level for data
        // packs, which are many and large (quality 11 costs ≈ 1 ms per KB: 18 s over the sample's packs).
        const quality = path.endsWith('.json') ? 6 : 11;
        const br = brotliCompressSync(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: quality,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
          },
        });
        if (br.byteLength < bytes.byteLength) writeFileSync(`${file}.br`, br);
        const gz = gzipSync(bytes, { level: 9 });
        if (gz.byteLength < bytes.byteLength) writeFileSync(`${file}.gz`, gz);
      }
    }
    options.beforeSwap?.(temp);
    rmSync(folder, { recursive: true, force: true });
    renameSync(temp, folder);
  }
  // The swap: a new link beside the live one, renamed over it (rename replaces a link in one step).
  const link = `${output}.link-${process.pid}`;
  rmSync(link, { force: true });
  symlinkSync(join(basename(builds), id), link);
  renameSync(link, output);
  // Keep the live build and the one before; remove older ones.
  for (const name of readdirSync(builds)) {
    const path = join(builds, name);
    if (path === folder || path === live) continue;
    rmSync(path, { recursive: true, force: true });
  }
  return folder;
}
