// The sentences kv-cache shows for each issue of src/lib/llama validateShape on a custom shape.
import { formatInt } from '../../lib/format';
import type { ShapeField, ShapeIssue } from '../../lib/llama';

const FIELD_NAME: Record<ShapeField, string> = {
  dim: 'Width', layers: 'Layers', heads: 'Query heads', kvHeads: 'KV heads', headDim: 'Head dimension', ffnDim: 'FFN width', vocab: 'Vocabulary',
};

/** One sentence per issue, listed under the result. */
export function shapeIssueMessage(issue: ShapeIssue): string {
  switch (issue.code) {
    case 'outOfRange':
      return `${FIELD_NAME[issue.field]} must be a whole number from ${formatInt(issue.min)} to ${formatInt(issue.max)}.`;
    case 'exceedsHeads':
      return `KV heads (${formatInt(issue.kvHeads)}) cannot outnumber query heads (${formatInt(issue.heads)}): each KV head serves at least one query head.`;
    case 'notDivisor':
      return `Query heads (${formatInt(issue.heads)}) must be a multiple of KV heads (${formatInt(issue.kvHeads)}), so that every KV head serves the same number of query heads.`;
    // Not produced here (the shape has a head dimension but no width, and odd head dimensions are allowed), worded for completeness.
    case 'exceedsDim':
    case 'notDivisorOfDim':
      return `Query heads (${formatInt(issue.heads)}) must divide the width (${formatInt(issue.dim)}).`;
    case 'notMultipleOfHeadDim':
      return `The width (${formatInt(issue.dim)}) must be a multiple of the head dimension (${formatInt(issue.headDim)}).`;
    case 'oddHeadDim':
      return `The head dimension (${formatInt(issue.headDim)}) must be even.`;
  }
}
