import { buildCardViewModel } from '@satata/core';
import { ClockIcon, IllustrativeBadge, IndicatorCardView, InfoIcon, StaleBadge } from '@satata/react';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { kemiskinan, kemiskinanResults } from './fixtures.ts';
import { renderWithProvider } from './render.tsx';

afterEach(cleanup);

/**
 * ⓘ (U+24D8) and ⏱ (U+23F1) exist in no font of a plain Debian Chromium (`fc-list ':charset=24d8'` lists none), so
 * they rendered as empty boxes: the card's info button and the badges draw inline SVG instead.
 */
const MISSING_GLYPHS = /[\u24D8\u23F1]/u;

describe('inline SVG icons', () => {
  it('are decorative SVG in currentColor, hidden from assistive technology and not focusable', () => {
    const { container } = render(
      <>
        <InfoIcon />
        <ClockIcon size="20px" />
      </>,
    );
    const svgs = [...container.querySelectorAll('svg')];
    expect(svgs.length).toBe(2);
    for (const svg of svgs) {
      expect(svg.getAttribute('aria-hidden')).toBe('true');
      expect(svg.getAttribute('focusable')).toBe('false');
      expect(svg.getAttribute('stroke')).toBe('currentColor');
      // One path each: a card grid draws hundreds of icons.
      expect([...svg.children].map((c) => c.tagName.toLowerCase())).toEqual(['path']);
    }
    expect(svgs[0]!.getAttribute('width')).toBe('1em');
    expect(svgs[1]!.getAttribute('width')).toBe('20px');
  });

  it('draw the card’s info button, which keeps its accessible name and shows no missing glyph', () => {
    const model = buildCardViewModel(kemiskinan, kemiskinanResults, { asOf: '2025-01-20' });
    const { container } = renderWithProvider(<IndicatorCardView model={model} />);
    const button = screen.getByRole('button', { name: 'Info indikator: Persentase penduduk miskin' });
    expect(button.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    expect(button.textContent).toBe('');
    expect(container.textContent).not.toMatch(MISSING_GLYPHS);
  });

  it('draw the stale and illustrative badges beside their words', () => {
    const { container } = renderWithProvider(
      <>
        <StaleBadge />
        <IllustrativeBadge />
      </>,
    );
    expect(container.querySelectorAll('.satata-badge svg[aria-hidden="true"]').length).toBe(2);
    expect(container.textContent).toContain('Data usang');
    expect(container.textContent).not.toMatch(MISSING_GLYPHS);
  });
});
