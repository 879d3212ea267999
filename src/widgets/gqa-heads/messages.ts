// Why gqa-heads changed a URL's kvHeads (an embed page lists it), for each issue of src/lib/llama validateShape.
import type { ShapeIssue } from '../../lib/llama';

/** The reason after "kvHeads = 5 → 4 (…)"; `to` is the divisor used instead. */
export function kvHeadsAdjustReason(issue: ShapeIssue, to: number): string {
  switch (issue.code) {
    case 'exceedsHeads':
      return `cannot exceed heads = ${issue.heads}`;
    case 'notDivisor':
      return `must divide heads = ${issue.heads} into equal groups; ${to} is the nearest divisor`;
    // Not produced here (heads and kvHeads are clamped into range first), worded for completeness.
    default:
      return `must divide heads into equal groups; ${to} is the nearest divisor`;
  }
}
