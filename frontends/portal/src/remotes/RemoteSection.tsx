import type { RemoteName } from '@hearth/federation';
import { loadRemoteModule } from '@hearth/federation/runtime';
import { SectionBoundary } from '@hearth/ui';
import { lazy, useMemo, useState, type ComponentType } from 'react';

export interface RemoteSectionProps<P> {
  remote: RemoteName;
  /** The exposed module, e.g. './FamilyList'; its default export is the component. */
  module: string;
  /** What the section is called on the page, named in its loading and failure messages. */
  section: string;
  props: P;
  /** False where the page's h1 already names the section. */
  headingWhenFailed?: boolean;
}

/**
 * One part of a page rendered by the remote that owns it. Each try gets a new
 * lazy component, because React remembers a failed one for good.
 */
export function RemoteSection<P extends object>({ remote, module, section, props, headingWhenFailed }: RemoteSectionProps<P>) {
  const [attempt, setAttempt] = useState(0);
  const Component = useMemo(
    () => lazy(() => loadRemoteModule<{ default: ComponentType<P> }>(remote, module)),
    // attempt is what makes a retry load afresh.
    [remote, module, attempt],
  );
  return (
    <div className="hearth-remote-section" data-remote={remote} data-module={module}>
      <SectionBoundary section={section} headingWhenFailed={headingWhenFailed} onRetry={() => setAttempt((n) => n + 1)}>
        <Component {...props} />
      </SectionBoundary>
    </div>
  );
}
