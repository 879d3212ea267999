// attention-cost's English words (the interface, with what each key is for: messages.ts).
import { words } from '../../i18n/react';
import { messages, type AttentionCostMessages } from './messages';

export const en: AttentionCostMessages = {
  title: 'The quadratic bill of long context',
  summary: 'Work in progress.',
};

export default words(messages, 'en', en);
