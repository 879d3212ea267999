// The kit's English words (the interface: messages.ts).
import { words } from '../../i18n/react';
import { formatFor } from '../../lib/format';
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

export default words(KIT_MESSAGES, 'en', en);
