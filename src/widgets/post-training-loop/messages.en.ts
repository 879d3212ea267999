// post-training-loop's English words (the interface, with what each key is for: messages.ts).
import { words } from '../../i18n/react';
import { messages, type PostTrainingLoopMessages } from './messages';

export const en: PostTrainingLoopMessages = {
  title: 'Six rounds of post-training',
  summary: 'Step through six rounds of reward modelling, rejection sampling, SFT and DPO on a toy model.',
};

export default words(messages, 'en', en);
