import { useCallback, useEffect, useRef, useState } from 'react';
import {
  type DashboardState,
  DEFAULT_STATE,
  dashboardQuery,
  type ParsedQuery,
  parseDashboardQuery,
  type QueryBounds,
  sameState,
} from './url-state.ts';

/** The URL-bound filters, the problems found in the URL, and a setter that pushes a history entry. */
export interface UrlState {
  readonly state: DashboardState;
  readonly problems: ParsedQuery['problems'];
  /** Change filters: pushes a new history entry (so Back undoes it) unless nothing changed. */
  readonly update: (change: Partial<DashboardState>) => void;
}

/**
 * Keep the dashboard filters in `location.search`: read on mount and on every `popstate` (back/forward), write
 * with `history.pushState` on change. The path and hash are kept, so the app works under any base path.
 */
export function useUrlState(
  bounds: QueryBounds,
  { hydrating = false }: { hydrating?: boolean } = {},
): UrlState {
  const read = useCallback(() => parseDashboardQuery(window.location.search, bounds), [bounds]);
  // Hydrating server-rendered HTML (or rendering on the server): the default filters first, as the server did;
  // the effect below reads the URL right after.
  const [parsed, setParsed] = useState<ParsedQuery>(() =>
    hydrating || typeof window === 'undefined' ? { state: DEFAULT_STATE, problems: [] } : read(),
  );

  useEffect(() => {
    // Re-read only when the URL says something else than the state (no needless re-render on mount).
    const sync = () =>
      setParsed((prev) => {
        const next = read();
        return sameState(next.state, prev.state) && next.problems.length === prev.problems.length
          ? prev
          : next;
      });
    window.addEventListener('popstate', sync);
    sync();
    return () => window.removeEventListener('popstate', sync);
  }, [read]);

  const current = useRef(parsed);
  current.current = parsed;
  const update = useCallback((change: Partial<DashboardState>) => {
    const prev = current.current;
    const next: DashboardState = { ...prev.state, ...change };
    if (sameState(next, prev.state) && prev.problems.length === 0) return;
    const { pathname, search, hash } = window.location;
    window.history.pushState(null, '', `${pathname}${dashboardQuery(next, search)}${hash}`);
    const value = { state: next, problems: [] };
    current.current = value;
    setParsed(value);
  }, []);

  return { state: parsed.state, problems: parsed.problems, update };
}
