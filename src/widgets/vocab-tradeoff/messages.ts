// The sentences vocab-tradeoff shows for an issue of its custom shape (src/lib/llama validateShape codes), and under
// the "Exact V" field for each failure code of the shared number parser (src/lib/text.ts, parseNumber).
import { formatFor } from '../../lib/format';
import type { ShapeIssue } from '../../lib/llama';
import type { NumberFailure } from '../../lib/text';

const fmt = formatFor('en');

/** The message under the width or layers field (and in place of the result). */
export function shapeIssueMessage(issue: ShapeIssue): string {
  switch (issue.code) {
    case 'outOfRange': {
      const what = issue.field === 'dim' ? 'The width d' : issue.field === 'layers' ? 'The number of layers' : `The ${issue.field}`;
      return `${what} must be a whole number from ${fmt.int(issue.min)} to ${fmt.int(issue.max)}.`;
    }
    case 'notMultipleOfHeadDim': {
      const h = issue.headDim;
      const lower = Math.max(h, Math.floor(issue.dim / h) * h);
      return `The width d = ${fmt.int(issue.dim)} is not a multiple of ${fmt.int(h)}, the head dimension of every Llama 3 model; try ${fmt.int(lower)} or ${fmt.int(lower + h)}.`;
    }
    // Not produced here (heads follow from the width, 8 key/value heads or fewer), worded for completeness.
    case 'exceedsDim':
    case 'notDivisorOfDim':
      return `The width d = ${fmt.int(issue.dim)} cannot be split into ${fmt.int(issue.heads)} heads.`;
    case 'oddHeadDim':
      return `The head dimension ${fmt.int(issue.headDim)} must be even.`;
    case 'exceedsHeads':
    case 'notDivisor':
      return `${fmt.int(issue.kvHeads)} key/value heads cannot serve ${fmt.int(issue.heads)} query heads in equal groups.`;
  }
}

/** The message under "Exact V"; `min` and `max` are the vocabulary sizes the field accepts. */
export function vocabMessage(failure: NumberFailure, { min, max }: { min: number; max: number }): string {
  return failure === 'tooSmall' || failure === 'tooLarge'
    ? `V must be from ${fmt.int(min)} to ${fmt.int(max)} rows.`
    : `Type a whole number of rows from ${fmt.int(min)} to ${fmt.int(max)}.`;
}
