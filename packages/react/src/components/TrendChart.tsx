import { trendOption } from '@satata/charts';
import type { TrendViewModel } from '@satata/core';
import { type ReactNode, useMemo } from 'react';
import { EChart } from '../chart/EChart.tsx';
import { useSatata } from '../context.tsx';
import { ChartFrame } from './ChartFrame.tsx';
import { RejectedRowsNotice } from './RejectedRows.tsx';
import { IllustrativeBadge } from './states.tsx';

/** Props of {@link TrendChartView}. */
export interface TrendChartViewProps {
  readonly model: TrendViewModel;
  /** Chart height in px (default 300). */
  readonly height?: number;
  /** Controls shown beside the title (e.g. the tahunan/triwulan switch of `TrendChart`). */
  readonly controls?: ReactNode;
  readonly save?: (blob: Blob, filename: string) => void;
}

/**
 * A trend chart from its view model (the `trendOption` of `@satata/charts`): realisation per region against the
 * target line or range band, the dashed projection to the final RPJMD year and marks where a series changes
 * vintage or method — in a {@link ChartFrame} with its text summary, data table and export.
 */
export function TrendChartView({ model, height = 300, controls, save }: TrendChartViewProps): ReactNode {
  const { locale, tokens, tooltipMode } = useSatata();
  const option = useMemo(
    () =>
      trendOption(model, {
        locale,
        tooltipMode,
        title: false,
        textColor: tokens.fg,
        seriesColors: tokens.series,
        targetColor: tokens.muted,
      }),
    [model, locale, tokens, tooltipMode],
  );
  return (
    <ChartFrame
      title={model.nama[locale]}
      summary={model.ringkasan[locale]}
      table={model.table}
      save={save}
      notice={<RejectedRowsNotice rows={model.ditolak} />}
      badges={
        <>
          {model.ilustratif ? <IllustrativeBadge /> : null}
          {controls}
        </>
      }
    >
      <EChart option={option} height={height} ariaLabel={model.ringkasan[locale]} />
    </ChartFrame>
  );
}
