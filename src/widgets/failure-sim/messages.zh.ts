// failure-sim's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
import { words } from '../../i18n/react';
import { messages, type FailureSimMessages } from './messages';

export const zh: FailureSimMessages = {
  title: '故障与检查点',
  summary: '正在编写。',
};

export default words(messages, 'zh', zh);
