// The sentences kv-cache shows for each issue of src/lib/llama validateShape on a custom shape, and under a count
// field (context, batch, custom shape) for each failure code of the shared number parser (src/lib/text.ts,
// parseNumber); the latter never repeat what was typed.
import { formatFor } from '../../lib/format';
import type { ShapeField, ShapeIssue } from '../../lib/llama';
import type { NumberFailure } from '../../lib/text';

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

/** `label` names the field ("Context"); `value` is the number read when it was one but out of range. */
export function countMessage(
  label: string, failure: NumberFailure, { min, max, suffixes }: { min: number; max: number; suffixes: boolean }, value?: number,
): string {
  const range = `from ${fmt.int(min)} to ${fmt.int(max)}`;
  switch (failure) {
    case 'tooLong': return `${label}: that is too long. Type a whole number ${range}.`;
    case 'tooSmall':
    case 'tooLarge': return `${label} must be ${range}${value === undefined ? '' : `; that is ${fmt.int(value)}`}.`;
    default: {
      const hint = suffixes ? ' (digits, or with K = 1,024 and M = 1,048,576, e.g. 128K)' : ' (digits only)';
      return `${label}: type a whole number ${range}${hint}.`;
    }
  }
}
