// scaling-law's English words (the interface, with what each key is for: messages.ts).
import { words } from '../../i18n/react';
import { messages, type ScalingLawMessages } from './messages';

export const en: ScalingLawMessages = {
  title: 'Compute-optimal scaling law',
  summary: 'Work in progress.',
};

export default words(messages, 'en', en);
