// What kv-cache says under a count field (context, batch, custom shape) when the text is not a count it can use:
// the failure codes of the shared parser (src/lib/text.ts, parseNumber) in this widget's words. They never repeat
// what was typed.
import { formatFor } from '../../lib/format';
import type { NumberFailure } from '../../lib/text';

const fmt = formatFor('en');

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
