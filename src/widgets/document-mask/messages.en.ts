// document-mask's English words (the interface, with what each key is for: messages.ts).
import { words } from '../../i18n/react';
import { messages, type DocumentMaskMessages } from './messages';

export const en: DocumentMaskMessages = {
  title: 'Document masking',
  summary: 'Work in progress.',
};

export default words(messages, 'en', en);
