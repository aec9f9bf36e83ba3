import { SatataProvider, type SatataProviderProps } from '@satata/react';
import { type RenderResult, render } from '@testing-library/react';
import type { ReactNode } from 'react';

/**
 * Render inside a SatataProvider (kept on `rerender`) with a fixed "today" (2025-01-20), so staleness does not
 * depend on the clock.
 */
export function renderWithProvider(ui: ReactNode, props: Partial<SatataProviderProps> = {}): RenderResult {
  return render(ui, {
    wrapper: ({ children }) => (
      <SatataProvider asOf="2025-01-20" {...props}>
        {children}
      </SatataProvider>
    ),
  });
}

/** Wait options for chart painting (ECharts animates for up to a second). */
export const PAINT = { timeout: 5000 } as const;
