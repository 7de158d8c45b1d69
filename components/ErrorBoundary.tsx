import { Component, type ReactNode } from 'react';

/**
 * Catches a screen that fails to load or render, so the rest of the page (help, quick exit)
 * keeps working. `fallback` gets the error and a retry.
 */
export class ErrorBoundary extends Component<
  {
    fallback: (error: Error, retry: () => void) => ReactNode;
    resetKey?: string;
    children: ReactNode;
  },
  { error: Error | null; key?: string }
> {
  override state: { error: Error | null; key?: string } = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  static getDerivedStateFromProps(
    props: { resetKey?: string },
    state: { error: Error | null; key?: string },
  ) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override render() {
    if (this.state.error) {
      return this.props.fallback(this.state.error, () => this.setState({ error: null }));
    }
    return this.props.children;
  }
}
