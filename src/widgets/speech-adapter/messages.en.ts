// speech-adapter's English words (the interface, with what each key is for: messages.ts).
import { words } from '../../i18n/react';
import { messages, type SpeechAdapterMessages } from './messages';

export const en: SpeechAdapterMessages = {
  title: 'From audio to language-model tokens',
  summary: 'The speech path of Llama 3 from 10 ms mel frames through the Conformer encoder and the adapter to one token every 80 ms, with a real mel spectrogram of your own audio computed in the browser.',
};

export default words(messages, 'en', en);
