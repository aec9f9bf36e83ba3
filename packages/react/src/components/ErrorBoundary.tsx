import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useMessages } from '../context.tsx';
import { ErrorState } from './states.tsx';

/** Props of {@link WidgetErrorBoundary}. */
export interface WidgetErrorBoundaryProps {
  readonly children?: ReactNode;
  /** Called with every caught error (for logging); the error goes no further. */
  readonly onError?: (error: unknown, info: ErrorInfo) => void;
  /** Called when the user presses "Coba lagi", before the widget renders again (e.g. to reset queries). */
  readonly onReset?: () => void;
}

interface State {
  readonly error: unknown;
  readonly failed: boolean;
}

/**
 * Each widget's own error boundary: a render error inside shows that widget's error state with a retry, and
 * never reaches its neighbours or the host page.
 */
export class WidgetErrorBoundary extends Component<WidgetErrorBoundaryProps, State> {
  override state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError?.(error, info);
  }

  private readonly reset = (): void => {
    this.props.onReset?.();
    this.setState({ error: null, failed: false });
  };

  override render(): ReactNode {
    if (this.state.failed) return <BoundaryFallback error={this.state.error} onRetry={this.reset} />;
    return this.props.children;
  }
}

function BoundaryFallback({
  error,
  onRetry,
}: {
  readonly error: unknown;
  readonly onRetry: () => void;
}): ReactNode {
  const m = useMessages();
  return (
    <div className="satata-widget">
      <ErrorState error={error} onRetry={onRetry} title={m.widgetFailed} during="render" />
    </div>
  );
}
