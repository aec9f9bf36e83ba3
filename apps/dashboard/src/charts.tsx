/**
 * The dashboard's chart-bearing pieces, loaded as a separate chunk after the cards are on screen (ECharts and the
 * option builders are most of the page's script): the category distribution chart, the trend charts and the
 * card sparklines. Each is a library component fed a view model; nothing here computes a rule.
 */
import { distributionOption } from '@satata/charts';
import type { DistributionViewModel, TrendViewModel } from '@satata/core';
import { ChartFrame, EChart, TrendChartView, useSatata } from '@satata/react';
import { type ReactNode, useMemo } from 'react';

export { Sparkline } from '@satata/react';

/** The category distribution of the IKU shown, as a bar chart in a ChartFrame (summary, table, export). */
export function DistributionChart({
  model,
  title,
}: {
  readonly model: DistributionViewModel;
  readonly title: string;
}): ReactNode {
  const { locale, tooltipMode } = useSatata();
  const option = useMemo(
    () => distributionOption(model, { locale, tooltipMode }),
    [model, locale, tooltipMode],
  );
  return (
    <ChartFrame title={title} summary={model.ringkasan[locale]} table={model.table}>
      <EChart option={option} height={260} ariaLabel={model.ringkasan[locale]} />
    </ChartFrame>
  );
}

/** The trend charts of some IKU, in a grid. */
export function TrendCharts({ models }: { readonly models: readonly TrendViewModel[] }): ReactNode {
  return (
    <div className="dash-grid dash-grid--charts">
      {models.map((m) => (
        <TrendChartView key={m.indikator} model={m} height={260} />
      ))}
    </div>
  );
}
