import { Button, formatDate } from '@hearth/ui';
import type { FamilyIntervention } from './family-interventions.query.ts';

export const endButtonId = (intervention: { id: string }) => `end-intervention-${intervention.id}`;

/** One per open intervention: the hidden words tell a screen reader which row's work it ends. */
export function EndInterventionButton({ intervention, expanded, onClick }: { intervention: FamilyIntervention; expanded: boolean; onClick: () => void }) {
  return (
    <Button variant="secondary" id={endButtonId(intervention)} className="hearth-table-action" aria-controls="end-intervention-form" aria-expanded={expanded} onClick={onClick}>
      End <span className="govuk-visually-hidden">{intervention.model.name}, started {formatDate(intervention.startedOn)}</span>
    </Button>
  );
}
