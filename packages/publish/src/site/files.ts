/**
 * The files of a site being built, in memory until the build has succeeded: each by its path in the site. A
 * content-hashed name (`trend.3f9a0c12de.svg`) makes a file immutable for caches; the manifest lists every file
 * with its SHA-256.
 */
import { createHash } from 'node:crypto';

/** SHA-256 of bytes or text, hex. */
export function contentHash(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The hash part of hashed file names: the first 10 hex digits of the SHA-256. */
export const HASH_LENGTH = 10;

/** A file name with a hash before its extension: `name.<hash>.<ext>`. */
export function hashedName(name: string, ext: string, content: Uint8Array | string): string {
  return `${name}.${contentHash(content).slice(0, HASH_LENGTH)}.${ext}`;
}

/** Whether a site path is content-hashed (cacheable for ever). */
export function isHashedPath(path: string): boolean {
  return (
    new RegExp(`\\.[0-9a-f]{${HASH_LENGTH}}\\.[a-z0-9]+$`).test(path) ||
    /(^|\/)assets\/[^/]+-[A-Za-z0-9_-]{8}\.js$/.test(path)
  );
}

/** The site's files, path → bytes. */
export class SiteFiles {
  readonly #files = new Map<string, Uint8Array>();

  /** Add a file at `path` (relative, `/`-separated); a path given twice with other bytes is a bug. */
  add(path: string, content: Uint8Array | string): string {
    if (path.startsWith('/') || path.split('/').includes('..'))
      throw new Error(`jalur berkas situs tidak sah: ${path}`);
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    const kept = this.#files.get(path);
    if (kept && contentHash(kept) !== contentHash(bytes))
      throw new Error(`berkas situs ${path} ditulis dua kali`);
    this.#files.set(path, bytes);
    return path;
  }

  /** Add a file under `dir` with a hashed name; returns its path. */
  addHashed(dir: string, name: string, ext: string, content: Uint8Array | string): string {
    return this.add(`${dir ? `${dir}/` : ''}${hashedName(name, ext, content)}`, content);
  }

  get(path: string): Uint8Array | undefined {
    return this.#files.get(path);
  }

  /** Every path, sorted (the order files are written and listed in). */
  paths(): string[] {
    return [...this.#files.keys()].sort();
  }

  get size(): number {
    return this.#files.size;
  }
}

/** A JSON file's bytes: stable, compact, UTF-8. */
export function jsonBytes(value: unknown): string {
  return JSON.stringify(value);
}

/** The relative URL from a page at `from` to the site path `to` (both site paths). */
export function relativeUrl(from: string, to: string): string {
  const depth = from.split('/').length - 1;
  return `${'../'.repeat(depth)}${to}` || './';
}
