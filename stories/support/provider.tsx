import { QueryClient, SatataProvider, type SatataProviderProps } from '@satata/react';
import type { Decorator } from '@storybook/react-vite';
import { type ReactNode, useState } from 'react';
import { AS_OF, catalog, regions, sampleSources } from './sample.ts';

/**
 * A SatataProvider over the bundled Semarang sample: a fixed "today" (so stale badges do not depend on the
 * clock), its own query client without retries (so error stories settle at once), any prop overridden.
 */
export function StoryProvider(
  props: Partial<SatataProviderProps> & { readonly children?: ReactNode },
): ReactNode {
  const [queryClient] = useState(
    () =>
      new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } } }),
  );
  return (
    <SatataProvider
      catalog={catalog}
      regions={regions}
      sources={sampleSources()}
      asOf={AS_OF}
      queryClient={queryClient}
      {...props}
    >
      <main style={{ padding: 16, maxWidth: 980 }}>{props.children}</main>
    </SatataProvider>
  );
}

/** A decorator wrapping the story in a {@link StoryProvider} with these props. */
export function satata(props: Partial<SatataProviderProps> = {}): Decorator {
  return (Story) => (
    <StoryProvider {...props}>
      <Story />
    </StoryProvider>
  );
}
