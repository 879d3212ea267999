// What gqa-heads says under the seed field when the text is not a seed it can use: the failure codes of the
// shared parser (src/lib/text.ts, parseNumber) in this widget's words.
import { formatFor } from '../../lib/format';
import type { NumberFailure } from '../../lib/text';
import { MAX_SEED } from './meta';

const fmt = formatFor('en');

export function seedMessage(failure: NumberFailure): string {
  return failure === 'tooLarge' ? `The largest seed is ${fmt.int(MAX_SEED)}.` : `Type a whole number from 0 to ${fmt.int(MAX_SEED)}.`;
}
