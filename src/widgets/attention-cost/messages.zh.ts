// attention-cost's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
import { words } from '../../i18n/react';
import { messages, type AttentionCostMessages } from './messages';

export const zh: AttentionCostMessages = {
  title: '长上下文的二次方代价',
  summary: '正在编写。',
};

export default words(messages, 'zh', zh);
