import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createGatewayClient, type GatewayClient, type GatewaySession } from '../gateway-client.ts';

const GatewayContext = createContext<GatewayClient | null>(null);

/**
 * Every exposed component wraps itself in one of these from the session its
 * host passed in as props: host and remote are built apart, so a context the
 * host created would not be the same object a remote reads.
 */
export function GatewayProvider({ session, children }: { session: GatewaySession; children: ReactNode }) {
  const client = useMemo(() => createGatewayClient(session), [session.gatewayUrl, session.token]);
  return <GatewayContext.Provider value={client}>{children}</GatewayContext.Provider>;
}

export function useGatewayClient(): GatewayClient {
  const client = useContext(GatewayContext);
  if (!client) throw new Error('useGatewayClient needs a <GatewayProvider> above it');
  return client;
}
