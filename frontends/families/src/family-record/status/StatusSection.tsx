import { formatDate, humanise, Table } from '@hearth/ui';
import { FamilyStatusTag } from '../../family-status.tsx';
import { doesCasework } from '../../viewer.ts';
import type { FamilyRecord, SectionProps } from '../record.ts';
import { Section } from '../Section.tsx';
import { ChangeStatusForm } from './ChangeStatusForm.tsx';

/** Where the family stands in the programme, how it got there, and the steps it can take next. */
export function StatusSection({ family, viewer, onChanged, onReload }: SectionProps) {
  const steps = newestFirst(family.statusHistory);
  const since = steps.find((step) => step.toStatus === family.status)?.changedOn;
  const canMove = doesCasework(viewer.role) && family.allowedNextStatuses.length > 0;
  return (
    <Section id="status" title="Status">
      <p className="govuk-body">
        <FamilyStatusTag status={family.status} />
        {since && ` since ${formatDate(since)}`}
      </p>
      {steps.length > 0 && (
        <Table
          caption="Every step the family has taken, newest first"
          rowKey={(step) => step.id}
          rows={steps}
          columns={[
            { header: 'Date', nowrap: true, cell: (step) => formatDate(step.changedOn) },
            { header: 'From', cell: (step) => (step.fromStatus ? humanise(step.fromStatus) : 'Not in the programme') },
            { header: 'To', cell: (step) => humanise(step.toStatus) },
            { header: 'Why', cell: (step) => step.reason },
          ]}
        />
      )}
      {canMove && (
        <>
          <h3 className="govuk-heading-m">Next step</h3>
          <ChangeStatusForm family={family} onChanged={onChanged} onReload={onReload} />
        </>
      )}
      {family.allowedNextStatuses.length === 0 && <p className="govuk-body">The family’s time in the programme has ended: there is no next step.</p>}
    </Section>
  );
}

type Step = FamilyRecord['statusHistory'][number];

/**
 * By the day each step took effect, then by when it was recorded: a step
 * can be recorded after the day it happened, and steps recorded together
 * (a household brought in with its history) share a recording time.
 */
function newestFirst(steps: Step[]): Step[] {
  return [...steps].sort((a, b) => b.changedOn.localeCompare(a.changedOn) || b.changedAt.localeCompare(a.changedAt));
}
