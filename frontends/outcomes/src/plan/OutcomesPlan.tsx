import type { GatewaySession } from '@hearth/client';
import { GatewayProvider } from '@hearth/client/react';
import { PlanMeasures } from './PlanMeasures.tsx';

/** The local Outcomes Plan: what counts as success for each headline problem, and for how long. */
export default function OutcomesPlan({ session }: { session: GatewaySession }) {
  return (
    <GatewayProvider session={session}>
      <PlanMeasures />
    </GatewayProvider>
  );
}
