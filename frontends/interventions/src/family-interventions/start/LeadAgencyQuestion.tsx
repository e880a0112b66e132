import { Select } from '@hearth/ui';

export interface LeadAgencyQuestionProps {
  id: string;
  agencies: { id: string; name: string }[];
  /** Set for a partner agency's worker, whose own agency is the only one they may name. */
  ownAgencyId: string | null;
  value: string;
  error?: string;
  onChange: (agencyId: string) => void;
}

/** The agency that will lead the work: chosen from the directory, or for a partner agency's worker, their own. */
export function LeadAgencyQuestion({ id, agencies, ownAgencyId, value, error, onChange }: LeadAgencyQuestionProps) {
  if (ownAgencyId) {
    const own = agencies.find((agency) => agency.id.toLowerCase() === ownAgencyId.toLowerCase());
    return (
      <div className="govuk-form-group">
        <h4 className="govuk-heading-s govuk-!-margin-bottom-1">Lead agency</h4>
        <p className="govuk-body" id={id} tabIndex={-1}>
          {own?.name ?? 'Your agency'}
          <span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0">As a partner agency worker, you record the work your own agency leads.</span>
        </p>
      </div>
    );
  }
  return (
    <Select
      id={id}
      label="Lead agency"
      hint="The partner agency delivering the intervention"
      placeholder="Choose an agency"
      options={agencies.map((agency) => ({ value: agency.id, label: agency.name }))}
      value={value}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
