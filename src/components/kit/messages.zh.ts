// The kit's Chinese words (the interface: messages.ts).
import { words } from '../../i18n/react';
import { formatFor, type Format } from '../../lib/format';
import type { FieldRefusal } from '../../lib/text';
import { KIT_MESSAGES, type KitMessages } from './messages';

const fmt = formatFor('zh');

export const zh: KitMessages = {
  count: (chars, max) => `已用 ${fmt.int(chars)} / ${fmt.int(max)} 个字符。`,
  cut: (max) => `只保留了前 ${fmt.int(max)} 个字符。`,
  overCap: (chars, max) => `这段文本有 ${fmt.int(chars)} 个字符，最多只使用 ${fmt.int(max)} 个。`,
  gridInstructions: '方向键每次移动一格；Home 和 End 跳到本行的开头和末尾，Page Up 和 Page Down 跳到第一行和最后一行，Ctrl+Home 和 Ctrl+End 跳到第一格和最后一格。',
  back: '后退',
  reset: '重置',
  play: '播放',
  pause: '暂停',
};

/** 输入框里被拒绝的整数（readBoundedField）的统一说法；`hint` 说明还接受什么写法，例如“（数字，或用 K 表示 1,024，例如 8K）”。 */
export function wholeNumberError(label: string, { failure, value, min, max }: FieldRefusal<string>, f: Format, hint = ''): string {
  const range = `${f.int(min)} 到 ${f.int(max)} 之间`;
  switch (failure) {
    case 'tooLong': return `${label}：输入过长。请输入 ${range}的整数。`;
    case 'tooSmall':
    case 'tooLarge': return `${label}必须在 ${range}${value === undefined ? '' : `；输入的是 ${f.int(value)}`}。`;
    default: return `${label}：请输入 ${range}的整数${hint}。`;
  }
}

export default words(KIT_MESSAGES, 'zh', zh);
