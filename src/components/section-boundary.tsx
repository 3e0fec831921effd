import { Component, type ErrorInfo, type ReactNode } from 'react';
import { StatePanel } from './state-panel';

interface Props {
  /** What the section shows, for the message: "the history chart". */
  what: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/*
 * Wraps one section of a page, so that a part which fails to render (a chart
 * whose code did not load, data no component expected) leaves the rest of
 * the page, and its figures, on screen. React has no hook for this yet.
 */
export class SectionBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`Could not show ${this.props.what}:`, error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <StatePanel
        kind="error"
        title={`Could not show ${this.props.what}. The rest of the page is unaffected.`}
        action={
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        }
      >
        <p>{error.message || 'An unexpected error occurred'}.</p>
      </StatePanel>
    );
  }
}
