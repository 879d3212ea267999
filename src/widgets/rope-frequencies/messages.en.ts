// rope-frequencies's English words (the interface, with what each key is for: messages.ts).
import { words } from '../../i18n/react';
import { messages, type RopeFrequenciesMessages } from './messages';

export const en: RopeFrequenciesMessages = {
  title: 'RoPE frequencies and scaling',
  summary: 'Work in progress.',
};

export default words(messages, 'en', en);
