// rope-decay's English words (the interface, with what each key is for: messages.ts).
import { words } from '../../i18n/react';
import { messages, type RopeDecayMessages } from './messages';

export const en: RopeDecayMessages = {
  title: 'RoPE long-term decay',
  summary: 'Work in progress.',
};

export default words(messages, 'en', en);
