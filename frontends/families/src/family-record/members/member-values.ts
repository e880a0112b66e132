import type { MemberRole, NewPersonInput, Sex, UpdatePersonInput } from '@hearth/client';
import { type DateParts, EMPTY_DATE, fromIsoDate, readDay } from '@hearth/ui';
import type { FamilyRecord } from '../record.ts';

type Member = FamilyRecord['members'][number];

export interface MemberValues {
  fullName: string;
  dateOfBirth: DateParts;
  role: MemberRole | '';
  sex: Sex | '';
  school: string;
}

export type MemberField = keyof MemberValues;

export const EMPTY_MEMBER: MemberValues = { fullName: '', dateOfBirth: EMPTY_DATE, role: '', sex: '', school: '' };

/** addFamilyMember's member and updatePerson's input name their fields as the form does. */
export const MEMBER_SERVER_FIELDS: Partial<Record<string, MemberField>> = {
  fullName: 'fullName',
  dateOfBirth: 'dateOfBirth',
  role: 'role',
  sex: 'sex',
  school: 'school',
};

const NAME_MAX_LENGTH = 200;
const SCHOOL_MAX_LENGTH = 200;
/** Nobody in a household now was born before this; an earlier year is a typing slip. */
const EARLIEST_YEAR = 1900;

/** The school question is for children and young people only. */
export const goesToSchool = (role: MemberRole | '') => role === 'CHILD' || role === 'YOUNG_PERSON';

export function memberValues(member: Member): MemberValues {
  return { fullName: member.fullName, dateOfBirth: fromIsoDate(member.dateOfBirth), role: member.role, sex: member.sex, school: member.school ?? '' };
}

const readBirth = (parts: DateParts) => readDay(parts, 'date of birth');

export function validateMember(values: MemberValues): Partial<Record<MemberField, string>> {
  const problems: Partial<Record<MemberField, string>> = {};
  if (!values.fullName.trim()) problems.fullName = 'Enter their full name';
  else if (values.fullName.length > NAME_MAX_LENGTH) problems.fullName = `Full name must be ${NAME_MAX_LENGTH} characters or fewer`;
  const birth = readBirth(values.dateOfBirth);
  if (birth.problem) problems.dateOfBirth = birth.problem;
  else if (Number(birth.day!.slice(0, 4)) < EARLIEST_YEAR) problems.dateOfBirth = `Date of birth must be in ${EARLIEST_YEAR} or later`;
  if (!values.role) problems.role = 'Select their role in the family';
  if (!values.sex) problems.sex = 'Select their sex, or Not known';
  if (goesToSchool(values.role) && values.school.length > SCHOOL_MAX_LENGTH) problems.school = `School must be ${SCHOOL_MAX_LENGTH} characters or fewer`;
  return problems;
}

/** Only called once validateMember found nothing wrong. */
export function toNewPersonInput(values: MemberValues): NewPersonInput {
  return {
    fullName: values.fullName.trim(),
    dateOfBirth: readBirth(values.dateOfBirth).day!,
    role: values.role as MemberRole,
    sex: values.sex as Sex,
    school: goesToSchool(values.role) ? values.school.trim() || null : null,
  };
}

type PersonChanges = Omit<UpdatePersonInput, 'personId' | 'expectedVersion'>;

/** What differs from the person as last loaded; what the worker left alone is not sent, so it cannot overwrite anyone else's change. */
export function personChanges(values: MemberValues, member: Member): PersonChanges {
  const wanted = toNewPersonInput(values);
  const changes: PersonChanges = {};
  if (wanted.fullName !== member.fullName) changes.fullName = wanted.fullName;
  if (wanted.dateOfBirth !== member.dateOfBirth) changes.dateOfBirth = wanted.dateOfBirth;
  if (wanted.role !== member.role) changes.role = wanted.role;
  if (wanted.sex !== member.sex) changes.sex = wanted.sex;
  // A school is asked for only while they are a child or young person; it is kept, not cleared, for anyone else.
  if (goesToSchool(values.role) && wanted.school !== member.school) changes.school = wanted.school;
  return changes;
}

export function validateChange(values: MemberValues, member: Member): Partial<Record<MemberField, string>> {
  const problems = validateMember(values);
  if (Object.keys(problems).length === 0 && Object.keys(personChanges(values, member)).length === 0) {
    problems.fullName = `You have not changed any of ${member.fullName}’s details: change one, or cancel`;
  }
  return problems;
}
