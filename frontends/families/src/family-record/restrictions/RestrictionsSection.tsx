import type { RestrictedDetailsQuery } from '@hearth/client';
import { Button, formatDate, FormPanel, OpenFormButton, SummaryCard, SummaryList, Table, useFormPanel } from '@hearth/ui';
import { useEffect, useRef, useState } from 'react';
import { RESTRICTION_NAMES } from '../labels.ts';
import type { SectionProps } from '../record.ts';
import { Section } from '../Section.tsx';
import { BreakGlassForm } from './BreakGlassForm.tsx';

type ReadMarkers = RestrictedDetailsQuery['restrictedDetails'];

/**
 * Everyone who can see the family sees that a marker exists; its details
 * only the roles it names, and only after saying why.
 */
export function RestrictionsSection({ family, onReload }: SectionProps) {
  const panel = useFormPanel();
  const [read, setRead] = useState<ReadMarkers | null>(null);
  const canRead = family.restrictions.some((marker) => marker.detailsVisibleToYourRole);
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
          ]}
        />
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
