import { Button, formatDate, FormPanel, OpenFormButton, Table, Tag, useFormPanel } from '@hearth/ui';
import { useState } from 'react';
import { doesCasework } from '../../viewer.ts';
import type { FamilyRecord, SectionProps } from '../record.ts';
import { Section } from '../Section.tsx';
import { AddEngagementForm } from './AddEngagementForm.tsx';
import { EndEngagementForm } from './EndEngagementForm.tsx';

type Engagement = FamilyRecord['engagements'][number];

/** The Team Around the Family: every agency working with the family, and those that have. */
export function AgenciesSection({ family, viewer, onChanged, onReload }: SectionProps) {
  const adding = useFormPanel();
  const [ending, setEnding] = useState<Engagement | null>(null);
  const casework = doesCasework(viewer.role);
  const cancelEnding = () => {
    const button = ending && `end-engagement-${ending.id}`;
    setEnding(null);
    if (button) requestAnimationFrame(() => document.getElementById(button)?.focus());
  };
  const done = (message: string) => {
    adding.close();
    setEnding(null);
    onChanged(message);
  };
  return (
    <Section id="agencies" title="Agencies working with the family">
      {family.engagements.length === 0 ? (
        <p className="govuk-body">No agency has been recorded as working with the family.</p>
      ) : (
        <Table
          caption="Agencies working with the family, current first"
          captionHidden
          rowKey={(engagement) => engagement.id}
          rows={family.engagements}
          columns={[
            { header: 'Agency', cell: (engagement) => engagement.agency.name },
            { header: 'Capacity', cell: (engagement) => engagement.capacity },
            { header: 'From', cell: (engagement) => formatDate(engagement.startedOn) },
            {
              header: 'To',
              cell: (engagement) => (engagement.active ? <Tag colour="green">Working with the family</Tag> : formatDate(engagement.endedOn)),
            },
            ...(casework
              ? [
                  {
                    header: 'Action',
                    cell: (engagement: Engagement) =>
                      engagement.active && (
                        <Button variant="secondary" id={`end-engagement-${engagement.id}`} className="hearth-table-action" aria-controls="end-engagement-form" aria-expanded={ending?.id === engagement.id} onClick={() => setEnding(engagement)}>
                          End{' '}
                          <span className="govuk-visually-hidden">{engagement.agency.name}’s work with the family</span>
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {casework && ending && (
        <FormPanel key={ending.id} id="end-engagement-form" title={`End ${ending.agency.name}’s work with the family`}>
          <EndEngagementForm family={family} engagement={ending} onEnded={done} onCancel={cancelEnding} onReload={onReload} />
        </FormPanel>
      )}
      {casework && (
        <>
          <OpenFormButton panel={adding} controls="add-engagement-form">
            Add an agency
          </OpenFormButton>
          {adding.open && (
            <FormPanel id="add-engagement-form" title="Add an agency working with the family">
              <AddEngagementForm family={family} onAdded={done} onCancel={adding.cancel} onReload={onReload} />
            </FormPanel>
          )}
        </>
      )}
    </Section>
  );
}
