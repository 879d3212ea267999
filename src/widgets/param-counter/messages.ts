// The sentences param-counter shows under a field: for each issue of src/lib/llama validateShape, and for each failure
// code of the shared number parser (src/lib/text.ts, parseNumber) when the text is not a number it can use.
import { formatFor } from '../../lib/format';
import type { ShapeIssue } from '../../lib/llama';
import type { NumberFailure } from '../../lib/text';
import type { InputField } from './model';

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

/** Short names used in messages and labels (user-visible strings kept together). */
export const FIELD_NAMES: Record<InputField, string> = {
  dim: 'dim', layers: 'layers', heads: 'heads', kvHeads: 'kvHeads', ffnDim: 'ffnDim', vocab: 'vocab',
  ctx: 'context', tokens: 'tokens',
};

/** A value each field might take, quoted in its messages: Llama 3 8B's shapes (Report Table 3), the 405B's 15.6T tokens (§1). */
const EXAMPLES: Record<InputField, number> = {
  dim: 4_096, layers: 32, heads: 32, kvHeads: 8, ffnDim: 14_336, vocab: 128_256, ctx: 8_192, tokens: 15.6e12,
};

/** The message shown under a field for a failed parse. Never repeats what was typed. */
export function parseMessage(field: InputField, failure: NumberFailure, limits: { min: number; max: number }): string {
  const name = FIELD_NAMES[field];
  const example = field === 'tokens' ? 'for example 15.6T or 15,600,000,000,000' : `for example ${fmt.int(EXAMPLES[field])}`;
  switch (failure) {
    case 'empty': return `Enter ${name} as a whole number, ${example}.`;
    case 'tooLong':
    case 'invalid': return field === 'tokens'
      ? `Use digits, optionally with K, M, B or T (thousand, million, billion, trillion), ${example}.`
      : `Use digits only, ${example}.`;
    case 'negative': return `${name} cannot be negative.`;
    case 'tooSmall': return `${name} must be at least ${fmt.int(limits.min)}.`;
    case 'fraction': return `${name} must be a whole number.`;
    case 'tooLarge': return `${name} can be at most ${fmt.int(limits.max)} here.`;
  }
}
