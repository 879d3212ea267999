// Headings inside a widget sit one level below the widget's title: the figure title is an <h3> in a chapter
// (under the section's <h2>), and the visually hidden <h2> on an embed page. WidgetShell sets the level.
// Only headings with stable text belong here; text that changes with the state is not a heading (it would
// rewrite the page outline on every change).
import { createContext, useContext, type ReactNode } from 'react';

/** Level of a widget's own top headings: 4 in a chapter figure, 3 on an embed page. */
export const WidgetHeadingLevel = createContext<3 | 4>(4);

export function WidgetHeading({ sub = false, id, className, children }: {
  /** One level further down (a heading inside a widget section). */
  sub?: boolean;
  id?: string;
  className?: string;
  children: ReactNode;
}) {
  const level = useContext(WidgetHeadingLevel) + (sub ? 1 : 0);
  const Tag = `h${Math.min(level, 6)}` as 'h3' | 'h4' | 'h5';
  return <Tag id={id} className={className}>{children}</Tag>;
}
