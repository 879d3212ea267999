// A labelled text box with a character cap and a visible count below it, tied to the box with aria-describedby.
// Past the cap, `overCap` decides: 'cut' keeps the first `max` characters and says so under the count; 'refuse'
// keeps the text, marks the box invalid and shows the widget's message (spoken once settled, like a field error).
// Words come from the widget or the kit catalogue (messages.ts).
import { useId, useState, type ReactNode } from 'react';
import { useMessages } from '../../i18n/react';
import { useAnnounce } from '../announce';
import { KIT_MESSAGES } from './messages';
import { countCodePoints } from '../../lib/text';
import { capText } from './textCap';
import './field.css';

export interface TextAreaProps {
  label: ReactNode;
  value: string;
  /** The new text (already cut to the cap with overCap 'cut'). */
  onChange: (text: string) => void;
  /** The cap, in characters (code points). */
  max: number;
  overCap: 'cut' | 'refuse';
  /** With 'refuse': what a text over the cap gets (default: the kit's sentence). */
  refused?: ((chars: number, max: number) => string) | undefined;
  /** The visible count (default: "593 of 2,000 characters."). */
  count?: ((chars: number, max: number) => ReactNode) | undefined;
  /** One line (an <input>) instead of a box of `rows` lines. */
  singleLine?: boolean | undefined;
  rows?: number | undefined;
  lang?: string | undefined;
  /** The widget's class on the wrapper (its own look: font, height). */
  className?: string | undefined;
  /** More lines about the text, below the count (e.g. what the model did with it). */
  children?: ReactNode | undefined;
}

export function TextArea({ label, value, onChange, max, overCap, refused, count, singleLine = false, rows = 4, lang, className, children }: TextAreaProps) {
  const t = useMessages(KIT_MESSAGES);
  const id = useId();
  const countId = `${id}-count`;
  const errId = `${id}-err`;
  // The text as last cut: the note stays while the value is that text (another sample, a preset, drops it).
  const [cutText, setCutText] = useState<string | null>(null);
  const cut = cutText !== null && cutText === value;
  const chars = countCodePoints(value);
  const error = overCap === 'refuse' && chars > max ? (refused ?? t.overCap)(chars, max) : null;
  useAnnounce(error ?? '');
  const field = {
    id,
    value,
    lang,
    spellCheck: false,
    autoComplete: 'off',
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${countId} ${errId}` : countId,
    onChange: (e: { currentTarget: { value: string } }) => {
      const typed = e.currentTarget.value;
      if (overCap === 'refuse') { onChange(typed); return; }
      const capped = capText(typed, max);
      setCutText(capped.cut ? capped.text : null);
      onChange(capped.text);
    },
  } as const;
  return (
    <div className={className ? `ctl ctl-text ${className}` : 'ctl ctl-text'}>
      <label htmlFor={id} className="ctl-label">{label}</label>
      {singleLine ? <input type="text" {...field} /> : <textarea rows={rows} {...field} />}
      <p id={countId} className="ctl-count">
        {(count ?? t.count)(chars, max)}
        {cut && <span className="ctl-cut">{` ${t.cut(max)}`}</span>}
      </p>
      {error && <p id={errId} className="ctl-error">{error}</p>}
      {children}
    </div>
  );
}
