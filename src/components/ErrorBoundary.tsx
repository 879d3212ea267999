import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { ShellMessages } from './messages';

interface Props {
  /** Widget title, for the message. */
  title: string;
  /** Called by "Reload widget" before remounting (e.g. back to the default state). */
  onReset?: () => void;
  /** The box's words, in the reader's language. */
  words: Pick<ShellMessages, 'stopped' | 'unknownError' | 'reload' | 'fullStop'>;
  children: ReactNode;
}
interface State {
  error: Error | null;
  /** Bumped by "Reload widget" to remount the subtree from scratch. */
  generation: number;
}

/** A failing widget shows a short message and a reload button; the rest of the page keeps working. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, generation: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`[${this.props.title}] widget error:`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error) {
      return (
        <div className="widget-error" role="alert">
          <p>
            <strong>{this.props.title}</strong> {this.props.words.stopped} {this.state.error.message || this.props.words.unknownError}{this.props.words.fullStop}
          </p>
          <button type="button" onClick={() => {
              this.props.onReset?.();
              this.setState((s) => ({ error: null, generation: s.generation + 1 }));
            }}>
            {this.props.words.reload}
          </button>
        </div>
      );
    }
    return <div key={this.state.generation} className="widget-body">{this.props.children}</div>;
  }
}
