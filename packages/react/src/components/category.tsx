import type { Bilingual, CategoryScale } from '@satata/core';
import type { ReactNode } from 'react';
import { useSatata } from '../context.tsx';

/** Glyphs of the five category tones, best to worst; shown beside the label, never instead of it. */
export const TONE_ICONS = ['★', '▲', '●', '▼', '✖'] as const;

/**
 * The tone (0 = best … 4 = worst) of a category key: its band's position in the scale, spread over five tones
 * so scales with fewer or more bands still run from best to worst. `null` for an unknown or missing key.
 */
export function categoryTone(scale: CategoryScale, key: string | null): number | null {
  if (key === null) return null;
  const i = scale.bands.findIndex((b) => b.key === key);
  if (i < 0) return null;
  const n = scale.bands.length;
  return n <= 1 ? 0 : Math.round((i * 4) / (n - 1));
}

/** Props of {@link CategoryBadge}. */
export interface CategoryBadgeProps {
  readonly kategori: string | null;
  readonly label: Bilingual | null;
}

/** A category shown by text, icon and colour together (meaning never by colour alone). */
export function CategoryBadge({ kategori, label }: CategoryBadgeProps): ReactNode {
  const { categoryScale, locale, messages: m } = useSatata();
  const tone = categoryTone(categoryScale, kategori);
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
