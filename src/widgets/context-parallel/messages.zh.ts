// context-parallel's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
import { words } from '../../i18n/react';
import { messages, type ContextParallelMessages } from './messages';

export const zh: ContextParallelMessages = {
  title: '上下文并行',
  summary: '正在编写。',
};

export default words(messages, 'zh', zh);
