// lr-schedule's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
import { words } from '../../i18n/react';
import { messages, type LrScheduleMessages } from './messages';

export const zh: LrScheduleMessages = {
  title: '405B 的学习率日程',
  summary: '正在编写。',
};

export default words(messages, 'zh', zh);
