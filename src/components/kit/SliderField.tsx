// A slider for the common values and, below it, a NumberField for the exact one (a context of 8,192 tokens on a
// powers-of-two slider, a vocabulary of 128,256 rows on a log slider). Both edit one value; the slider's positions
// are the widget's (`position` and `valueAt` map between them), and the field keeps the reader's draft (NumberField).
import type { ReactNode } from 'react';
import { NumberField } from './NumberField';
import type { Parsed } from './draft';
import { Slider } from './Slider';
import './field.css';

export interface SliderFieldProps<E = string> {
  value: number;
  onChange: (value: number) => void;
  slider: {
    label: string;
    min: number;
    max: number;
    step?: number | undefined;
    /** The slider position that shows `value` (e.g. its power of two). */
    position: (value: number) => number;
    /** The value a slider position stands for. */
    valueAt: (position: number) => number;
    /** Visible value beside the slider's label. */
    format: (value: number) => string;
    /** What a screen reader hears (default: the visible value). */
    valueText?: ((value: number) => string) | undefined;
    hint?: ReactNode | undefined;
  };
  field: {
    label: string;
    parse: (text: string) => Parsed<number, E>;
    /** How the value is written in the field (default: String). */
    format?: ((value: number) => string) | undefined;
    errorText?: ((error: E) => string) | undefined;
    width?: string | undefined;
    inputMode?: 'numeric' | 'decimal' | undefined;
  };
  className?: string | undefined;
  /** Shown beside the field (e.g. buttons that jump to named values). */
  children?: ReactNode | undefined;
}

export function SliderField<E = string>({ value, onChange, slider, field, className, children }: SliderFieldProps<E>) {
  const { valueText } = slider;
  return (
    <div className={className ? `ctl-pair ${className}` : 'ctl-pair'}>
      <Slider
        label={slider.label}
        value={slider.position(value)}
        min={slider.min}
        max={slider.max}
        step={slider.step}
        onChange={(p) => onChange(slider.valueAt(p))}
        format={() => slider.format(value)}
        valueText={valueText ? () => valueText(value) : undefined}
        hint={slider.hint}
      />
      <div className="ctl-pair-row">
        <NumberField<number, E> label={field.label} value={value} parse={field.parse} onChange={onChange} format={field.format}
          errorText={field.errorText} width={field.width} inputMode={field.inputMode} />
        {children}
      </div>
    </div>
  );
}
