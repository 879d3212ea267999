// The kit's English words (the interface: messages.ts).
import { words } from '../../i18n/react';
import { formatFor, type Format } from '../../lib/format';
import type { FieldRefusal } from '../../lib/text';
import { KIT_MESSAGES, type KitMessages } from './messages';

const fmt = formatFor('en');

export const en: KitMessages = {
  count: (chars, max) => `${fmt.int(chars)} of ${fmt.int(max)} characters.`,
  cut: (max) => `Only the first ${fmt.int(max)} characters were kept.`,
  overCap: (chars, max) => `This text has ${fmt.int(chars)} characters; at most ${fmt.int(max)} are used.`,
  gridInstructions: 'Arrow keys move one cell; Home and End go to the start and end of the row, Page Up and Page Down to the first and last row, Control+Home and Control+End to the first and last cell.',
  back: 'Back',
  reset: 'Reset',
  play: 'Play',
  pause: 'Pause',
};

/**
 * A whole number refused in a named field (readBoundedField): the widgets' typed count fields word it alike;
 * `hint` says what the field also accepts, e.g. " (digits, or K = 1,024, e.g. 8K)".
 */
export function wholeNumberError(label: string, { failure, value, min, max }: FieldRefusal<string>, f: Format, hint = ''): string {
  const range = `from ${f.int(min)} to ${f.int(max)}`;
  switch (failure) {
    case 'tooLong': return `${label}: that is too long. Type a whole number ${range}.`;
    case 'tooSmall':
    case 'tooLarge': return `${label} must be ${range}${value === undefined ? '' : `; that is ${f.int(value)}`}.`;
    default: return `${label}: type a whole number ${range}${hint}.`;
  }
}

export default words(KIT_MESSAGES, 'en', en);
