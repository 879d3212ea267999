// The package's own words: the headings of the note a component shows when a prop was refused, adjusted or unknown
// (the shell's note says "URL parameter" on an embed page). One language per object, as the shell's catalogues.
import type { Locale } from '../i18n/locale';
import type { GivenProps } from '../components/WidgetShell';

export const PROP_HEADS: Readonly<Record<Locale, GivenProps['heads']>> = {
  en: {
    ignored: (n) => `${n === 1 ? 'One prop was' : `${n} props were`} ignored; showing the default instead:`,
    adjusted: (n) => `${n === 1 ? 'One prop was' : `${n} props were`} adjusted or not used:`,
    unknown: (n) => (n === 1 ? 'This prop is not a parameter of this widget and was ignored:' : 'These props are not parameters of this widget and were ignored:'),
  },
  zh: {
    ignored: (n) => `有 ${n} 个组件属性（prop）无效，已忽略，改用默认值：`,
    adjusted: (n) => `有 ${n} 个组件属性（prop）被调整或未被使用：`,
    unknown: (n) => `以下 ${n} 个属性不是这个组件的参数，已忽略：`,
  },
};
