/**
 * The headers every response of a published site carries: the strict Content-Security-Policy (with the site's
 * `frame-ancestors` allow-list), and caching — `immutable` for a year on content-hashed files, revalidation on
 * everything else (pages, the manifest).
 */
import { isHashedPath } from '../site/files.ts';

/** The site's Content-Security-Policy. */
export function contentSecurityPolicy(frameAncestors: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');
}

/** Cache-Control of a site path. */
export function cacheControl(pathname: string): string {
  return isHashedPath(pathname.replace(/^\/+/, ''))
    ? 'public, max-age=31536000, immutable'
    : 'public, max-age=0, must-revalidate';
}
