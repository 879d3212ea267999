// rope-decay's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
import { words } from '../../i18n/react';
import { messages, type RopeDecayMessages } from './messages';

export const zh: RopeDecayMessages = {
  title: 'RoPE 的远程衰减',
  summary: '正在编写。',
};

export default words(messages, 'zh', zh);
