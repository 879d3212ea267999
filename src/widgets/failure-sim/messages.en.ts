// failure-sim's English words (the interface, with what each key is for: messages.ts).
import { words } from '../../i18n/react';
import { messages, type FailureSimMessages } from './messages';

export const en: FailureSimMessages = {
  title: 'Failures and checkpoints',
  summary: 'Work in progress.',
};

export default words(messages, 'en', en);
