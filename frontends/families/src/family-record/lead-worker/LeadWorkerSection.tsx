import { formatDate, FormInPlace, SummaryCard, SummaryList, Table, Tag } from '@hearth/ui';
import { caseloadInWords } from '../../allocation/worker-caseload.ts';
import { allocates } from '../../viewer.ts';
import { AGENCY_TYPE_NAMES } from '../labels.ts';
import type { SectionProps } from '../record.ts';
import { Section } from '../Section.tsx';
import { ChangeLeadWorker } from './ChangeLeadWorker.tsx';

const PANEL_ID = 'change-lead-worker-form';

/** The one lead worker the family and the other professionals recognise, and everyone who has been. */
export function LeadWorkerSection({ family, viewer, onChanged, onReload }: SectionProps) {
  const worker = family.leadWorker;
  const current = family.leadWorkerHistory.find((spell) => spell.endedOn === null);
  const action = worker ? 'Change lead worker' : 'Allocate a lead worker';
  return (
    <Section id="lead-worker" title="Lead worker">
      {worker ? (
        <SummaryCard title={worker.name}>
          <SummaryList
            rows={[
              { key: 'Agency', value: `${worker.agency.name} (${AGENCY_TYPE_NAMES[worker.agency.type]})` },
              // Only casework roles are told how many families a worker leads.
              ...(worker.caseloadCount !== undefined ? [{ key: 'Caseload', value: <Caseload count={worker.caseloadCount} limit={worker.caseloadLimit} /> }] : []),
              ...(current ? [{ key: 'Lead worker since', value: formatDate(current.allocatedOn) }] : []),
            ]}
          />
        </SummaryCard>
      ) : (
        <p className="govuk-body">No lead worker has been allocated yet. A co-ordinator allocates one.</p>
      )}
      {family.leadWorkerHistory.length > 1 && (
        <Table
          caption="Lead workers the family has had"
          rowKey={(spell) => spell.id}
          rows={family.leadWorkerHistory}
          columns={[
            { header: 'Lead worker', cell: (spell) => spell.worker.name },
            { header: 'From', cell: (spell) => formatDate(spell.allocatedOn) },
            { header: 'To', cell: (spell) => (spell.endedOn ? formatDate(spell.endedOn) : 'Now') },
            { header: 'Reason', cell: (spell) => spell.reason },
          ]}
        />
      )}
      {allocates(viewer.role) && (
        <FormInPlace id={PANEL_ID} label={action} onDone={onChanged}>
          {({ done, cancel }) => <ChangeLeadWorker family={family} onAllocated={done} onCancel={cancel} onReload={onReload} />}
        </FormInPlace>
      )}
    </Section>
  );
}

function Caseload({ count, limit }: { count: number; limit: number }) {
  return (
    <>
      {caseloadInWords({ caseloadCount: count, caseloadLimit: limit })} families {count > limit && <Tag colour="red">Over their limit</Tag>}
    </>
  );
}
