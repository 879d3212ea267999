// rope-rotation's English words (the interface, with what each key is for: messages.ts).
import { words } from '../../i18n/react';
import { messages, type RopeRotationMessages } from './messages';

export const en: RopeRotationMessages = {
  title: 'Rotate a query and a key',
  summary: 'Work in progress.',
};

export default words(messages, 'en', en);
