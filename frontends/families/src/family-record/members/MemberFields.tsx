import type { MemberRole, Sex } from '@hearth/client';
import { DateInput, type FormProblems, Radios, TextInput } from '@hearth/ui';
import { ROLE_NAMES } from './describe-member.ts';
import { goesToSchool, type MemberField, type MemberValues } from './member-values.ts';

const SEX_NAMES: Record<Sex, string> = { FEMALE: 'Female', MALE: 'Male', OTHER: 'Other', NOT_KNOWN: 'Not known' };

/** Where the error summary sends focus for each question, in the order they are asked. */
export function memberTargets(id: string): Record<MemberField, string> {
  return { fullName: `${id}-full-name`, dateOfBirth: `${id}-date-of-birth-day`, role: `${id}-role-PARENT_CARER`, sex: `${id}-sex-FEMALE`, school: `${id}-school` };
}

export interface MemberFieldsProps {
  /** Sets every field's id apart, since several member forms can be on the page. */
  id: string;
  values: MemberValues;
  problems: FormProblems<MemberField>;
  onChange: (values: MemberValues) => void;
}

/** The questions about a person, the same whether they are joining the household or their details are being corrected. */
export function MemberFields({ id, values, problems, onChange }: MemberFieldsProps) {
  const targets = memberTargets(id);
  const set = <K extends MemberField>(field: K) => (value: MemberValues[K]) => onChange({ ...values, [field]: value });
  return (
    <>
      <TextInput
        id={targets.fullName}
        label="Full name"
        autoComplete="off"
        spellCheck={false}
        value={values.fullName}
        error={problems.fields.fullName}
        onChange={(event) => set('fullName')(event.target.value)}
      />
      <DateInput id={`${id}-date-of-birth`} legend="Date of birth" hint="For example, 27 3 2012" birthday={false} value={values.dateOfBirth} error={problems.fields.dateOfBirth} onChange={set('dateOfBirth')} />
      <Radios
        id={`${id}-role`}
        legend="Role in the family"
        options={(Object.entries(ROLE_NAMES) as [MemberRole, string][]).map(([value, label]) => ({ value, label }))}
        value={values.role || null}
        error={problems.fields.role}
        onChange={(value) => set('role')(value as MemberRole)}
      />
      <Radios
        id={`${id}-sex`}
        legend="Sex"
        options={(Object.entries(SEX_NAMES) as [Sex, string][]).map(([value, label]) => ({ value, label }))}
        value={values.sex || null}
        error={problems.fields.sex}
        onChange={(value) => set('sex')(value as Sex)}
      />
      {goesToSchool(values.role) && (
        <TextInput
          id={targets.school}
          label="School or setting (optional)"
          hint="For example, Oakwood High School"
          value={values.school}
          error={problems.fields.school}
          onChange={(event) => set('school')(event.target.value)}
        />
      )}
    </>
  );
}
