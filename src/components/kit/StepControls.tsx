// Buttons that step through a sequence (merges, stages of a forward pass, tokens): Reset, Back, forward, Play/Pause,
// in that order wherever they appear. A button at an end of the sequence is aria-disabled, not disabled (a disabled
// button drops its focus to <body>), and does nothing. The arrows are decoration, hidden from screen readers.
// Labels: the forward label from the widget ("Merge", "Step", "Next"); the others from the kit catalogue unless given.
import type { ReactNode } from 'react';
import { useMessages } from '../../i18n/react';
import { KIT_MESSAGES } from './messages';
import './steps.css';

export interface StepControlsProps {
  /** Name of the group ("Training steps"). */
  label: string;
  /** Position in the sequence: no Back (or Reset) at the start, no forward step at the end. */
  atStart: boolean;
  atEnd: boolean;
  onBack: () => void;
  onNext: () => void;
  /** The forward button's label. */
  nextLabel: string;
  backLabel?: string | undefined;
  /** A Reset button (to the start) when given. */
  onReset?: (() => void) | undefined;
  /** A Play/Pause button when given: `playing` picks its label. */
  playing?: boolean | undefined;
  onPlay?: (() => void) | undefined;
  className?: string | undefined;
  /** The buttons' own class (the widget's size for them). */
  buttonsClassName?: string | undefined;
  /** Other controls of the group, after the buttons (a slider, a stage picker). */
  children?: ReactNode | undefined;
}

export function StepControls({
  label, atStart, atEnd, onBack, onNext, nextLabel, backLabel, onReset, playing = false, onPlay, className, buttonsClassName, children,
}: StepControlsProps) {
  const t = useMessages(KIT_MESSAGES);
  const guard = (off: boolean, act: () => void) => () => { if (!off) act(); };
  return (
    <div className={className} role="group" aria-label={label}>
      <div className={buttonsClassName ? `steps-buttons ${buttonsClassName}` : 'steps-buttons'}>
        {onReset && <button type="button" aria-disabled={atStart} onClick={guard(atStart, onReset)}>{t.reset}</button>}
        <button type="button" aria-disabled={atStart} onClick={guard(atStart, onBack)}>
          <span aria-hidden="true">◀ </span>{backLabel ?? t.back}
        </button>
        <button type="button" aria-disabled={atEnd} onClick={guard(atEnd, onNext)}>
          {nextLabel}<span aria-hidden="true"> ▶</span>
        </button>
        {onPlay && (
          <button type="button" className="steps-play" aria-disabled={!playing && atEnd} onClick={onPlay}>
            {playing ? t.pause : t.play}
          </button>
        )}
      </div>
      {children}
    </div>
  );
}
