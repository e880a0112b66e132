import type { GatewaySession } from '@hearth/client';
import { GatewayProvider } from '@hearth/client/react';
import { ModelsTable } from './ModelsTable.tsx';

/** The six models of intervention, in the programme's order. */
export default function InterventionModels({ session }: { session: GatewaySession }) {
  return (
    <GatewayProvider session={session}>
      <ModelsTable />
    </GatewayProvider>
  );
}
