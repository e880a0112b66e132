import type { CaseNoteKind } from '@hearth/client';

export const CASE_NOTE_KINDS: Record<CaseNoteKind, string> = {
  HOME_VISIT: 'Home visit',
  PHONE_CALL: 'Phone call',
  TAF_MEETING: 'Team Around the Family meeting',
  MEETING: 'Other meeting',
  OFFICE_NOTE: 'Office note',
};
