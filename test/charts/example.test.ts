import { describe, expect, it } from 'vitest';
import { exampleSvg } from '../../packages/charts/examples/trend-to-svg.ts';

describe('the README example', () => {
  it('renders an SVG that says its numbers are illustrative, in both locales', () => {
    const id = exampleSvg('id');
    expect(id).toMatch(/^<svg role="img"/);
    expect(id).toContain('Data bersifat ilustratif.');
    // capaian 2024 by hand: (2 × 5,5 − 5,7) / 5,5 × 100 = 96,36
    expect(id).toContain('capaian 96,36% (Sangat Tinggi)');
    expect(exampleSvg('en')).toContain('The data is illustrative.');
  });
});
