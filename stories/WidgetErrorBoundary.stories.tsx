import { IndicatorCard, WidgetErrorBoundary } from '@satata/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useState } from 'react';
import { BOUNDARY_STORY_ERROR } from './support/boundary.ts';
import { satata } from './support/provider.tsx';
import { IKU } from './support/sample.ts';

/**
 * A widget whose first render throws (a render bug, not a data error: the kind only an error boundary catches);
 * every later render succeeds, so "Coba lagi" recovers it.
 */
function FailsOnce({ attempts }: { readonly attempts: { count: number } }): ReactNode {
  attempts.count += 1;
  if (attempts.count === 1) throw new Error(BOUNDARY_STORY_ERROR);
  return (
    <p className="satata-widget" data-story-recovered="">
      Widget pulih setelah dicoba lagi.
    </p>
  );
}

/**
 * Three widgets side by side, each in its own `WidgetErrorBoundary`: the middle one throws while rendering. It
 * shows its own error state with "Coba lagi"; the cards beside it render as usual and the page goes on.
 */
function BoundaryGrid(): ReactNode {
  // One counter per mounted story (React may render twice in development; the counter keeps the first failure).
  const [attempts] = useState(() => ({ count: 0 }));
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: 12 }}>
      <WidgetErrorBoundary>
        <IndicatorCard indikator={IKU.positive} size="compact" />
      </WidgetErrorBoundary>
      <div data-story-failing="">
        <WidgetErrorBoundary>
          <FailsOnce attempts={attempts} />
        </WidgetErrorBoundary>
      </div>
      <WidgetErrorBoundary>
        <IndicatorCard indikator={IKU.negative} size="compact" />
      </WidgetErrorBoundary>
    </div>
  );
}

/** Each widget's own error boundary: a render error stays inside its widget, with a retry. */
const meta = {
  title: 'Komponen/WidgetErrorBoundary',
  component: BoundaryGrid,
  decorators: [satata()],
} satisfies Meta<typeof BoundaryGrid>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The middle widget fails; its neighbours do not. Tagged so the browser test expects its one console error. */
export const WidgetGagalTetanggaAman: Story = { tags: ['expected-error'] };
