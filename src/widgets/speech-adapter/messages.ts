// Every word speech-adapter shows or speaks, one catalogue per language (messages.en.ts, messages.zh.ts). SKELETON: replace.
import { catalogueKey } from '../../i18n/react';

export interface SpeechAdapterMessages {
  /** The widget's title (figure, gallery, iframe title). */
  title: string;
  /** One sentence: what the reader can do with it. */
  summary: string;
}

export const messages = catalogueKey<SpeechAdapterMessages>('speech-adapter');
