import type { TooltipMode } from '@satata/charts';
import type { Catalog, CategoryScale, EngineOptions, Region, TextCatalog } from '@satata/core';
import { textsFor } from '@satata/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  createContext,
  type ReactNode,
  useContext,
  useInsertionEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { type Messages, messagesFor, type SatataLocale } from './messages.ts';
import type { SatataSources } from './sources.ts';
import { SATATA_CSS } from './styles.ts';
import { type ThemeName, type ThemeTokens, themeTokens } from './theme.ts';

/** What every Satata component reads from its {@link SatataProvider}. */
export interface SatataContextValue {
  readonly locale: SatataLocale;
  /** Every user-facing text of the locale (`textsFor(locale)` of `@satata/core`). */
  readonly texts: TextCatalog;
  /** The components' own words: `texts.react`. */
  readonly messages: Messages;
  readonly theme: ThemeName;
  readonly tokens: ThemeTokens;
  /** How chart tooltips are rendered (see {@link SatataProviderProps.tooltipMode}). */
  readonly tooltipMode: TooltipMode;
  /** The catalog given directly, if any (otherwise `sources.catalog` loads it). */
  readonly catalog: Catalog | undefined;
  readonly sources: SatataSources;
  /**
   * The category scale given to the provider explicitly, if any. Never a default: the scale that applies is
   * `resolveCategoryScale(categoryScale, catalog)` of `@satata/core` with the catalog as loaded (the view-model
   * builders and the hooks resolve it so), so a catalog's own `kategori` is never overridden.
   */
  readonly categoryScale: CategoryScale | undefined;
  readonly engineOptions: EngineOptions;
  /** The region pack's regions (names, levels, parents), for the engine and for display names. */
  readonly regions: readonly Region[] | undefined;
  /** Region names by Kemendagri code. */
  readonly regionNames: Readonly<Record<string, string>>;
  /** "Today" for staleness checks (ISO date or Date); the real clock when not given. */
  readonly asOf: string | Date | undefined;
  /** The region chosen on a map (Kemendagri code) for linked selection, or null. */
  readonly selectedRegion: string | null;
  readonly selectRegion: (kode: string | null) => void;
}

const SatataContext = createContext<SatataContextValue | null>(null);

/** Props of {@link SatataProvider}. */
export interface SatataProviderProps {
  readonly children?: ReactNode;
  /** A TanStack Query client; one is created (and kept for the provider's life) when not given. */
  readonly queryClient?: QueryClient;
  /** Functions the hooks call to load data. Components never fetch by themselves. */
  readonly sources?: SatataSources;
  /** The catalog, when already loaded (takes precedence over `sources.catalog`). */
  readonly catalog?: Catalog;
  /** Display locale, Bahasa Indonesia by default. */
  readonly locale?: SatataLocale;
  readonly theme?: ThemeName;
  /**
   * How chart tooltips are rendered: `html` (default; every data string escaped by `@satata/charts`'
   * `renderTooltip`) or `richText` — ECharts draws the tooltip itself, with no HTML and no inline style, for host
   * pages whose Content-Security-Policy forbids inline styles (`style-src` without `'unsafe-inline'`).
   */
  readonly tooltipMode?: TooltipMode;
  /** Category scale, when it is not the catalog's own (default: the catalog's `kategori`, else Permendagri 86/2017). */
  readonly categoryScale?: CategoryScale;
  readonly engineOptions?: EngineOptions;
  /** The region pack's regions (e.g. `REGIONS` of `@satata/semarang`). */
  readonly regions?: readonly Region[];
  /** "Today" for staleness checks; fixed in stories and tests so output does not depend on the clock. */
  readonly asOf?: string | Date;
  /** Controlled linked selection: the chosen region and its setter. Uncontrolled when omitted. */
  readonly selectedRegion?: string | null;
  readonly onSelectRegion?: (kode: string | null) => void;
  /** The region selected at first when uncontrolled (e.g. from the URL). */
  readonly defaultSelectedRegion?: string | null;
  /**
   * Insert the component stylesheet into `document.head` once (default true). Set false inside a Shadow DOM and
   * adopt `SATATA_CSS` with `adoptedStyleSheets` instead.
   */
  readonly injectStyles?: boolean;
}

