// reward-model's English words (the interface, with what each key is for: messages.ts).
import { words } from '../../i18n/react';
import { messages, type RewardModelMessages } from './messages';

export const en: RewardModelMessages = {
  title: 'Train a reward model',
  summary: 'Train a Bradley–Terry reward model on preference pairs and see what it gets right.',
};

export default words(messages, 'en', en);
