import { useGatewayQuery } from '@hearth/client/react';
import { Button, formatDate, Loading, ProblemMessage, Table, Tag, type TagColour } from '@hearth/ui';
import { useEffect, useRef, useState } from 'react';
import { Section } from '../Section.tsx';
import { FamilyChronologyQuery } from './chronology.query.ts';

/** Where each event was recorded, in the names workers know the parts of Hearth by. */
const SOURCES: Record<string, { label: string; colour: TagColour }> = {
  families: { label: 'Family record', colour: 'blue' },
  criteria: { label: 'Headline problems', colour: 'purple' },
  interventions: { label: 'Interventions', colour: 'turquoise' },
  outcomes: { label: 'Outcomes Plan', colour: 'green' },
};

const FIRST_SHOWN = 20;

/** Everything that has happened with the family, newest first, from every part of Hearth. */
export function ChronologySection({ familyId, revision }: { familyId: string; revision: number }) {
  const result = useGatewayQuery(FamilyChronologyQuery, { id: familyId });
  const [showAll, setShowAll] = useState(false);
  const { refetch } = result;
  const seen = useRef(revision);
  useEffect(() => {
    if (seen.current === revision) return;
    seen.current = revision;
    refetch();
  }, [revision, refetch]);

  let content;
  if (result.status === 'loading') content = <Loading what="the chronology" />;
  else if (result.status === 'error') {
    content = (
      <ProblemMessage title="The chronology cannot be shown right now">
        <p className="govuk-body">{result.error.message}</p>
      </ProblemMessage>
    );
  } else {
    const events = result.data.family?.chronology ?? [];
    // Two events can read the same (two identical notes on one day); their place in the list tells them apart.
    const shown = (showAll ? events : events.slice(0, FIRST_SHOWN)).map((event, position) => ({ ...event, position }));
    content =
      events.length === 0 ? (
        <p className="govuk-body">Nothing has been recorded yet.</p>
      ) : (
        <>
          <Table
            caption={`The family’s chronology, newest first${showAll || events.length <= FIRST_SHOWN ? '' : `: the latest ${FIRST_SHOWN} of ${events.length} events`}`}
            captionHidden
            rowKey={(event) => String(event.position)}
            rows={shown}
            columns={[
              { header: 'Date', nowrap: true, cell: (event) => formatDate(event.at) },
              { header: 'What happened', cell: (event) => event.summary },
              {
                header: 'Recorded in',
                cell: (event) => {
                  const source = SOURCES[event.source] ?? { label: event.source, colour: 'grey' as const };
                  return <Tag colour={source.colour}>{source.label}</Tag>;
                },
              },
            ]}
          />
          {!showAll && events.length > FIRST_SHOWN && (
            <Button variant="secondary" onClick={() => setShowAll(true)}>
              Show all {events.length} events
            </Button>
          )}
        </>
      );
  }
  return (
    <Section id="chronology" title="Chronology">
      {content}
    </Section>
  );
}
