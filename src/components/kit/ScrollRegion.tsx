// A box that scrolls (a wide table, a long list): focusable, so keyboard users can scroll it, and named, so a
// screen reader says what it is. `className` adds the widget's own look; the overflow comes from .scroll-region.
import type { ReactNode } from 'react';
import './scrollRegion.css';

export function ScrollRegion({ label, className, children, vertical = false }: {
  label: string;
  className?: string | undefined;
  /** Scrolls up and down (a list with a max-height) rather than sideways. */
  vertical?: boolean | undefined;
  children: ReactNode;
}) {
  return (
    <section className={`scroll-region${vertical ? ' scroll-region-y' : ''}${className ? ` ${className}` : ''}`} tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
