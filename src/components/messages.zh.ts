// The shell's Chinese words (the interface and its comments: messages.ts).
import { words } from '../i18n/react';
import { citeZh } from '../i18n/dataZh';
import { SITE_NAMES } from '../site';
import { shellMessages, type ShellMessages } from './messages';

export const zh: ShellMessages = {
  siteName: SITE_NAMES.zh,
  customModel: '自定义形状',
  ignoredHead: (n) => `有 ${n} 个网址参数无效，已忽略，改用默认值：`,
  adjustedHead: (n) => `有 ${n} 个网址参数被调整或未被使用：`,
  expected: '应为',
  accepts: (spec, f) => {
    switch (spec.kind) {
      case 'enum': return `${spec.values.join('、')} 之一`;
      case 'set': return `${spec.values.join('、')} 中的任意几项，用英文逗号分隔`;
      case 'int':
      case 'number': {
        const n = (x: number) => (Math.abs(x) >= 1e15 ? f.sci(x) : f.int(x));
        const what = spec.kind === 'int' ? (spec.percent ? '整数百分比' : '整数') : '数';
        const rule = spec.relation ? (spec.relation.op === 'divides' ? `，且能整除 ${spec.relation.key}` : `，且小于 ${spec.relation.key}`) : '';
        const absent = spec.absent ? `（缺省时取模型的${spec.absent === 'modelTokens' ? '公开训练 token 数' : '预训练上下文长度'}）` : '';
        return `${n(spec.min)} 到 ${n(spec.max)} 之间的${what}${rule}${absent}`;
      }
      case 'bool': return 'true 或 false';
      case 'text': return `不超过 ${f.int(spec.maxLength)} 个字符的文本`;
      case 'query': return `不超过 ${f.int(spec.maxLength)} 个字符的查询`;
    }
  },
  notUsed: '未被使用',
  embed: '嵌入',
  open: '打开',
  openHidden: (title) => `：在新标签页中单独打开“${title}”`,
  newTab: '（在新标签页中打开）',
  themeLegend: '嵌入组件的主题',
  theme: { auto: '跟随读者设置', light: '浅色', dark: '深色' },
  pasteHint: '把这段代码粘贴到你的页面中（脚本可选：它让框架高度随内容调整）',
  shortened: (key, kept, total) => `${key} 太长，放不进链接：这段代码和“打开”链接只带上了全部 ${total} 个字符中的前 ${kept} 个。`,
  copy: '复制代码',
  copied: '已复制。',
  copyFailed: '复制失败：请选中文字后手动复制。',
  stopped: '出错停止运行：',
  unknownError: '未知错误',
  fullStop: '。',
  source: citeZh,
  reload: '重新加载组件',
};

export default words(shellMessages, 'zh', zh);
