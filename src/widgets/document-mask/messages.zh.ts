// document-mask's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
import { words } from '../../i18n/react';
import { messages, type DocumentMaskMessages } from './messages';

export const zh: DocumentMaskMessages = {
  title: '文档掩码',
  summary: '正在编写。',
};

export default words(messages, 'zh', zh);
