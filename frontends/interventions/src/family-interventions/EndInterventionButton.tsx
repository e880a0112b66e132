import { Button, formatDate } from '@hearth/ui';
import type { FamilyIntervention } from './family-interventions.query.ts';

export const endButtonId = (intervention: { id: string }) => `end-intervention-${intervention.id}`;
export const beginButtonId = (intervention: { id: string }) => `begin-intervention-${intervention.id}`;

/** Which row's work a button acts on, for a screen reader. */
const whichWork = (intervention: FamilyIntervention) =>
  intervention.status === 'PLANNED' ? `${intervention.model.name}, planned to start ${formatDate(intervention.startedOn)}` : `${intervention.model.name}, started ${formatDate(intervention.startedOn)}`;

/**
 * One per open intervention: work under way is ended; planned work, which has
 * not begun, can only be withdrawn. The hidden words tell a screen reader which row's work it is.
 */
export function EndInterventionButton({ intervention, expanded, onClick }: { intervention: FamilyIntervention; expanded: boolean; onClick: () => void }) {
  return (
    <Button variant="secondary" id={endButtonId(intervention)} className="hearth-table-action" aria-controls="end-intervention-form" aria-expanded={expanded} onClick={onClick}>
      {intervention.status === 'PLANNED' ? 'Withdraw' : 'End'} <span className="govuk-visually-hidden">{whichWork(intervention)}</span>
    </Button>
  );
}

/** One per planned intervention: the work has begun. */
export function BeginInterventionButton({ intervention, expanded, onClick }: { intervention: FamilyIntervention; expanded: boolean; onClick: () => void }) {
  return (
    <Button variant="secondary" id={beginButtonId(intervention)} className="hearth-table-action" aria-controls="begin-intervention-form" aria-expanded={expanded} onClick={onClick}>
      Mark as started <span className="govuk-visually-hidden">{whichWork(intervention)}</span>
    </Button>
  );
}
