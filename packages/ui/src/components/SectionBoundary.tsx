import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';
import { Button } from './Button.tsx';
import { Loading } from './Loading.tsx';
import { ProblemMessage } from './ProblemMessage.tsx';

export interface SectionBoundaryProps {
  /** What the section is called on the page, e.g. "Headline problems". */
  section: string;
  children: ReactNode;
  /** Called before the section is tried again (a host re-requests its remote here). */
  onRetry?: () => void;
  /** Keep the page's outline whole when the section's own heading is missing: off where the page heading already names it. */
  headingWhenFailed?: boolean;
}

interface State {
  error: Error | null;
  attempt: number;
}

/**
 * Wraps each section a remote renders: while the remote loads it says so, and
 * if the remote is down or throws, this section (and only this section) shows
 * what went wrong and offers to try again.
 */
export class SectionBoundary extends Component<SectionBoundaryProps, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`The ${this.props.section} section failed`, error, info.componentStack);
  }

  private readonly retry = () => {
    this.props.onRetry?.();
    this.setState((state) => ({ error: null, attempt: state.attempt + 1 }));
  };

  override render() {
    const { section, children, headingWhenFailed = true } = this.props;
    if (this.state.error) {
      return (
        <section aria-label={section} data-section-state="failed">
          {headingWhenFailed && <h2 className="govuk-heading-l">{section}</h2>}
          <ProblemMessage
            title={`${section} cannot be shown right now`}
            action={
              <Button variant="secondary" className="govuk-!-margin-bottom-0" onClick={this.retry}>
                Try again<span className="govuk-visually-hidden">: {section}</span>
              </Button>
            }
          >
            <p className="govuk-body">The service behind it did not respond. The rest of this page still works.</p>
          </ProblemMessage>
        </section>
      );
    }
    return (
      <Suspense key={this.state.attempt} fallback={<Loading what={section.toLowerCase()} />}>
        {children}
      </Suspense>
    );
  }
}
