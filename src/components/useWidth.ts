import { useEffect, useRef, useState } from 'react';

/**
 * Width (CSS px, rounded) of an element's content box, followed with a ResizeObserver once mounted.
 * The server, and the first client render, use `fallback`; widths below `min` are raised to it.
 */
export function useWidth<T extends HTMLElement = HTMLDivElement>(fallback: number, min = 0) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      if (w > 0) setWidth(Math.max(min, w));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [min]);
  return [ref, width] as const;
}
