// The shell's English words (the interface and its comments: messages.ts).
import { words } from '../i18n/react';
import { SITE_NAMES } from '../site';
import { shellMessages, type ShellMessages } from './messages';

export const en: ShellMessages = {
  siteName: SITE_NAMES.en,
  customModel: 'Custom shape',
  ignoredHead: (n) => `${n === 1 ? 'One URL parameter was' : `${n} URL parameters were`} ignored; showing the default instead:`,
  adjustedHead: (n) => `${n === 1 ? 'One URL parameter was' : `${n} URL parameters were`} adjusted or not used:`,
  ignoredPropsHead: (n) => `${n === 1 ? 'One prop was' : `${n} props were`} ignored; showing the default instead:`,
  adjustedPropsHead: (n) => `${n === 1 ? 'One prop was' : `${n} props were`} adjusted or not used:`,
  unknownProps: (n) => `${n === 1 ? 'This prop is not a parameter of this widget and was' : 'These props are not parameters of this widget and were'} ignored:`,
  expected: 'expected',
  accepts: (spec, f) => {
    switch (spec.kind) {
      case 'enum': return `one of ${spec.values.join(', ')}`;
      case 'int':
      case 'number': {
        const n = (x: number) => (Math.abs(x) >= 1e15 ? f.sci(x) : f.int(x));
        const what = spec.kind === 'int' ? (spec.percent ? 'a whole number of percent' : 'a whole number') : 'a number';
        const rule = spec.relation ? (spec.relation.op === 'divides' ? ` that divides ${spec.relation.key}` : `, below ${spec.relation.key}`) : '';
        const absent = spec.absent ? ` (absent: the model’s ${spec.absent === 'modelTokens' ? 'documented token count' : 'pre-training context'})` : '';
        return `${what} from ${n(spec.min)} to ${n(spec.max)}${rule}${absent}`;
      }
      case 'bool': return 'true or false';
      case 'text': return `text of at most ${f.int(spec.maxLength)} characters`;
      case 'query': return `a query of at most ${f.int(spec.maxLength)} characters`;
    }
  },
  notUsed: 'is not used',
  embed: 'Embed',
  open: 'Open',
  openHidden: (title) => ` ${title} on its own page (new tab)`,
  newTab: ' (opens in a new tab)',
  themeLegend: 'Theme of the embedded widget',
  theme: { auto: 'the reader’s setting', light: 'light', dark: 'dark' },
  pasteHint: 'Paste this into your page (the script is optional: it resizes the frame to fit)',
  shortened: (key, kept, total) => `The ${key} is too long for a link: this snippet and the Open link carry its first ${kept} of ${total} characters.`,
  copy: 'Copy snippet',
  copied: 'Copied.',
  copyFailed: 'Copy failed: select the text and copy it by hand.',
  stopped: 'stopped working:',
  unknownError: 'unknown error',
  fullStop: '.',
  source: (text) => text,
  reload: 'Reload widget',
};

export default words(shellMessages, 'en', en);
