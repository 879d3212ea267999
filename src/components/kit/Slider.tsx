// A labelled range input showing its value. Native input: the keyboard, screen readers and touch work without custom
// key handling (arrows step, Page Up/Page Down jump, Home/End go to the ends).
import { useId, type ReactNode } from 'react';
import './field.css';

export interface SliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number | undefined;
  onChange: (value: number) => void;
  /** Visible value, e.g. "8,192 tokens". Also the aria-valuetext unless `valueText` is given. */
  format?: ((value: number) => string) | undefined;
  /** What a screen reader hears, with units ("context 8,192 tokens"). */
  valueText?: ((value: number) => string) | undefined;
  /** Optional hint below the slider. */
  hint?: ReactNode | undefined;
}

/**
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
