import { type ReactNode, useEffect, useRef, useState } from 'react';

/**
 * `children` once this place comes within `margin` of the viewport (an IntersectionObserver; at once where there
 * is none), `fallback` until then: what the children load — a chunk, a pack — is requested only when a reader
 * scrolls towards it.
 */
export function NearViewport({
  children,
  fallback,
  margin = '600px',
}: {
  readonly children: ReactNode;
  readonly fallback: ReactNode;
  readonly margin?: string;
}): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    if (near) return;
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          setNear(true);
        }
      },
      { rootMargin: `${margin} 0px` },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [near, margin]);
  return near ? children : <div ref={ref}>{fallback}</div>;
}
