import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The executive dashboard, built as a static site with relative asset paths (`base: './'`) so it serves from any
 * path. `bench.html` is a second entry used only by `bench/browser.bench.ts`: the micro-map beside a bare ECharts
 * map of the same geometry, and a 127-card grid.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        bench: resolve(import.meta.dirname, 'bench.html'),
      },
    },
  },
  server: { host: '127.0.0.1' },
});
