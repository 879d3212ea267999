// best-of-k's English words (the interface, with what each key is for: messages.ts).
import { words } from '../../i18n/react';
import { messages, type BestOfKMessages } from './messages';

export const en: BestOfKMessages = {
  title: 'Best-of-K, exactly',
  summary: 'Rejection sampling computed exactly: what picking the best of K samples does to reward and KL.',
};

export default words(messages, 'en', en);
