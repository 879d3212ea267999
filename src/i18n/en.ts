// Binds an island to English: the shell's and the kit's English words, plus the island's own (src/widgets/<id>/en.ts).
import { localizer } from './react';
import shell from '../components/messages.en';
import kit from '../components/kit/messages.en';

export const localize = localizer('en', [shell, kit]);
