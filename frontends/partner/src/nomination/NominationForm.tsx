import { useGatewayMutation, useGatewayQuery } from '@hearth/client/react';
import { Button, Checkboxes, DateInput, ErrorSummary, Loading, ProblemMessage, Radios, Select, SuccessBanner, Textarea, TextInput } from '@hearth/ui';
import { useState, type FormEvent } from 'react';
import { NominateFamilyMutation, NominationChoicesQuery } from './nomination.query.ts';
import { EMPTY_NOMINATION, REASON_MAX_LENGTH, toNominateInput, validateNomination, type NominationErrors, type NominationValues } from './nomination-values.ts';
import { serverErrors } from './server-errors.ts';

const ID = {
  fullName: 'nomination-full-name',
  dateOfBirth: 'nomination-date-of-birth',
  addressLine: 'nomination-address-line',
  postcode: 'nomination-postcode',
  area: 'nomination-area',
  reason: 'nomination-reason',
  familyConsentsToSharing: 'nomination-consent',
  indicatorCodes: 'nomination-indicators',
} as const;

/** Where the error summary sends focus for fields made of several inputs. */
const FOCUS_TARGET: Partial<Record<keyof NominationErrors, string>> = {
  dateOfBirth: `${ID.dateOfBirth}-day`,
  familyConsentsToSharing: `${ID.familyConsentsToSharing}-yes`,
};

export interface NominationFormProps {
  /** Called with the new family's reference once Hearth has it, so the list can show it. */
  onNominated: (reference: string) => void;
}

export function NominationForm({ onNominated }: NominationFormProps) {
  const choices = useGatewayQuery(NominationChoicesQuery, {});
  const [nominate, { submitting }] = useGatewayMutation(NominateFamilyMutation);
  const [values, setValues] = useState<NominationValues>(EMPTY_NOMINATION);
  const [errors, setErrors] = useState<NominationErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [nominated, setNominated] = useState<string | null>(null);

  if (choices.status === 'loading') return <Loading what="the nomination form" />;
  if (choices.status === 'error') {
    return (
      <ProblemMessage title="You cannot nominate a family right now">
        <p className="govuk-body">{choices.error.message}</p>
      </ProblemMessage>
    );
  }
  const problems = choices.data.headlineProblems;
  const set = <K extends keyof NominationValues>(field: K) => (value: NominationValues[K]) => setValues((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNominated(null);
    setGeneral(null);
    const found = validateNomination(values, new Date().toISOString().slice(0, 10));
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      const { nominateFamily } = await nominate({ input: toNominateInput(values) });
      setValues(EMPTY_NOMINATION);
      setNominated(nominateFamily.reference);
      onNominated(nominateFamily.reference);
    } catch (error) {
      const refused = serverErrors(error);
      setErrors(refused.fields);
      setGeneral(refused.general);
    }
  };

  const firstIndicatorId = problems[0]?.indicators[0] ? `${ID.indicatorCodes}-${problems[0].code}-${problems[0].indicators[0].code}` : ID.indicatorCodes;
  const summary = [
    ...(general ? [{ text: general }] : []),
    ...(Object.entries(errors) as [keyof NominationErrors, string][]).map(([field, text]) => ({
      text,
      fieldId: FOCUS_TARGET[field] ?? (field === 'indicatorCodes' ? firstIndicatorId : ID[field]),
    })),
  ];

  return (
    <section aria-labelledby="nominate-heading" data-section="nominate-family">
      <h2 className="govuk-heading-l" id="nominate-heading">
        Nominate a family
      </h2>
      {nominated && (
        <SuccessBanner title={`Nomination sent: ${nominated}`}>
          <p className="govuk-body">The family is now in Hearth. A co-ordinator will decide whether it is eligible and allocate a lead worker.</p>
        </SuccessBanner>
      )}
      <ErrorSummary errors={summary} />
      <form onSubmit={submit} noValidate>
        <p className="govuk-body">Tell the council’s Supporting Families team about a family your agency is worried about.</p>
        <TextInput id={ID.fullName} label="Full name of the person you know in the family" hint="Usually a parent or carer" autoComplete="off" value={values.fullName} error={errors.fullName} onChange={(event) => set('fullName')(event.target.value)} />
        <DateInput id={ID.dateOfBirth} legend="Their date of birth" hint="For example, 27 3 1985" value={values.dateOfBirth} error={errors.dateOfBirth} onChange={set('dateOfBirth')} />
        <TextInput id={ID.addressLine} label="First line of the family’s address" autoComplete="off" value={values.addressLine} error={errors.addressLine} onChange={(event) => set('addressLine')(event.target.value)} />
        <TextInput id={ID.postcode} label="Postcode" widthClass="govuk-input--width-10" autoComplete="off" value={values.postcode} error={errors.postcode} onChange={(event) => set('postcode')(event.target.value)} />
        <Select id={ID.area} label="Area" hint="The council area the family lives in" placeholder="Choose an area" options={choices.data.areas.map((area) => ({ value: area.name, label: area.name }))} value={values.area} error={errors.area} onChange={(event) => set('area')(event.target.value)} />
        <Textarea id={ID.reason} label="Why are you nominating this family?" hint={`What your agency has seen and why you think the family needs support. Up to ${REASON_MAX_LENGTH} characters.`} value={values.reason} error={errors.reason} onChange={(event) => set('reason')(event.target.value)} />
        <Radios
          id={ID.familyConsentsToSharing}
          legend="Has the family agreed to share its information with your agency?"
          hint="Under the information sharing agreement. Without it, your agency will not see the family in Hearth once it is nominated."
          options={[
            { value: 'yes', label: 'Yes, the family has agreed' },
            { value: 'no', label: 'No, or not asked yet' },
          ]}
          value={values.familyConsentsToSharing || null}
          error={errors.familyConsentsToSharing}
          onChange={(value) => set('familyConsentsToSharing')(value as NominationValues['familyConsentsToSharing'])}
        />
        <fieldset className={`govuk-fieldset govuk-form-group${errors.indicatorCodes ? ' govuk-form-group--error' : ''}`}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
            <h3 className="govuk-fieldset__heading">What has your agency seen?</h3>
          </legend>
          <div className="govuk-hint">Select every indicator that applies. A family needs at least 2 headline problems to be eligible; the council may already hold evidence of others.</div>
          {errors.indicatorCodes && (
            <p className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {errors.indicatorCodes}
            </p>
          )}
          {problems.map((problem) => (
            <Checkboxes
              key={problem.code}
              id={`${ID.indicatorCodes}-${problem.code}`}
              legend={problem.title}
              small
              options={problem.indicators.map((indicator) => ({ value: indicator.code, label: indicator.description }))}
              selected={values.indicatorCodes.filter((code) => problem.indicators.some((indicator) => indicator.code === code))}
              onChange={(selected) =>
                set('indicatorCodes')([
                  ...values.indicatorCodes.filter((code) => !problem.indicators.some((indicator) => indicator.code === code)),
                  ...selected,
                ])
              }
            />
          ))}
        </fieldset>
        <Button type="submit" disabled={submitting}>
          {submitting ? 'Sending nomination…' : 'Send nomination'}
        </Button>
      </form>
    </section>
  );
}
