// The sentences param-counter shows under a shape field for each issue of src/lib/llama validateShape.
import { formatFor } from '../../lib/format';
import type { ShapeIssue } from '../../lib/llama';

const fmt = formatFor('en');

/** The message under the issue's field. */
export function shapeIssueMessage(issue: ShapeIssue): string {
  switch (issue.code) {
    case 'exceedsDim':
      return `heads (${fmt.int(issue.heads)}) cannot exceed dim (${fmt.int(issue.dim)}): each head needs at least one dimension.`;
    case 'notDivisorOfDim':
      return `heads (${fmt.int(issue.heads)}) must divide dim (${fmt.int(issue.dim)}) evenly; ${fmt.int(issue.dim)} ÷ ${fmt.int(issue.heads)} = ${fmt.decimal(issue.dim / issue.heads, { trim: true })}.`;
    case 'oddHeadDim':
      return `The head dimension dim ÷ heads = ${fmt.int(issue.headDim)} must be even: RoPE rotates coordinates in pairs.`;
    case 'exceedsHeads':
      return `kvHeads (${fmt.int(issue.kvHeads)}) cannot exceed heads (${fmt.int(issue.heads)}).`;
    case 'notDivisor':
      return `kvHeads (${fmt.int(issue.kvHeads)}) must divide heads (${fmt.int(issue.heads)}) evenly, so that every key/value head serves the same number of query heads.`;
    // Not produced here (readField applies the same bounds first; no fixed head dimension), worded for completeness.
    case 'outOfRange':
      return `${issue.field} must be a whole number from ${fmt.int(issue.min)} to ${fmt.int(issue.max)}.`;
    case 'notMultipleOfHeadDim':
      return `dim (${fmt.int(issue.dim)}) must be a multiple of the head dimension ${fmt.int(issue.headDim)}.`;
  }
}
