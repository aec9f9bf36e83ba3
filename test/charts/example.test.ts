import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exampleSvg } from '../../packages/charts/examples/trend-to-svg.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('the README example', () => {
  it('renders an SVG that says its numbers are illustrative, in both locales', () => {
    const id = exampleSvg('id');
    expect(id).toMatch(/^<svg role="img"/);
    expect(id).toContain('Data bersifat ilustratif.');
    // capaian 2024 by hand: (2 × 5,5 − 5,7) / 5,5 × 100 = 96,36
    expect(id).toContain('capaian 96,36% (Sangat Tinggi)');
    expect(exampleSvg('en')).toContain('The data is illustrative.');
  });

  it('runs as the README says and exits on its own (renderToSvg disposes its instance)', () => {
    const run = spawnSync('node_modules/.bin/tsx', ['packages/charts/examples/trend-to-svg.ts', '--en'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^<svg role="img" aria-label="Open unemployment rate \(example\) in Kota Semarang, 2024/,
    );
  }, 70_000);
});
