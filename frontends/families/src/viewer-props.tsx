import { identityFromToken, type GatewaySession } from '@hearth/client';
import { ProblemMessage } from '@hearth/ui';
import type { ReactNode } from 'react';
import type { Viewer } from './viewer.ts';

/** What every exposed component of this remote is handed by its host. */
export interface ExposedProps {
  session: GatewaySession;
  /** Who is signed in; read from the token when the host does not say. */
  viewer?: Viewer | null;
}

/** Renders its children for the viewer the host named, or the one the token names; says so when neither does. */
export function WithViewer({ session, viewer, children }: ExposedProps & { children: (viewer: Viewer) => ReactNode }) {
  const known = viewer ?? identityFromToken(session.token);
  if (!known) {
    return (
      <ProblemMessage title="Hearth cannot tell who you are signed in as">
        <p className="govuk-body">Sign out and sign in again.</p>
      </ProblemMessage>
    );
  }
  return <>{children(known)}</>;
}
