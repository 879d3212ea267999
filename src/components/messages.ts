// The words of the parts every widget shares (the shell around a view: URL notices, the Embed panel, the
// error box) and of the labels widgets share (one label for a custom model). One catalogue per language.
import type { Catalogue } from '../i18n/locale';
import type { Format } from '../lib/format';
import type { FieldSpec, Theme } from '../lib/urlState';

export interface ShellMessages {
  /** The one label for a model shape the reader types in (every widget's model list uses it). */
  customModel: string;
  ignoredHead: (n: number) => string;
  adjustedHead: (n: number) => string;
  expected: string;
  /** What a URL field accepts, in words ("one of 8b, 70b, 405b"). */
  accepts: (spec: FieldSpec, f: Format) => string;
  notUsed: string;
  embed: string;
  open: string;
  /** Screen-reader tail of the Open link. */
  openHidden: (title: string) => string;
  newTab: string;
  themeLegend: string;
  theme: Record<Theme, string>;
  pasteHint: string;
  /** The snippet carries only the first `kept` of `total` characters of a long text field. */
  shortened: (key: string, kept: string, total: string) => string;
  copy: string;
  copied: string;
  copyFailed: string;
  stopped: string;
  unknownError: string;
  reload: string;
}

const en: ShellMessages = {
  customModel: 'Custom shape',
  ignoredHead: (n) => `${n === 1 ? 'One URL parameter was' : `${n} URL parameters were`} ignored; showing the default instead:`,
  adjustedHead: (n) => `${n === 1 ? 'One URL parameter was' : `${n} URL parameters were`} adjusted or not used:`,
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
  reload: 'Reload widget',
};

export const shellMessages: Catalogue<ShellMessages> = { en };
