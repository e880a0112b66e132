import { identityFromToken, ROLE_NAMES, type GatewaySession, type Identity, type Role, type SignIn } from '@hearth/client';
import { useState, type ReactNode } from 'react';
import { PageLayout } from '../components/PageLayout.tsx';
import { DemoSignIn } from './DemoSignIn.tsx';
import { clearStoredSession, readStoredSession, storeSession, type StoredSession } from './stored-session.ts';

export interface StandalonePageProps {
  /** Which micro-frontend this is, e.g. "Families". */
  title: string;
  gatewayUrl: string;
  roles?: Role[];
  children: (session: GatewaySession, user: Identity | null) => ReactNode;
}

/**
 * A remote's own page, for working on it without the portal: it signs in by
 * itself (or takes a token from the URL, ?token=…) and then renders what the
 * remote exposes exactly as the portal would.
 */
export function StandalonePage({ title, gatewayUrl, roles, children }: StandalonePageProps) {
  const storageKey = `hearth:${title.toLowerCase()}:session`;
  const [signIn, setSignIn] = useState<StoredSession | null>(() => tokenFromFragment() ?? readStoredSession(storageKey));
  const signedIn = (next: SignIn) => {
    storeSession(storageKey, next);
    setSignIn(next);
  };
  const signOut = () => {
    clearStoredSession(storageKey);
    setSignIn(null);
  };
  const user = signIn?.user ?? null;
  return (
    <PageLayout
      header={{
        organisation: 'Hearth',
        serviceName: `${title} (standalone)`,
        user: signIn ? { name: user?.name ?? 'a token from the URL', roleName: user ? ROLE_NAMES[user.role] : 'role unknown' } : undefined,
        onSignOut: signIn ? signOut : undefined,
      }}
    >
      {signIn ? children({ gatewayUrl, token: signIn.token }, user) : <DemoSignIn gatewayUrl={gatewayUrl} roles={roles} onSignedIn={signedIn} />}
    </PageLayout>
  );
}

/** A token handed over in the address (?token=…); who it belongs to is read from its claims, to decide what the page offers. */
function tokenFromFragment(): StoredSession | null {
  const token = new URLSearchParams(window.location.search).get('token');
  return token ? { token, user: identityFromToken(token) } : null;
}
