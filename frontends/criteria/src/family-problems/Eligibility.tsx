import { Tag } from '@hearth/ui';

const PHASE_2_HEADLINE_PROBLEMS = 6;

/** Phase 2 eligibility as the subgraph decides it; the count tells a worker how close a family is. */
export function Eligibility({ eligible, count }: { eligible: boolean; count: number }) {
  return (
    <p className="govuk-body" data-testid="eligibility">
      <Tag colour={eligible ? 'green' : 'grey'}>{eligible ? 'Eligible' : 'Not yet eligible'}</Tag> {count} of {PHASE_2_HEADLINE_PROBLEMS} Phase 2 headline
      problems {eligible ? '' : '(at least 2 are needed)'}
    </p>
  );
}
