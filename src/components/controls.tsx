// Shared form controls for widget views. All are native inputs with visible labels and values, so
// the keyboard, screen readers and touch work without custom key handling. Inputs speak their own value
// (label, aria-valuetext) and are never live regions; results are spoken through useAnnounce (announce.tsx).
import { useId, type ReactNode } from 'react';
import { useAnnounce } from './announce';
import './controls.css';

interface SliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  onChange: (value: number) => void;
  /** Visible value, e.g. "8,192 tokens". Also the aria-valuetext unless `valueText` is given. */
  format?: (value: number) => string;
  /** What a screen reader hears, with units ("context 8,192 tokens"). */
  valueText?: (value: number) => string;
  /** Optional hint below the slider. */
  hint?: ReactNode;
}

/**
 * A labelled range input showing its value. Arrow keys step, PageUp/PageDown jump, Home/End go to the ends.
 * The visible value is plain text beside the label, hidden from assistive tech: the slider itself says it once,
 * through aria-valuetext (an <output> would be a second, live copy, and is not allowed inside a <label>).
 */
export function Slider({ label, value, min, max, step = 1, onChange, format = String, valueText, hint }: SliderProps) {
  const id = useId();
  const shown = format(value);
  return (
    <div className="ctl ctl-slider">
      <div className="ctl-slider-head">
        <label htmlFor={id} className="ctl-label">{label}</label>
        <span className="ctl-value" aria-hidden="true">{shown}</span>
      </div>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={valueText ? valueText(value) : shown}
        onChange={(e) => onChange(Number(e.currentTarget.value))}
      />
      {hint && <p className="ctl-hint">{hint}</p>}
    </div>
  );
}

interface Option<T extends string> {
  value: T;
  label: string;
}

/** A radio group drawn as a segmented button bar. */
export function Segmented<T extends string>({ legend, value, options, onChange }: {
  legend: string;
  value: T;
  options: readonly Option<T>[];
  onChange: (value: T) => void;
}) {
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value}>
          <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** A labelled native <select>. */
export function Select<T extends string>({ label, value, options, onChange }: {
  label: string;
  value: T;
  options: readonly Option<T>[];
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <div className="ctl ctl-select">
      <label htmlFor={id} className="ctl-label">{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as T)}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}

/** A labelled checkbox. */
export function Toggle({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <div className="ctl ctl-toggle">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/**
 * A labelled text field for a number the reader types (custom configs). It keeps the raw text so a
 * reader can type freely; `error` (from the model's validation) is shown inline, tied to the field with
 * aria-describedby, and spoken politely once the typing has settled (never an alert on a half-typed number).
 */
export function NumberField({ label, value, onChange, error, inputMode = 'numeric', width = '8ch' }: {
  label: string;
  /** Raw text as typed. */
  value: string;
  onChange: (text: string) => void;
  error?: string | null;
  inputMode?: 'numeric' | 'decimal';
  width?: string;
}) {
  const id = useId();
  const errId = `${id}-err`;
  useAnnounce(error ?? '');
  return (
    <div className="ctl ctl-number">
      <label htmlFor={id} className="ctl-label">{label}</label>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        spellCheck={false}
        autoComplete="off"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errId : undefined}
        style={{ width }}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      {error && <p id={errId} className="ctl-error">{error}</p>}
    </div>
  );
}

/**
 * A box that scrolls (a wide table, a long list): focusable, so keyboard users can scroll it, and named, so a
 * screen reader says what it is. `className` adds the widget's own look; the overflow comes from .scroll-region.
 */
export function ScrollRegion({ label, className, children, vertical = false }: {
  label: string;
  className?: string;
  /** Scrolls up and down (a list with a max-height) rather than sideways. */
  vertical?: boolean;
  children: ReactNode;
}) {
  return (
    <section className={`scroll-region${vertical ? ' scroll-region-y' : ''}${className ? ` ${className}` : ''}`} tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
