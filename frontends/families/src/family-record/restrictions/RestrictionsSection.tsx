import type { RestrictedDetailsQuery } from '@hearth/client';
import { Button, formatDate, FormPanel, OpenFormButton, SummaryCard, SummaryList, Table, useFormPanel } from '@hearth/ui';
import { useEffect, useRef, useState } from 'react';
import { doesCasework, liftsMarkers } from '../../viewer.ts';
import { RESTRICTION_NAMES } from '../labels.ts';
import type { FamilyRecord, SectionProps } from '../record.ts';
import { Section } from '../Section.tsx';
import { AddRestrictionForm, kindsNotInForce } from './AddRestrictionForm.tsx';
import { BreakGlassForm } from './BreakGlassForm.tsx';
import { LiftRestrictionForm } from './LiftRestrictionForm.tsx';

type ReadMarkers = RestrictedDetailsQuery['restrictedDetails'];
type Marker = FamilyRecord['restrictions'][number];
const ADD_PANEL_ID = 'add-restriction-form';
const LIFT_PANEL_ID = 'lift-restriction-form';
const liftButtonId = (marker: Pick<Marker, 'id'>) => `lift-restriction-${marker.id}`;

/**
 * Everyone who can see the family sees that a marker exists; its details
 * only the roles it names, and only after saying why.
 */
export function RestrictionsSection({ family, viewer, onChanged, onReload }: SectionProps) {
  const panel = useFormPanel();
  const adding = useFormPanel();
  const [lifting, setLifting] = useState<string | null>(null);
  const [read, setRead] = useState<ReadMarkers | null>(null);
  const canRead = family.restrictions.some((marker) => marker.detailsVisibleToYourRole);
  const canAdd = doesCasework(viewer.role) && kindsNotInForce(family).length > 0;
  const canLift = liftsMarkers(viewer.role);
  const liftingMarker = family.restrictions.find((marker) => marker.id === lifting);
  const cancelLifting = () => {
    const opener = lifting && document.getElementById(liftButtonId({ id: lifting }));
    setLifting(null);
    if (opener) requestAnimationFrame(() => opener.focus());
  };
  const done = (message: string) => {
    adding.close();
    setLifting(null);
    // Details read before the change may no longer be the markers in force.
    setRead(null);
    onChanged(message);
  };
  return (
    <Section id="restricted-markers" title="Restricted markers">
      {family.restrictions.length === 0 ? (
        <p className="govuk-body">There are no restricted markers on this family.</p>
      ) : (
        <Table
          caption="Restricted markers in force"
          captionHidden
          rowKey={(marker) => marker.id}
          rows={family.restrictions}
          columns={[
            { header: 'Marker', cell: (marker) => RESTRICTION_NAMES[marker.kind] },
            { header: 'Since', cell: (marker) => formatDate(marker.createdAt) },
            { header: 'Details', cell: (marker) => (marker.detailsVisibleToYourRole ? 'Your role may view them, giving a reason' : 'Not for your role') },
            ...(canLift
              ? [
                  {
                    header: 'Action',
                    cell: (marker: Marker) => (
                      <Button
                        variant="secondary"
                        id={liftButtonId(marker)}
                        className="hearth-table-action"
                        aria-controls={LIFT_PANEL_ID}
                        aria-expanded={lifting === marker.id}
                        onClick={() => setLifting(marker.id)}
                      >
                        Lift <span className="govuk-visually-hidden">the {RESTRICTION_NAMES[marker.kind].toLowerCase()} marker</span>
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {canLift && liftingMarker && (
        <FormPanel key={liftingMarker.id} id={LIFT_PANEL_ID} title={`Lift the ${RESTRICTION_NAMES[liftingMarker.kind].toLowerCase()} marker`}>
          <LiftRestrictionForm family={family} marker={liftingMarker} onLifted={done} onCancel={cancelLifting} onReload={onReload} />
        </FormPanel>
      )}
      {family.restrictions.length > 0 && !canRead && <p className="govuk-body">Your role is not named on these markers, so their details cannot be shown to you.</p>}
      {read ? (
        <MarkerDetails
          markers={read}
          onHide={() => {
            setRead(null);
            requestAnimationFrame(() => panel.opener.current?.focus());
          }}
        />
      ) : (
        canRead && (
          <>
            <OpenFormButton panel={panel} controls="break-glass-form">
              View details
            </OpenFormButton>
            {panel.open && (
              <FormPanel id="break-glass-form" title="View the details of the restricted markers">
                <BreakGlassForm
                  family={family}
                  onRead={(markers) => {
                    panel.close();
                    setRead(markers);
                  }}
                  onCancel={panel.cancel}
                  onReload={onReload}
                />
              </FormPanel>
            )}
          </>
        )
      )}
      {canAdd && (
        <>
          <OpenFormButton panel={adding} controls={ADD_PANEL_ID}>
            Add a restricted marker
          </OpenFormButton>
          {adding.open && (
            <FormPanel id={ADD_PANEL_ID} title="Add a restricted marker">
              <AddRestrictionForm family={family} viewer={viewer} onAdded={done} onCancel={adding.cancel} onReload={onReload} />
            </FormPanel>
          )}
        </>
      )}
    </Section>
  );
}

function MarkerDetails({ markers, onHide }: { markers: ReadMarkers; onHide: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="hearth-form-panel">
      <h3 className="govuk-heading-m" tabIndex={-1} ref={heading}>
        Details of the restricted markers
      </h3>
      {markers.map((marker) => (
        <SummaryCard key={marker.id} title={RESTRICTION_NAMES[marker.kind]} headingLevel={4}>
          <SummaryList
            rows={[
              { key: 'Since', value: formatDate(marker.createdAt) },
              { key: 'Details', value: marker.details ?? 'Not for your role' },
            ]}
          />
        </SummaryCard>
      ))}
      <Button variant="secondary" onClick={onHide}>
        Hide details
      </Button>
    </div>
  );
}
