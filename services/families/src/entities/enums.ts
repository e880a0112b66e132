import { registerEnumType } from 'type-graphql';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const SEXES = ['FEMALE', 'MALE', 'OTHER', 'NOT_KNOWN'] as const;
export type Sex = (typeof SEXES)[number];
export const SexEnum = enumOf(SEXES);
registerEnumType(SexEnum, { name: 'Sex' });

export const PROGRAMME_PHASES = ['PHASE_1', 'PHASE_2', 'SUPPORTING_FAMILIES'] as const;
export type ProgrammePhase = (typeof PROGRAMME_PHASES)[number];
export const ProgrammePhaseEnum = enumOf(PROGRAMME_PHASES);
registerEnumType(ProgrammePhaseEnum, { name: 'ProgrammePhase', description: 'Troubled Families phase 1 (2012–15), phase 2 (2015–20), Supporting Families (2022 on)' });

export const RELATIONSHIP_KINDS = ['PARENT_OF', 'STEP_PARENT_OF', 'GRANDPARENT_OF', 'SIBLING_OF', 'PARTNER_OF', 'CARER_OF'] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];
export const RelationshipKindEnum = enumOf(RELATIONSHIP_KINDS);
registerEnumType(RelationshipKindEnum, { name: 'RelationshipKind' });

export const CONSENT_STATUSES = ['GIVEN', 'REFUSED', 'WITHDRAWN'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];
export const ConsentStatusEnum = enumOf(CONSENT_STATUSES);
registerEnumType(ConsentStatusEnum, { name: 'ConsentStatus' });

export const CONSENT_SCOPES = ['ALL_ENGAGED_AGENCIES', 'NAMED_AGENCIES'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];
export const ConsentScopeEnum = enumOf(CONSENT_SCOPES);
registerEnumType(ConsentScopeEnum, { name: 'ConsentScope', description: 'Which agencies the consent to share information covers' });

export const RESTRICTION_KINDS = ['DOMESTIC_ABUSE', 'CSE_RISK', 'CHILD_PROTECTION', 'STAFF_SAFETY'] as const;
export type RestrictionKind = (typeof RESTRICTION_KINDS)[number];
export const RestrictionKindEnum = enumOf(RESTRICTION_KINDS);
registerEnumType(RestrictionKindEnum, { name: 'RestrictionKind' });

export const CASE_NOTE_KINDS = ['HOME_VISIT', 'PHONE_CALL', 'TAF_MEETING', 'MEETING', 'OFFICE_NOTE'] as const;
export type CaseNoteKind = (typeof CASE_NOTE_KINDS)[number];
export const CaseNoteKindEnum = enumOf(CASE_NOTE_KINDS);
registerEnumType(CaseNoteKindEnum, { name: 'CaseNoteKind' });

export const AUDIT_ACTIONS = ['READ', 'CREATE', 'UPDATE', 'DENIED'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const AuditActionEnum = enumOf(AUDIT_ACTIONS);
registerEnumType(AuditActionEnum, { name: 'AuditAction' });
