/**
 * Runnable example (the README's "Programmatic use"): build a site from a config, serve it on 127.0.0.1, read its
 * dashboard's headers, stop.
 *
 *   npx tsx packages/publish/examples/build-and-serve.ts [path/to/satata.config.json]
 *
 * Without an argument it builds the bundled Semarang sample (its numbers are the sample's; see
 * packages/semarang/README.md). The dashboard's client must have been built (`pnpm build:dashboard`).
 */
import { pathToFileURL } from 'node:url';
import { type BuildOptions, build, SAMPLE_CONFIG, serveSite } from '@satata/publish';

/** Build `config`, serve the site on a free port, fetch its dashboard; returns what it saw. */
export async function buildAndServe(config: string, options: BuildOptions = {}) {
  const result = await build(config, options);
  console.log(result.id, result.files, result.requests); // build id, files written, { downloaded, revalidated }
  const { url, close } = await serveSite(result.output, { port: 0 });
  try {
    const res = await fetch(url);
    return {
      result,
      status: res.status,
      csp: res.headers.get('content-security-policy'),
      html: await res.text(),
    };
  } finally {
    await close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const seen = await buildAndServe(process.argv[2] ?? SAMPLE_CONFIG);
  console.log(seen.status, seen.csp);
}
