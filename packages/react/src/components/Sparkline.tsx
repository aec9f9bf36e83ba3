import { sparklineOption } from '@satata/charts';
import type { CardViewModel } from '@satata/core';
import { type ReactNode, useMemo } from 'react';
import { EChart } from '../chart/EChart.tsx';
import { useSatata } from '../context.tsx';

/** Props of {@link Sparkline}. */
export interface SparklineProps {
  readonly model: CardViewModel;
  /** Height in px (default 48). */
  readonly height?: number;
}

/** A card's sparkline (the `sparklineOption` of `@satata/charts`) in the theme's first series colour. */
export function Sparkline({ model, height = 48 }: SparklineProps): ReactNode {
  const { locale, tokens, tooltipMode, messages: m } = useSatata();
  const option = useMemo(
    () => sparklineOption(model, { locale, tooltipMode, color: tokens.series[0], textColor: tokens.fg }),
    [model, locale, tokens, tooltipMode],
  );
  return <EChart option={option} height={height} ariaLabel={`${m.trend}: ${model.nama[locale]}`} />;
}
