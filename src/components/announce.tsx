// What a widget says to a screen reader, and when. One policy for every widget:
// - an input speaks its own value (its label and aria-valuetext); nothing else is live while it moves;
// - a result is spoken once, politely, ANNOUNCE_DELAY_MS after the last change, and only if it changed;
// - nothing is spoken before the reader first acts on the widget (loading and URL state are not news), and a result
//   that first arrives late (a download finishing after the reader moved an unrelated control) is not news either;
// - several results of one widget (a total, a field's error) share one live region: one announcement carries every
//   part that changed since the last one.
// WidgetShell puts one <Announcer> in every widget; views call useAnnounce(text) for each result they want spoken.
import { createContext, useContext, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';

/** Quiet time after the last change before a result is spoken, ms (a slider drag or a typed word settles first). */
export const ANNOUNCE_DELAY_MS = 700;

interface Part {
  /** The part's current text. */
  text: string;
  /** What the region last said for this part (or its text before the reader acted). */
  spoken: string;
  /** Held parts wait (e.g. while an animation plays). */
  hold: boolean;
}

export interface AnnounceChannel {
  /** A part's text changed; a `quiet` text is recorded as already said. */
  set(key: string, text: string, hold: boolean, quiet: boolean): void;
  /** The part is gone (unmounted). */
  drop(key: string): void;
}

const AnnounceContext = createContext<AnnounceChannel | null>(null);

// useLayoutEffect warns on the server in some React builds; the region only acts on the client.
const useClientLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * The widget's live region (visually hidden, polite, atomic) and the channel its views speak through. Events that
 * count as the reader acting: a key, a pointer press, a change or a click anywhere inside the region's parent.
 */
export function Announcer({ children }: { children: ReactNode }) {
  const [said, setSaid] = useState<{ text: string; n: number }>({ text: '', n: 0 });
  const parts = useRef(new Map<string, Part>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const armed = useRef(false);
  const region = useRef<HTMLDivElement>(null);

  const channel = useMemo<AnnounceChannel>(() => {
    const flush = () => {
      timer.current = null;
      const news: string[] = [];
      for (const p of parts.current.values()) {
        if (p.hold || p.text === p.spoken) continue;
        if (p.text) news.push(p.text);
        p.spoken = p.text;
      }
      // A new node each time (n), so the same words said again are still a change for assistive tech.
      if (news.length > 0) setSaid((s) => ({ text: news.join(' '), n: s.n + 1 }));
    };
    return {
      set(key, text, hold, quiet) {
        const p = parts.current.get(key);
        if (!p || !armed.current || quiet) {
          // Before the reader acts, every text is the baseline: not news.
          parts.current.set(key, { text, spoken: text, hold });
          return;
        }
        p.text = text;
        p.hold = hold;
        if (timer.current !== null) clearTimeout(timer.current);
        timer.current = setTimeout(flush, ANNOUNCE_DELAY_MS);
      },
      drop(key) {
        parts.current.delete(key);
      },
    };
  }, []);

  useClientLayoutEffect(() => {
    const root = region.current?.parentElement;
    if (!root) return;
    const arm = () => { armed.current = true; };
    const events = ['keydown', 'pointerdown', 'change', 'input', 'click'] as const;
    for (const e of events) root.addEventListener(e, arm, true);
    return () => {
      for (const e of events) root.removeEventListener(e, arm, true);
      if (timer.current !== null) clearTimeout(timer.current);
    };
  }, []);

  return (
    <AnnounceContext.Provider value={channel}>
      {children}
      <div ref={region} className="visually-hidden" aria-live="polite" aria-atomic="true" data-announcer="">
        {said.text && <span key={said.n}>{said.text}</span>}
      </div>
    </AnnounceContext.Provider>
  );
}

/**
 * Speak `text` (a result: a total, a size, a summary, an error) once it has settled, if it differs from what was
 * last spoken for it. `hold` keeps it quiet (e.g. while Play runs); when the hold ends, the settled text is spoken.
 * `late` marks a result that has not arrived yet (it is loading): its first text, when it comes, is not spoken;
 * later changes are. Outside an <Announcer> (a view rendered alone in a test) it does nothing.
 */
export function useAnnounce(text: string, { hold = false, late = false }: { hold?: boolean; late?: boolean } = {}): void {
  const channel = useContext(AnnounceContext);
  const key = useId();
  // Quiet until the first text after a wait: the render that ends the wait still carries `late` from before.
  const waited = useRef(late);
  const quiet = waited.current && !late;
  useEffect(() => {
    channel?.set(key, text, hold, quiet || late);
    if (!late) waited.current = false;
  }, [channel, key, text, hold, late, quiet]);
  useEffect(() => () => channel?.drop(key), [channel, key]);
}
