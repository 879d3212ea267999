// A radio group drawn as a segmented button bar (its look is in src/styles/global.css: the site's theme picker uses it too).
import { useId } from 'react';
import type { Option } from './options';

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
