// context-parallel's English words (the interface, with what each key is for: messages.ts).
import { words } from '../../i18n/react';
import { messages, type ContextParallelMessages } from './messages';

export const en: ContextParallelMessages = {
  title: 'Context parallelism',
  summary: 'Work in progress.',
};

export default words(messages, 'en', en);
