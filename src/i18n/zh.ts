// Binds an island to Chinese: the shell's and the kit's Chinese words, plus the island's own (src/widgets/<id>/zh.ts).
import { localizer } from './react';
import shell from '../components/messages.zh';
import kit from '../components/kit/messages.zh';

export const localize = localizer('zh', [shell, kit]);
