// The kit's own words, one catalogue per language (src/i18n/locale.ts): a missing key or language fails the type
// check. Parts read it with useMessages; a widget's words come in as props.
import type { Catalogue } from '../../i18n/locale';
import { formatFor } from '../../lib/format';

export interface KitMessages {
  /** Under a text box: how much of the cap is used. */
  count: (chars: number, max: number) => string;
  /** After the count, when the text was cut at the cap. */
  cut: (max: number) => string;
  /** A text box that refuses text over its cap. */
  overCap: (chars: number, max: number) => string;
  /** How a heatmap's grid moves (HeatmapGrid). */
  gridInstructions: string;
  /** Step controls. */
  back: string;
  reset: string;
  play: string;
  pause: string;
}

const fmt = formatFor('en');

export const KIT_MESSAGES: Catalogue<KitMessages> = {
  en: {
    count: (chars, max) => `${fmt.int(chars)} of ${fmt.int(max)} characters.`,
    cut: (max) => `Only the first ${fmt.int(max)} characters were kept.`,
    overCap: (chars, max) => `This text has ${fmt.int(chars)} characters; at most ${fmt.int(max)} are used.`,
    gridInstructions: 'Arrow keys move one cell; Home and End go to the start and end of the row, Page Up and Page Down to the first and last row, Control+Home and Control+End to the first and last cell.',
    back: 'Back',
    reset: 'Reset',
    play: 'Play',
    pause: 'Pause',
  },
};
