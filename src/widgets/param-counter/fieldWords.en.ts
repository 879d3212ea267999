// param-counter's English words for the shape fields (labels, and the message under a field for its problem), apart
// from the rest of its catalogue so that another widget with the same fields (rlhf-memory) takes these words only.
import type { Format } from '../../lib/format';
import type { ShapeIssue } from '../../lib/llama';
import type { NumberFailure } from '../../lib/text';
import { FIELD_EXAMPLE, FIELD_LIMITS, type FieldProblem, type InputField, type ShapeField } from './model';

// ── Field problems ─────────────────────────────────────────────────────────────────────────────

export const FIELD_NAME: Record<InputField, string> = {
  dim: 'dim', layers: 'layers', heads: 'heads', kvHeads: 'kvHeads', ffnDim: 'ffnDim', vocab: 'vocab',
  ctx: 'context', tokens: 'tokens',
};

/** The message under a field for a failed parse. Never repeats what was typed. */
function parseError(field: InputField, failure: NumberFailure, f: Format): string {
  const name = FIELD_NAME[field];
  const limits = FIELD_LIMITS[field];
  // The 405B's 15.6T tokens (Report §1), in both ways the field accepts.
  const example = field === 'tokens' ? 'for example 15.6T or 15,600,000,000,000' : `for example ${f.int(FIELD_EXAMPLE[field])}`;
  switch (failure) {
    case 'empty': return `Enter ${name} as a whole number, ${example}.`;
    case 'tooLong':
    case 'invalid': return field === 'tokens'
      ? `Use digits, optionally with K, M, B or T (thousand, million, billion, trillion), ${example}.`
      : `Use digits only, ${example}.`;
    case 'negative': return `${name} cannot be negative.`;
    case 'tooSmall': return `${name} must be at least ${f.int(limits.min)}.`;
    case 'fraction': return `${name} must be a whole number.`;
    case 'tooLarge': return `${name} can be at most ${f.int(limits.max)} here.`;
  }
}

/** The message under the issue's field. */
function shapeIssue(issue: ShapeIssue, f: Format): string {
  switch (issue.code) {
    case 'exceedsDim':
      return `heads (${f.int(issue.heads)}) cannot exceed dim (${f.int(issue.dim)}): each head needs at least one dimension.`;
    case 'notDivisorOfDim':
      return `heads (${f.int(issue.heads)}) must divide dim (${f.int(issue.dim)}) evenly; ${f.int(issue.dim)} ÷ ${f.int(issue.heads)} = ${f.decimal(issue.dim / issue.heads, { trim: true })}.`;
    case 'oddHeadDim':
      return `The head dimension dim ÷ heads = ${f.int(issue.headDim)} must be even: RoPE rotates coordinates in pairs.`;
    case 'exceedsHeads':
      return `kvHeads (${f.int(issue.kvHeads)}) cannot exceed heads (${f.int(issue.heads)}).`;
    case 'notDivisor':
      return `kvHeads (${f.int(issue.kvHeads)}) must divide heads (${f.int(issue.heads)}) evenly, so that every key/value head serves the same number of query heads.`;
    // Not produced here (readField applies the same bounds first; no fixed head dimension), worded for completeness.
    case 'outOfRange':
      return `${issue.field} must be a whole number from ${f.int(issue.min)} to ${f.int(issue.max)}.`;
    case 'notMultipleOfHeadDim':
      return `dim (${f.int(issue.dim)}) must be a multiple of the head dimension ${f.int(issue.headDim)}.`;
  }
}

export const fieldError = (field: InputField, problem: FieldProblem, f: Format) =>
  (problem.kind === 'parse' ? parseError(field, problem.failure, f) : shapeIssue(problem.issue, f));

/** Each shape field's label: its code name (the URL's) and what it means. */
export const FIELD_LABEL: Record<ShapeField, string> = {
  dim: 'dim (width d)',
  layers: 'layers (L)',
  heads: 'heads (H)',
  kvHeads: 'kvHeads (H_kv)',
  ffnDim: 'ffnDim (d_ff)',
  vocab: 'vocab (n_vocab)',
};

/** The tied-embedding toggle's label. */
export const TIED_LABEL = 'Tie the LM head to the embedding (one shared n_vocab × d matrix)';
