import type { GatewaySession } from '@hearth/client';
import { GatewayProvider } from '@hearth/client/react';
import { CatalogueByPhase } from './CatalogueByPhase.tsx';

/** The criteria families are identified by, phase by phase, with the indicators that show each. */
export default function HeadlineProblemsCatalogue({ session }: { session: GatewaySession }) {
  return (
    <GatewayProvider session={session}>
      <CatalogueByPhase />
    </GatewayProvider>
  );
}
