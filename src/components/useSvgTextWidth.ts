import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

// useLayoutEffect warns on the server in some React builds; measuring only happens in the browser.
const useClientLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * The widest of an SVG's text elements matching `selector`, as drawn (getBBox), so a chart can size a label
 * gutter from its labels instead of a fixed number of pixels: the gutter grows with the font, the zoom and the
 * reader's text-spacing settings (WCAG 1.4.12) rather than letting a label run under the bars. Re-measured after
 * every render (a few labels: cheap), once fonts have loaded and on resize. `undefined` until measured (server
 * render, first client render), so callers fall back to their default.
 */
export function useSvgTextWidth<T extends SVGSVGElement = SVGSVGElement>(
  selector: string,
  /** Measure in this SVG (a second selector in a chart that already has a ref). */
  shared?: RefObject<T | null>,
): [RefObject<T | null>, number | undefined] {
  const own = useRef<T>(null);
  const ref = shared ?? own;
  const [width, setWidth] = useState<number | undefined>(undefined);
  const measure = useCallback(() => {
    const svg = ref.current;
    if (!svg) return;
    let w = 0;
    for (const t of svg.querySelectorAll<SVGGraphicsElement>(selector)) {
      try { w = Math.max(w, t.getBBox().width); } catch { /* not rendered (display: none) */ }
    }
    if (w <= 0) return;
    const rounded = Math.ceil(w);
    setWidth((old) => (old === rounded ? old : rounded));
  }, [selector, ref]);
  useClientLayoutEffect(measure);
  useEffect(() => {
    void document.fonts?.ready.then(measure);
    addEventListener('resize', measure);
    return () => removeEventListener('resize', measure);
  }, [measure]);
  return [ref, width];
}
