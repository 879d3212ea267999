// The kit's own words (text caps, heatmap keys, step controls); each language's are in messages.<lang>.ts, and a
// missing key fails the type check. Parts read them with useMessages; a widget's words come in as props.
import { catalogueKey } from '../../i18n/react';

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

export const KIT_MESSAGES = catalogueKey<KitMessages>('kit');
