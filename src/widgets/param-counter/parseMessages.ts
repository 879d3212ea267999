// What param-counter says under a field whose text is not a number it can use: the failure codes of the shared
// parser (src/lib/text.ts, parseNumber) in this widget's words, and the field names those words use.
import { formatFor } from '../../lib/format';
import type { NumberFailure } from '../../lib/text';
import type { InputField } from './model';

const fmt = formatFor('en');

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
