import { formatDate, Table, type Column } from '@hearth/ui';
import type { ReactNode } from 'react';
import type { FamilyIntervention } from './family-interventions.query.ts';
import { InterventionStatusTag } from './InterventionStatusTag.tsx';
import { modelName } from './model-name.ts';

export interface InterventionsTableProps {
  interventions: FamilyIntervention[];
  /** What the viewer may do with each one; no column at all for a viewer who may do nothing. */
  action?: (intervention: FamilyIntervention) => ReactNode;
}

export function InterventionsTable({ interventions, action }: InterventionsTableProps) {
  const columns: Column<FamilyIntervention>[] = [
    { header: 'Model', cell: (intervention) => modelName(intervention.model) },
    { header: 'Status', cell: (intervention) => <InterventionStatusTag intervention={intervention} /> },
    { header: 'Lead agency', cell: (intervention) => intervention.leadAgency.name },
    // Work that has not (or never) begun has only the day it was planned to start.
    { header: 'Started', nowrap: true, cell: (intervention) => (intervention.begun ? formatDate(intervention.startedOn) : `Planned for ${formatDate(intervention.startedOn)}`) },
    { header: 'Ended', nowrap: true, cell: (intervention) => (intervention.endedOn ? formatDate(intervention.endedOn) : 'Not ended') },
  ];
  return (
    <Table
      caption="The family’s interventions"
      captionHidden
      rowKey={(intervention) => intervention.id}
      rows={interventions}
      columns={action ? [...columns, { header: 'Action', cell: action }] : columns}
    />
  );
}
