import type { QualityReportViewModel } from '@satata/core';
import type { ReactNode } from 'react';
import { useSatata } from '../context.tsx';
import { DataTableView } from './DataTableView.tsx';

/** Props of {@link QualityReportView}. */
export interface QualityReportViewProps {
  /** The report's view model (`buildQualityReportViewModel` of `@satata/core`). */
  readonly model: QualityReportViewModel;
}

/**
 * The full data-quality report: how many issues and rejected rows, then every issue as a table (source, row,
 * indicator, region, period, field, value, what was expected, the kind of problem, what was done), all as text.
 */
export function QualityReportView({ model }: QualityReportViewProps): ReactNode {
  const { locale } = useSatata();
  return (
    <div className="satata-quality" data-satata-quality={model.jumlah}>
      <p className="satata-quality__summary">{model.ringkasan[locale]}</p>
      {model.jumlah > 0 ? <DataTableView table={model.table} /> : null}
    </div>
  );
}
