import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Widget title, for the message. */
  title: string;
  /** Called by "Reload widget" before remounting (e.g. back to the default state). */
  onReset?: () => void;
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
            <strong>{this.props.title}</strong> stopped working: {this.state.error.message || 'unknown error'}.
          </p>
          <button type="button" onClick={() => {
              this.props.onReset?.();
              this.setState((s) => ({ error: null, generation: s.generation + 1 }));
            }}>
            Reload widget
          </button>
        </div>
      );
    }
    return <div key={this.state.generation} className="widget-body">{this.props.children}</div>;
  }
}
