// The sentences param-counter shows under a shape field for each issue of src/lib/llama validateShape.
import { formatInt } from '../../lib/format';
import type { ShapeIssue } from '../../lib/llama';

/** The message under the issue's field. */
export function shapeIssueMessage(issue: ShapeIssue): string {
  switch (issue.code) {
    case 'exceedsDim':
      return `heads (${formatInt(issue.heads)}) cannot exceed dim (${formatInt(issue.dim)}): each head needs at least one dimension.`;
    case 'notDivisorOfDim':
      return `heads (${formatInt(issue.heads)}) must divide dim (${formatInt(issue.dim)}) evenly; ${formatInt(issue.dim)} ÷ ${formatInt(issue.heads)} = ${trimDecimal(issue.dim / issue.heads)}.`;
    case 'oddHeadDim':
      return `The head dimension dim ÷ heads = ${formatInt(issue.headDim)} must be even: RoPE rotates coordinates in pairs.`;
    case 'exceedsHeads':
      return `kvHeads (${formatInt(issue.kvHeads)}) cannot exceed heads (${formatInt(issue.heads)}).`;
    case 'notDivisor':
      return `kvHeads (${formatInt(issue.kvHeads)}) must divide heads (${formatInt(issue.heads)}) evenly, so that every key/value head serves the same number of query heads.`;
    // Not produced here (readField applies the same bounds first; no fixed head dimension), worded for completeness.
    case 'outOfRange':
      return `${issue.field} must be a whole number from ${formatInt(issue.min)} to ${formatInt(issue.max)}.`;
    case 'notMultipleOfHeadDim':
      return `dim (${formatInt(issue.dim)}) must be a multiple of the head dimension ${formatInt(issue.headDim)}.`;
  }
}

/** 85.333… → "85.33", 2.5 → "2.5". */
function trimDecimal(x: number): string {
  return x.toFixed(2).replace(/\.?0+$/, '');
}
