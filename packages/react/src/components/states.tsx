import type { ErrorKind } from '@satata/core';
import type { ReactNode } from 'react';
import { useMessages } from '../context.tsx';
import { ClockIcon, InfoIcon } from './icons.tsx';

/** Placeholder lines, each with its width class in the stylesheet (`satata-skeleton__line--1` … `--6`). */
const LINES = [1, 2, 3, 4, 5, 6] as const;

/** Props of {@link LoadingSkeleton}. */
export interface LoadingSkeletonProps {
  /** Number of placeholder lines, 1–6 (default 3). */
  readonly lines?: number;
  /** Height of a chart placeholder below the lines, in px (none when omitted). */
  readonly chartHeight?: number;
}

/** A loading skeleton: grey bars in the widget's shape, announced politely as "Memuat data…". */
export function LoadingSkeleton({ lines = 3, chartHeight }: LoadingSkeletonProps): ReactNode {
  const m = useMessages();
  return (
    <div
      className="satata-skeleton"
      role="status"
      aria-live="polite"
      aria-busy="true"
      data-satata-state="loading"
    >
      <span className="satata-visually-hidden">{m.loading}</span>
      {LINES.slice(0, Math.max(1, Math.min(lines, LINES.length))).map((n) => (
        <span key={n} aria-hidden="true" className={`satata-skeleton__line--${n}`} />
      ))}
      {chartHeight ? (
        <span aria-hidden="true" className="satata-skeleton__chart" data-satata-height={chartHeight} />
      ) : null}
    </div>
  );
}

/** Props of {@link ErrorState}. */
export interface ErrorStateProps {
  readonly error: unknown;
  /** Called by the "Coba lagi" button; no button when omitted. */
  readonly onRetry?: () => void;
  readonly title?: string;
  /**
   * What failed (default `load`): loading data, or drawing the widget (`render`, as in an error boundary). Decides
   * the explanation of an error that is not one of the data client's kinds.
   */
  readonly during?: 'load' | 'render';
}

/** The message of any thrown value, as text. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : String(error);
}

const DATA_ERROR_KINDS = new Set<ErrorKind>(['network', 'timeout', 'http', 'ckan', 'schema', 'abort']);

/**
 * The kind of failure an error state explains: the `kind` of a data-client error (`DataError` of `@satata/data`,
 * read by shape, so an error from another copy of the package is recognised too), else what was going on.
 */
export function errorKind(error: unknown, during: 'load' | 'render' = 'load'): ErrorKind {
  const kind = typeof error === 'object' && error !== null ? (error as { kind?: unknown }).kind : undefined;
  return typeof kind === 'string' && DATA_ERROR_KINDS.has(kind as ErrorKind) ? (kind as ErrorKind) : during;
}

/** The technical detail of an error: its name and message (a data-client error's message names request and answer). */
export function errorDetail(error: unknown): string {
  const message = errorMessage(error);
  return error instanceof Error && error.name && error.name !== 'Error'
    ? `${error.name}: ${message}`
    : message;
}

/**
 * An error with a retry button; `role="alert"` so it is announced. The reader gets a sentence in their language
 * on what happened and what to do (by the error's kind); the technical message (such as "Cannot read properties
 * of null") is kept behind a "Rincian teknis" disclosure, for whoever reports the problem.
 */
export function ErrorState({ error, onRetry, title, during = 'load' }: ErrorStateProps): ReactNode {
  const m = useMessages();
  const detail = errorDetail(error);
  return (
    <div className="satata-state satata-state--error" role="alert" data-satata-state="error">
      <strong>{title ?? m.errorTitle}</strong>
      <span>{m.errorExplained[errorKind(error, during)]}</span>
      {detail ? (
        <details className="satata-state__details">
          <summary>{m.errorDetails}</summary>
          <code>{detail}</code>
        </details>
      ) : null}
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {m.retry}
        </button>
      ) : null}
    </div>
  );
}

/** The empty state: nothing to show (never a zero). */
export function EmptyState({ children }: { readonly children?: ReactNode }): ReactNode {
  const m = useMessages();
  return (
    <div className="satata-state" data-satata-state="empty">
      <span className="satata-muted">{children ?? m.empty}</span>
    </div>
  );
}

/** The "Data usang" badge, with its explanation as a tooltip and for screen readers. */
export function StaleBadge(): ReactNode {
  const m = useMessages();
  return (
    <span className="satata-badge satata-badge--stale" title={m.staleTitle} data-satata-state="stale">
      <ClockIcon />
      {m.stale}
      <span className="satata-visually-hidden">: {m.staleTitle}</span>
    </span>
  );
}

/** The "ilustratif" badge for generated (not published) figures. */
export function IllustrativeBadge(): ReactNode {
  const m = useMessages();
  return (
    <span className="satata-badge satata-badge--illustrative" title={m.illustrativeTitle}>
      <InfoIcon />
      {m.illustrative}
      <span className="satata-visually-hidden">: {m.illustrativeTitle}</span>
    </span>
  );
}

/** Props of {@link WidgetSkeleton}. */
export interface WidgetSkeletonProps extends LoadingSkeletonProps {
  /**
   * Mark the root `data-satata-rendering="true"` (default true): data is on its way and the widget will change.
   * False for a skeleton shown on its own (documentation).
   */
  readonly busy?: boolean;
}

/** A whole widget's loading state: the skeleton in the widget's frame, as connected widgets show it. */
export function WidgetSkeleton({ busy = true, ...rest }: WidgetSkeletonProps): ReactNode {
  return (
    <div className="satata-widget" data-satata-rendering={busy ? 'true' : undefined}>
      <LoadingSkeleton {...rest} />
    </div>
  );
}
