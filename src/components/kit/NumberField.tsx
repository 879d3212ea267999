// A labelled text field for a number the reader types. It keeps the reader's own text (the draft) while that text is
// invalid or still means the value (draft.ts), reads it with the widget's parse function, and shows a failure inline:
// tied to the field with aria-describedby, spoken politely through useAnnounce once the typing has settled, never an
// alert on a half-typed number. The widget words the failure (`errorText`); the part has no words of its own.
import { useId, useState } from 'react';
import { useAnnounce } from '../announce';
import { shownDraft, typedDraft, type Draft, type Parsed } from './draft';
import './field.css';

export interface NumberFieldProps<T, E = string> {
  label: string;
  /** The value in the widget's state. */
  value: T;
  /** Reads a typed text: a value, or a failure (worded by `errorText`). */
  parse: (text: string) => Parsed<T, E>;
  /** A valid text was typed. */
  onChange: (value: T) => void;
  /** How the value is written when the reader has not typed it (default: String). */
  format?: ((value: T) => string) | undefined;
  /** The words for a failure of `parse` (default: the failure itself, when it is a string). */
  errorText?: ((error: E) => string) | undefined;
  /** An error the field's own text does not show (a check across fields); the field's own failure comes first. */
  error?: string | null | undefined;
  /**
   * The draft, when the widget keeps it (a form that evaluates the typed texts itself); `onDraft` then receives every
   * keystroke's draft. Without them the field keeps its draft itself.
   */
  draft?: Draft<T> | null | undefined;
  onDraft?: ((draft: Draft<T>) => void) | undefined;
  /** The on-screen keyboard: digits ('numeric'), digits and a point ('decimal'), or a full one ('text': a list of numbers needs commas). */
  inputMode?: 'numeric' | 'decimal' | 'text' | undefined;
  /** CSS width of the input. */
  width?: string | undefined;
}

export function NumberField<T, E = string>({
  label, value, parse, onChange, format = String, errorText = String, error = null, draft, onDraft, inputMode = 'numeric', width = '8ch',
}: NumberFieldProps<T, E>) {
  const id = useId();
  const errId = `${id}-err`;
  const [own, setOwn] = useState<Draft<T> | null>(null);
  const lifted = onDraft !== undefined;
  const current = lifted ? draft : own;
  const text = shownDraft(current, value, parse);
  // A draft kept here is dropped once the value has moved away from it (a slider, a preset), so it cannot come back
  // when the value returns to where it was.
  if (!lifted && own !== null && text === null) setOwn(null);
  const parsed = text === null ? null : parse(text);
  const shownError = parsed && !parsed.ok ? errorText(parsed.error) : error;
  useAnnounce(shownError ?? '');
  return (
    <div className="ctl ctl-number">
      <label htmlFor={id} className="ctl-label">{label}</label>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        spellCheck={false}
        autoComplete="off"
        value={text ?? format(value)}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={shownError ? errId : undefined}
        style={{ width }}
        onChange={(e) => {
          const typed = typedDraft(e.currentTarget.value, value, parse);
          if (lifted) onDraft(typed.draft);
          else setOwn(typed.draft);
          if (typed.parsed.ok && !Object.is(typed.parsed.value, value)) onChange(typed.parsed.value);
        }}
      />
      {shownError && <p id={errId} className="ctl-error">{shownError}</p>}
    </div>
  );
}
