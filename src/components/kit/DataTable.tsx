// The data tables beside the charts (the text alternative of every chart), with ONE policy for readers without
// JavaScript: the server-rendered HTML holds every table in full, closed <details> included, so the numbers are there
// before (or without) the island. Once hydrated, a closed DataDetails renders its tables only while open, which keeps
// slider drags cheap; React draws, the part adds only the wrapping (caption, scroll region, disclosure).
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { ScrollRegion } from './ScrollRegion';
import { useHydrated } from './useHydrated';
import './dataTable.css';

export interface DataTableProps {
  /** What the table holds: its <caption>, visually hidden (the heading or summary around it says it to sighted readers). */
  caption?: ReactNode | undefined;
  /** Instead of a caption: the ids of visible text that names the table. */
  labelledBy?: string | undefined;
  /** The table may be wider (or, `vertical`, taller) than the widget: it scrolls inside a focusable region of this name. */
  scroll?: string | undefined;
  vertical?: boolean | undefined;
  /** Repeat the scroll region's name as a visible title above it (a caption would scroll away with the table). */
  title?: boolean | undefined;
  /** Class of the <table>. */
  className?: string | undefined;
  /** Class of the scroll region (its own height, border). */
  scrollClassName?: string | undefined;
  /** The rows: <thead>, <tbody>, <tfoot>. */
  children: ReactNode;
}

export function DataTable({ caption, labelledBy, scroll, vertical = false, title = false, className, scrollClassName, children }: DataTableProps) {
  const table = (
    <table className={className} aria-labelledby={labelledBy}>
      {caption !== undefined && <caption className="visually-hidden">{caption}</caption>}
      {children}
    </table>
  );
  if (scroll === undefined) return table;
  return (
    <>
      {title && <p className="data-table-title" aria-hidden="true">{scroll}</p>}
      <ScrollRegion label={scroll} vertical={vertical} className={scrollClassName}>{table}</ScrollRegion>
    </>
  );
}

// useLayoutEffect warns on the server in some React builds; it only matters in the browser.
const useClientLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/** A closed-by-default disclosure of data tables ("Data: …"), following the policy above. */
export function DataDetails({ summary, className, children }: { summary: ReactNode; className?: string | undefined; children: ReactNode }) {
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDetailsElement>(null);
  // Opened before the island hydrated (no toggle event reached React): keep what the reader opened.
  useClientLayoutEffect(() => { if (ref.current?.open) setOpen(true); }, []);
  return (
    <details ref={ref} className={className ? `data-details ${className}` : 'data-details'} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {(!hydrated || open) && children}
    </details>
  );
}