const STYLE_ID = 'satata-styles';

/**
 * The root of every Satata widget: a TanStack Query client, the data sources, the catalog, locale, theme,
 * category scale, engine options and the linked region selection. Renders a `div.satata-root` carrying the
 * theme (`data-satata-theme`) and `lang`, under which the CSS custom properties apply.
 */
export function SatataProvider(props: SatataProviderProps): ReactNode {
  // A client of its own only when none is given, created once when first needed (React's lazy ref pattern).
  const ownClient = useRef<QueryClient | null>(null);
  if (!props.queryClient && !ownClient.current) {
    ownClient.current = new QueryClient({
      defaultOptions: { queries: { retry: 1, staleTime: 5 * 60_000, refetchOnWindowFocus: false } },
    });
  }
  const client = props.queryClient ?? (ownClient.current as QueryClient);
  const [ownSelection, setOwnSelection] = useState<string | null>(props.defaultSelectedRegion ?? null);
  const controlled = props.selectedRegion !== undefined;
  const selectedRegion = controlled ? (props.selectedRegion ?? null) : ownSelection;
  const { onSelectRegion } = props;
  const locale = props.locale ?? 'id';
  const theme = props.theme ?? 'light';
  const tooltipMode = props.tooltipMode ?? 'html';
  const injectStyles = props.injectStyles ?? true;

  useInsertionEffect(() => {
    if (!injectStyles || typeof document === 'undefined' || document.getElementById(STYLE_ID)) return;
    const style = document.createElement('style');
    style.id = STYLE_ID;
    style.textContent = SATATA_CSS;
    document.head.appendChild(style);
  }, [injectStyles]);

  const value = useMemo<SatataContextValue>(
    () => ({
      locale,
      texts: textsFor(locale),
      messages: messagesFor(locale),
      theme,
      tokens: themeTokens(theme),
      tooltipMode,
      catalog: props.catalog,
      sources: props.sources ?? {},
      categoryScale: props.categoryScale,
      engineOptions: props.engineOptions ?? {},
      regions: props.regions,
      regionNames: Object.fromEntries((props.regions ?? []).map((r) => [r.kode, r.nama])),
      asOf: props.asOf,
      selectedRegion,
      selectRegion: (kode) => {
        if (!controlled) setOwnSelection(kode);
        onSelectRegion?.(kode);
      },
    }),
    [
      locale,
      theme,
      tooltipMode,
      props.catalog,
      props.sources,
      props.categoryScale,
      props.engineOptions,
      props.regions,
      props.asOf,
      selectedRegion,
      controlled,
      onSelectRegion,
    ],
  );

  return (
    <QueryClientProvider client={client}>
      <SatataContext.Provider value={value}>
        <div className="satata-root" data-satata-theme={theme} lang={locale}>
          {props.children}
        </div>
      </SatataContext.Provider>
    </QueryClientProvider>
  );
}

/** The provider's settings. Throws a clear error outside a {@link SatataProvider}. */
export function useSatata(): SatataContextValue {
  const value = useContext(SatataContext);
  if (!value) throw new Error('Komponen Satata harus berada di dalam <SatataProvider>');
  return value;
}

/** The chrome texts of the provider's locale (Bahasa Indonesia outside a provider, so error states still render). */
export function useMessages(): Messages {
  return useContext(SatataContext)?.messages ?? messagesFor('id');
}

/** Every text of the provider's locale (Bahasa Indonesia outside a provider). */
export function useTexts(): TextCatalog {
  return useContext(SatataContext)?.texts ?? textsFor('id');
}

/** The linked region selection: the chosen Kemendagri code (or null) and its setter. */
export function useSelectedRegion(): readonly [string | null, (kode: string | null) => void] {
  const { selectedRegion, selectRegion } = useSatata();
  return [selectedRegion, selectRegion];
}
