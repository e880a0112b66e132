import { isGatewayError } from '@hearth/client';
import { useGatewayQuery } from '@hearth/client/react';
import { FormPanel, Loading, OpenFormButton, ProblemMessage, SuccessBanner, useFormPanel } from '@hearth/ui';
import { useState } from 'react';
import { BeginInterventionForm } from './begin/BeginInterventionForm.tsx';
import { EndInterventionForm } from './end/EndInterventionForm.tsx';
import { BeginInterventionButton, beginButtonId, EndInterventionButton, endButtonId } from './EndInterventionButton.tsx';
import { FamilyInterventionsQuery, type FamilyIntervention } from './family-interventions.query.ts';
import { InterventionsTable } from './InterventionsTable.tsx';
import { modelName } from './model-name.ts';
import { StartInterventionForm } from './start/StartInterventionForm.tsx';
import { mayEndIntervention, mayStartInterventions, type Viewer } from './viewer.ts';

type Action = 'begin' | 'end';

/** The family's interventions, and for those who may record them, starting, marking as started and ending them in place. */
export function InterventionsSection({ familyId, viewer }: { familyId: string; viewer: Viewer | null }) {
  const result = useGatewayQuery(FamilyInterventionsQuery, { id: familyId });
  const starting = useFormPanel();
  const [acting, setActing] = useState<{ action: Action; id: string } | null>(null);
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
  const target = acting && interventions.find((intervention) => intervention.id === acting.id);
  // Open work (planned or under way) can be ended; planned work can be marked as started.
  const mayEnd = (intervention: FamilyIntervention) =>
    (intervention.status === 'PLANNED' || intervention.status === 'ACTIVE') && mayEndIntervention(viewer, intervention.leadAgency.id);
  const mayBegin = (intervention: FamilyIntervention) => intervention.status === 'PLANNED' && mayEndIntervention(viewer, intervention.leadAgency.id);
  const anyAction = interventions.some(mayEnd);
  const isOpen = (action: Action, intervention: FamilyIntervention) => acting?.action === action && acting.id === intervention.id;

  const done = (message: string) => {
    starting.close();
    setActing(null);
    setSaved((previous) => ({ message, count: (previous?.count ?? 0) + 1 }));
    result.refetch();
  };
  const cancelActing = () => {
    const opener = acting && document.getElementById(acting.action === 'begin' ? beginButtonId(acting) : endButtonId(acting));
    setActing(null);
    if (opener) requestAnimationFrame(() => opener.focus());
  };
  const actions = (intervention: FamilyIntervention) =>
    mayEnd(intervention) && (
      <div className="govuk-button-group govuk-!-margin-bottom-0">
        {mayBegin(intervention) && (
          <BeginInterventionButton intervention={intervention} expanded={isOpen('begin', intervention)} onClick={() => setActing({ action: 'begin', id: intervention.id })} />
        )}
        <EndInterventionButton intervention={intervention} expanded={isOpen('end', intervention)} onClick={() => setActing({ action: 'end', id: intervention.id })} />
      </div>
    );

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
        <InterventionsTable interventions={interventions} action={anyAction ? actions : undefined} />
      )}
      {target && acting.action === 'begin' && (
        <FormPanel key={`begin-${target.id}`} id="begin-intervention-form" title={`Mark ${modelName(target.model)} as started`}>
          <BeginInterventionForm intervention={target} onBegun={done} onCancel={cancelActing} onReload={result.refetch} />
        </FormPanel>
      )}
      {target && acting.action === 'end' && (
        <FormPanel key={`end-${target.id}`} id="end-intervention-form" title={`${target.status === 'PLANNED' ? 'Withdraw' : 'End'} ${modelName(target.model)}`}>
          <EndInterventionForm intervention={target} onEnded={done} onCancel={cancelActing} onReload={result.refetch} />
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
