import { isGatewayError } from '@hearth/client';
import { useGatewayQuery } from '@hearth/client/react';
import { FormPanel, Loading, OpenFormButton, ProblemMessage, SuccessBanner, useFormPanel } from '@hearth/ui';
import { useState } from 'react';
import { EndInterventionForm } from './end/EndInterventionForm.tsx';
import { EndInterventionButton, endButtonId } from './EndInterventionButton.tsx';
import { FamilyInterventionsQuery } from './family-interventions.query.ts';
import { InterventionsTable } from './InterventionsTable.tsx';
import { modelName } from './model-name.ts';
import { StartInterventionForm } from './start/StartInterventionForm.tsx';
import { mayEndIntervention, mayStartInterventions, type Viewer } from './viewer.ts';

/** The family's interventions, and for those who may record them, starting and ending them in place. */
export function InterventionsSection({ familyId, viewer }: { familyId: string; viewer: Viewer | null }) {
  const result = useGatewayQuery(FamilyInterventionsQuery, { id: familyId });
  const starting = useFormPanel();
  const [endingId, setEndingId] = useState<string | null>(null);
  // The count gives each success its own banner, so a second one takes focus again.
  const [saved, setSaved] = useState<{ message: string; count: number } | null>(null);

  if (result.status === 'loading') return <Loading what="interventions" />;
  if (result.status === 'error') {
    return (
      <ProblemMessage title={isGatewayError(result.error, 'NOT_FOUND') ? 'There is no family here that you can see' : 'Interventions could not be shown'}>
        <p className="govuk-body">{result.error.message}</p>
      </ProblemMessage>
    );
  }
  const interventions = result.data.family?.interventions ?? [];
  const ending = interventions.find((intervention) => intervention.id === endingId);
  const mayEnd = (intervention: (typeof interventions)[number]) => !intervention.endedOn && mayEndIntervention(viewer, intervention.leadAgency.id);
  const anyAction = interventions.some(mayEnd);

  const done = (message: string) => {
    starting.close();
    setEndingId(null);
    setSaved((previous) => ({ message, count: (previous?.count ?? 0) + 1 }));
    result.refetch();
  };
  const cancelEnding = () => {
    setEndingId(null);
    if (ending) requestAnimationFrame(() => document.getElementById(endButtonId(ending))?.focus());
  };

  return (
    <section aria-labelledby="family-interventions-heading" data-section="family-interventions" aria-busy={result.refreshing || undefined}>
      <h2 className="govuk-heading-l" id="family-interventions-heading">
        Interventions
      </h2>
      {saved && (
        <SuccessBanner key={saved.count} title={saved.message}>
          <p className="govuk-body">The family’s interventions below show the change.</p>
        </SuccessBanner>
      )}
      {interventions.length === 0 ? (
        <p className="govuk-body">No interventions have been started for this family.</p>
      ) : (
        <InterventionsTable
          interventions={interventions}
          action={anyAction ? (intervention) => mayEnd(intervention) && <EndInterventionButton intervention={intervention} expanded={endingId === intervention.id} onClick={() => setEndingId(intervention.id)} /> : undefined}
        />
      )}
      {ending && (
        <FormPanel key={ending.id} id="end-intervention-form" title={`End ${modelName(ending.model)}`}>
          <EndInterventionForm intervention={ending} onEnded={done} onCancel={cancelEnding} onReload={result.refetch} />
        </FormPanel>
      )}
      {mayStartInterventions(viewer) && (
        <>
          <OpenFormButton panel={starting} controls="start-intervention-form">
            Start an intervention
          </OpenFormButton>
          {starting.open && (
            <FormPanel id="start-intervention-form" title="Start an intervention">
              <StartInterventionForm familyId={familyId} viewer={viewer} onStarted={done} onCancel={starting.cancel} onReload={result.refetch} />
            </FormPanel>
          )}
        </>
      )}
    </section>
  );
}
