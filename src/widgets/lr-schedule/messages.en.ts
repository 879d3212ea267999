// lr-schedule's English words (the interface, with what each key is for: messages.ts).
import { words } from '../../i18n/react';
import { messages, type LrScheduleMessages } from './messages';

export const en: LrScheduleMessages = {
  title: 'The 405B learning-rate schedule',
  summary: 'Work in progress.',
};

export default words(messages, 'en', en);
