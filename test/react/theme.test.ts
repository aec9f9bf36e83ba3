import { SATATA_CSS, THEMES } from '@satata/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../packages/react/src/theme.ts';

describe('themes', () => {
  it('computes WCAG contrast like the specification: black on white is 21:1, #777 on white ≈ 4.48', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    // #777777: channel 119/255 → 0.1845 linear; (1.05) / (0.1845 + 0.05) = 4.478 (WebAIM gives 4.48).
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.478, 2);
  });

  it('is symmetric and between 1 and 21 for any two colours', () => {
    const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
    fc.assert(
      fc.property(hex, hex, (a, b) => {
        const r = contrastRatio(a, b);
        expect(r).toBeGreaterThanOrEqual(1);
        expect(r).toBeLessThanOrEqual(21.0001);
        expect(contrastRatio(b, a)).toBeCloseTo(r, 10);
      }),
    );
  });

  for (const [name, t] of Object.entries(THEMES)) {
    it(`${name}: every text pair meets WCAG AA (4.5:1), graphics 3:1`, () => {
      for (const fg of [t.fg, t.muted, t.accent, t.good, t.bad]) {
        expect(contrastRatio(fg, t.bg)).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(fg, t.surface)).toBeGreaterThanOrEqual(4.5);
      }
      expect(contrastRatio(t.warnFg, t.warnBg)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(t.accentFg, t.accent)).toBeGreaterThanOrEqual(4.5);
      for (const bg of t.toneBg) expect(contrastRatio(t.fg, bg)).toBeGreaterThanOrEqual(4.5);
      for (const edge of t.toneEdge) expect(contrastRatio(edge, t.bg)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(t.focus, t.bg)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(t.border, t.bg)).toBeGreaterThanOrEqual(3);
    });
  }

  it('exports the stylesheet with every theme scoped under .satata-root', () => {
    for (const name of Object.keys(THEMES))
      expect(SATATA_CSS).toContain(`.satata-root[data-satata-theme="${name}"]`);
    expect(SATATA_CSS).not.toMatch(/url\(/);
  });
});
