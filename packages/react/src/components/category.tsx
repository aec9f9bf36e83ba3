import type { Bilingual } from '@satata/core';
import type { ReactNode } from 'react';
import { useSatata } from '../context.tsx';

/** Glyphs of the five category tones, best to worst; shown beside the label, never instead of it. */
export const TONE_ICONS = ['★', '▲', '●', '▼', '✖'] as const;

/** Props of {@link CategoryBadge}. */
export interface CategoryBadgeProps {
  readonly kategori: string | null;
  readonly label: Bilingual | null;
  /**
   * The category's tone, 0 (best band) … 4 (worst), as its view model gives it (`kategoriTone` of a card,
   * `tone` of a distribution bucket: `categoryTone` of `@satata/core` in the scale that applies); null for none.
   */
  readonly tone: number | null;
}

/** A category shown by text, icon and colour together (meaning never by colour alone). */
export function CategoryBadge({ kategori, label, tone }: CategoryBadgeProps): ReactNode {
  const { locale, messages: m } = useSatata();
  return (
    <span
      className={`satata-category ${tone === null ? 'satata-tone-none' : `satata-tone-${tone}`}`}
      data-satata-category={kategori ?? ''}
    >
      <span aria-hidden="true">{tone === null ? '–' : TONE_ICONS[tone]}</span>
      <span className="satata-visually-hidden">{m.category}: </span>
      {label ? label[locale] : m.noData}
    </span>
  );
}
