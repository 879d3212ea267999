// What vocab-tradeoff says under the "Exact V" field when the text is not a vocabulary size it can use: the
// failure codes of the shared parser (src/lib/text.ts, parseNumber) in this widget's words.
import { formatFor } from '../../lib/format';
import type { NumberFailure } from '../../lib/text';
import { VOCAB_MAX, VOCAB_MIN } from './model';

const fmt = formatFor('en');

export function vocabMessage(failure: NumberFailure): string {
  return failure === 'tooSmall' || failure === 'tooLarge'
    ? `V must be from ${fmt.int(VOCAB_MIN)} to ${fmt.int(VOCAB_MAX)} rows.`
    : `Type a whole number of rows from ${fmt.int(VOCAB_MIN)} to ${fmt.int(VOCAB_MAX)}.`;
}
