import { Button, formatDate } from '@hearth/ui';
import { useEffect, useRef } from 'react';
import type { FamilyIntervention } from '../family-interventions.query.ts';
import { withdrawnBeforeStart } from '../status-words.ts';

/**
 * Someone else marked it as started, or withdrew it, first, and the reload has
 * shown it: there is nothing left to mark, and focus (which was on the reload button) comes here.
 */
export function NoLongerPlanned({ intervention, onClose }: { intervention: FamilyIntervention; onClose: () => void }) {
  const notice = useRef<HTMLParagraphElement>(null);
  useEffect(() => notice.current?.focus(), []);
  const what = withdrawnBeforeStart(intervention)
    ? `withdrawn on ${formatDate(intervention.endedOn)}, before it started`
    : intervention.endedOn
      ? `${intervention.status === 'COMPLETED' ? 'completed' : 'withdrawn'} on ${formatDate(intervention.endedOn)}`
      : `started on ${formatDate(intervention.startedOn)}`;
  return (
    <>
      <p className="govuk-inset-text" tabIndex={-1} ref={notice}>
        This intervention is no longer planned: it was {what}. It cannot be marked as started.
      </p>
      <Button variant="secondary" onClick={onClose}>
        Close
      </Button>
    </>
  );
}
