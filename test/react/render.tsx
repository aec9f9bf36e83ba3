import { SatataProvider, type SatataProviderProps } from '@satata/react';
import { type RenderResult, render } from '@testing-library/react';
import type { ReactNode } from 'react';

/** Render inside a SatataProvider with a fixed "today" (2025-01-20) and no retries. */
export function renderWithProvider(ui: ReactNode, props: Partial<SatataProviderProps> = {}): RenderResult {
  return render(
    <SatataProvider asOf="2025-01-20" {...props}>
      {ui}
    </SatataProvider>,
  );
}
