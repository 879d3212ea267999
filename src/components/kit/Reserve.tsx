// A block that holds the height of the longest content it may show: `sizer` is laid out invisibly in the same grid
// cell as the content, so a pending line replaced by a worker's result (or one result by another) moves nothing
// below it — no layout shift, and an embedding page's iframe keeps its height. The sizer is hidden from everyone.
import type { ReactNode } from 'react';
import './reserve.css';

export function Reserve({ sizer, children, className }: { sizer: ReactNode; children: ReactNode; className?: string }) {
  return (
    <div className={className ? `kit-reserve ${className}` : 'kit-reserve'}>
      <div className="kit-reserve-size" aria-hidden="true">{sizer}</div>
      <div className="kit-reserve-content">{children}</div>
    </div>
  );
}
