import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { jsonParseForLargeData } from './vite-json-parse.ts';

/**
 * The executive dashboard, built as a static site with relative asset paths (`base: './'`) so it serves from any
 * path. `bench.html` is a second entry used only by `bench/browser.bench.ts`: the micro-map beside a bare ECharts
 * map of the same geometry, and a 127-card grid. `src/published.tsx` is the
 * published site's entry, which `satata build` copies through `.vite/manifest.json`. Large JSON data is bundled as `JSON.parse` (see
 * `vite-json-parse.ts`).
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [jsonParseForLargeData(), react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    manifest: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        bench: resolve(import.meta.dirname, 'bench.html'),
        // The published site's entry (`satata build` copies it and its chunks, found through the manifest).
        published: resolve(import.meta.dirname, 'src/published.tsx'),
      },
    },
  },
  server: { host: '127.0.0.1' },
});
