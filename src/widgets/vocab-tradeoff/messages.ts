// The sentences vocab-tradeoff shows for an issue of its custom shape (src/lib/llama validateShape codes).
import { formatInt } from '../../lib/format';
import type { ShapeIssue } from '../../lib/llama';

/** The message under the width or layers field (and in place of the result). */
export function shapeIssueMessage(issue: ShapeIssue): string {
  switch (issue.code) {
    case 'outOfRange': {
      const what = issue.field === 'dim' ? 'The width d' : issue.field === 'layers' ? 'The number of layers' : `The ${issue.field}`;
      return `${what} must be a whole number from ${formatInt(issue.min)} to ${formatInt(issue.max)}.`;
    }
    case 'notMultipleOfHeadDim': {
      const h = issue.headDim;
      const lower = Math.max(h, Math.floor(issue.dim / h) * h);
      return `The width d = ${formatInt(issue.dim)} is not a multiple of ${formatInt(h)}, the head dimension of every Llama 3 model; try ${formatInt(lower)} or ${formatInt(lower + h)}.`;
    }
    // Not produced here (heads follow from the width, 8 key/value heads or fewer), worded for completeness.
    case 'exceedsDim':
    case 'notDivisorOfDim':
      return `The width d = ${formatInt(issue.dim)} cannot be split into ${formatInt(issue.heads)} heads.`;
    case 'oddHeadDim':
      return `The head dimension ${formatInt(issue.headDim)} must be even.`;
    case 'exceedsHeads':
    case 'notDivisor':
      return `${formatInt(issue.kvHeads)} key/value heads cannot serve ${formatInt(issue.heads)} query heads in equal groups.`;
  }
}
