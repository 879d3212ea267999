// dedup-lab's English words (the interface, with what each key is for: messages.ts).
import { words } from '../../i18n/react';
import { messages, type DedupLabMessages } from './messages';

export const en: DedupLabMessages = {
  title: 'De-duplication lab',
  summary: 'Work in progress.',
};

export default words(messages, 'en', en);
