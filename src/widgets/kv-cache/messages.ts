// The sentences kv-cache shows for each issue of src/lib/llama validateShape on a custom shape.
import { formatFor } from '../../lib/format';
import type { ShapeField, ShapeIssue } from '../../lib/llama';

const fmt = formatFor('en');

const FIELD_NAME: Record<ShapeField, string> = {
  dim: 'Width', layers: 'Layers', heads: 'Query heads', kvHeads: 'KV heads', headDim: 'Head dimension', ffnDim: 'FFN width', vocab: 'Vocabulary',
};

/** One sentence per issue, listed under the result. */
export function shapeIssueMessage(issue: ShapeIssue): string {
  switch (issue.code) {
    case 'outOfRange':
      return `${FIELD_NAME[issue.field]} must be a whole number from ${fmt.int(issue.min)} to ${fmt.int(issue.max)}.`;
    case 'exceedsHeads':
      return `KV heads (${fmt.int(issue.kvHeads)}) cannot outnumber query heads (${fmt.int(issue.heads)}): each KV head serves at least one query head.`;
    case 'notDivisor':
      return `Query heads (${fmt.int(issue.heads)}) must be a multiple of KV heads (${fmt.int(issue.kvHeads)}), so that every KV head serves the same number of query heads.`;
    // Not produced here (the shape has a head dimension but no width, and odd head dimensions are allowed), worded for completeness.
    case 'exceedsDim':
    case 'notDivisorOfDim':
      return `Query heads (${fmt.int(issue.heads)}) must divide the width (${fmt.int(issue.dim)}).`;
    case 'notMultipleOfHeadDim':
      return `The width (${fmt.int(issue.dim)}) must be a multiple of the head dimension (${fmt.int(issue.headDim)}).`;
    case 'oddHeadDim':
      return `The head dimension (${fmt.int(issue.headDim)}) must be even.`;
  }
}
