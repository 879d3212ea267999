// dedup-lab's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
import { words } from '../../i18n/react';
import { messages, type DedupLabMessages } from './messages';

export const zh: DedupLabMessages = {
  title: '去重实验室',
  summary: '正在编写。',
};

export default words(messages, 'zh', zh);
