// gqa-heads' sentences: why it changed a URL's kvHeads (an embed page lists it), for each issue of src/lib/llama
// validateShape, and what it says under the seed field for each failure code of the shared number parser
// (src/lib/text.ts, parseNumber).
import { formatFor } from '../../lib/format';
import type { ShapeIssue } from '../../lib/llama';
import type { NumberFailure } from '../../lib/text';

const fmt = formatFor('en');

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

/** The message under the seed field; `max` is the largest seed (2³¹−1). */
export function seedMessage(failure: NumberFailure, max: number): string {
  return failure === 'tooLarge' ? `The largest seed is ${fmt.int(max)}.` : `Type a whole number from 0 to ${fmt.int(max)}.`;
}
