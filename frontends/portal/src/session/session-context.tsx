import type { GatewaySession, Identity, SignIn } from '@hearth/client';
import { clearStoredSession, readStoredSession, storeSession } from '@hearth/ui';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

const STORAGE_KEY = 'hearth:portal:session';

export interface PortalSession {
  gatewayUrl: string;
  /** Null until someone signs in. */
  user: Identity | null;
  /** What every remote is handed: where the gateway is and the bearer token. */
  gateway: GatewaySession | null;
  signIn: (signIn: SignIn) => void;
  signOut: () => void;
}

const SessionContext = createContext<PortalSession | null>(null);

export function SessionProvider({ gatewayUrl, children }: { gatewayUrl: string; children: ReactNode }) {
  const [stored, setStored] = useState(() => readStoredSession(STORAGE_KEY));
  const value = useMemo<PortalSession>(
    () => ({
      gatewayUrl,
      user: stored?.user ?? null,
      gateway: stored ? { gatewayUrl, token: stored.token } : null,
      signIn: (next) => {
        storeSession(STORAGE_KEY, next);
        setStored(next);
      },
      signOut: () => {
        clearStoredSession(STORAGE_KEY);
        setStored(null);
      },
    }),
    [gatewayUrl, stored],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): PortalSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs the <SessionProvider> in main.tsx');
  return session;
}

/** For pages behind sign-in: the router only renders them once there is a session. */
export function useSignedInSession(): PortalSession & { user: Identity; gateway: GatewaySession } {
  const session = useSession();
  if (!session.user || !session.gateway) throw new Error('This page needs a signed-in user');
  return session as PortalSession & { user: Identity; gateway: GatewaySession };
}
