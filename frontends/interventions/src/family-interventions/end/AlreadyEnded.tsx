import { Button, formatDate } from '@hearth/ui';
import { useEffect, useRef } from 'react';
import type { FamilyIntervention } from '../family-interventions.query.ts';
import { endOutcome } from './end-outcomes.ts';

/**
 * Someone else ended it first, and the reload has shown it: there is nothing
 * left to send, and focus (which was on the reload button) comes here.
 */
export function AlreadyEnded({ intervention, onClose }: { intervention: FamilyIntervention; onClose: () => void }) {
  const notice = useRef<HTMLParagraphElement>(null);
  useEffect(() => notice.current?.focus(), []);
  return (
    <>
      <p className="govuk-inset-text" tabIndex={-1} ref={notice}>
        This intervention has already been {endOutcome(intervention.status)?.done ?? 'ended'}
        {intervention.endedOn ? `, on ${formatDate(intervention.endedOn)}` : ''}. It cannot be ended again.
      </p>
      <Button variant="secondary" onClick={onClose}>
        Close
      </Button>
    </>
  );
}
