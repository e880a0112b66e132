/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A note of contact with a family: a home visit, a call, a Team Around the Family meeting… */
export type AddCaseNoteInput = {
  /** What happened and what was agreed (at most 10000 characters) */
  body: string;
  /** The day of the contact, YYYY-MM-DD; not in the future */
  contactOn: string;
  familyId: string;
  kind: CaseNoteKind;
};

/** A partner agency starting to work with a family */
export type AddEngagementInput = {
  agencyId: string;
  /** In what capacity, e.g. "Team Around the Family", "Attendance officer", "Work coach" */
  capacity: string;
  /** The version you last saw (Family.version) */
  expectedVersion: number;
  familyId: string;
  /** YYYY-MM-DD, not in the future; today when omitted */
  startedOn?: string | null | undefined;
};

/** A restricted marker on a family, e.g. a domestic abuse marker that keeps the address from everyone it does not name */
export type AddRestrictionInput = {
  /** What those named need to know; read only through restrictedDetails, with a reason */
  details: string;
  /** The version you last saw (Family.version) */
  expectedVersion: number;
  familyId: string;
  kind: RestrictionKind;
  /** The roles that may read the details (and, for DOMESTIC_ABUSE, the address): any of LEAD_WORKER, COORDINATOR, MANAGER, PARTNER */
  visibleToRoles: Array<string>;
};

/** Kinds of partner agency working with families */
export type AgencyType =
  | 'CHILDRENS_SOCIAL_CARE'
  | 'COUNCIL'
  | 'FIRE_AND_RESCUE'
  | 'HEALTH'
  | 'HOUSING'
  | 'JOBCENTRE_PLUS'
  | 'POLICE'
  | 'SCHOOL'
  | 'VOLUNTARY_SECTOR'
  | 'YOUTH_OFFENDING';

export type CaseNoteKind =
  | 'HOME_VISIT'
  | 'MEETING'
  | 'OFFICE_NOTE'
  | 'PHONE_CALL'
  | 'TAF_MEETING';

/** Move a family to the next step of the programme */
export type ChangeFamilyStatusInput = {
  /** YYYY-MM-DD; today when omitted */
  effectiveOn?: string | null | undefined;
  /** The version you last saw (Family.version) */
  expectedVersion: number;
  familyId: string;
  /** Why, in words the family and other professionals would recognise */
  reason: string;
  to: FamilyStatus;
};

/** Which agencies the consent to share information covers */
export type ConsentScope =
  | 'ALL_ENGAGED_AGENCIES'
  | 'NAMED_AGENCIES';

export type ConsentStatus =
  | 'GIVEN'
  | 'REFUSED'
  | 'WITHDRAWN';

/** A partner agency stopping work with a family */
export type EndEngagementInput = {
  /** The last day the agency worked with the family (YYYY-MM-DD, not in the future, not before it started); today when omitted. The agency stops seeing the family the day after. */
  endedOn?: string | null | undefined;
  engagementId: string;
  /** The version you last saw (Family.version) */
  expectedVersion: number;
};

/** What to look for (name, dateOfBirth, reference, postcode) and how to narrow it (statuses, area, leadWorkerId). Give at least one; all that are given must match. */
export type FamilySearchInput = {
  /** Families in this area */
  area?: string | null | undefined;
  /** YYYY-MM-DD, exactly; with a name, the same member must have both */
  dateOfBirth?: string | null | undefined;
  /** Families led by this lead worker */
  leadWorkerId?: string | null | undefined;
  /** A member’s name, typed as the caller heard it: every word must match a word of one member’s name, exactly, by sound ("Smyth" for "Smith") or with a slip of a letter or two, or as its start ("Chris", or an initial). Close matches come after exact ones. */
  name?: string | null | undefined;
  /** A full postcode (S60 1AE, any case, space or not) or its outward code for the whole district (S60) */
  postcode?: string | null | undefined;
  /** The family reference, or just its number: "123" finds FAM-000123 */
  reference?: string | null | undefined;
  /** Families at any of these statuses */
  statuses?: Array<FamilyStatus> | null | undefined;
};

/** Where the family is in the programme */
export type FamilyStatus =
  | 'ALLOCATED'
  | 'CLOSED'
  | 'DECLINED'
  | 'DISENGAGED'
  | 'ELIGIBLE'
  | 'ENGAGED'
  | 'IDENTIFIED'
  | 'OUTCOME_ACHIEVED'
  | 'PLAN_ACTIVE'
  | 'STEPPED_DOWN'
  | 'STEPPED_UP';

/** How the family came to the programme */
export type IdentificationRoute =
  | 'AGENCY_NOMINATION'
  | 'DATA_MATCHING';

/** Where an intervention with a family stands */
export type InterventionStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'PLANNED'
  | 'WITHDRAWN';

/** A person's role in the family */
export type MemberRole =
  | 'CHILD'
  | 'OTHER_ADULT'
  | 'PARENT_CARER'
  | 'YOUNG_PERSON';

/** A person joining a family */
export type NewPersonInput = {
  /** YYYY-MM-DD */
  dateOfBirth: string;
  fullName: string;
  role: MemberRole;
  /** School or setting, for children and young people */
  school?: string | null | undefined;
  sex?: Sex | null | undefined;
};

/** A partner agency's nomination of a family it is worried about */
export type NominateFamilyInput = {
  addressLine: string;
  /** One of the council areas (see the areas query) */
  area: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  /** Whether the family consents to its information being shared with your agency under the information sharing agreement; without it your agency cannot see the family once nominated */
  familyConsentsToSharing: boolean;
  /** The person the agency knows, usually a parent or carer */
  fullName: string;
  /** Codes of the indicators the agency has seen (see headlineProblems) */
  indicatorCodes: Array<string>;
  postcode: string;
  /** Why the agency is nominating the family */
  reason: string;
  role?: MemberRole;
};

/** The two routes to a results claim: progress against every problem, or an adult into continuous work */
export type OutcomeRoute =
  | 'CONTINUOUS_EMPLOYMENT'
  | 'SIGNIFICANT_AND_SUSTAINED_PROGRESS';

/** The programme phase whose criteria a headline problem belongs to */
export type Phase =
  /** 2012–15: two of three national criteria */
  | 'PHASE_1'
  /** 2015–20: at least two of six headline problems */
  | 'PHASE_2';

/** Troubled Families phase 1 (2012–15), phase 2 (2015–20), Supporting Families (2022 on) */
export type ProgrammePhase =
  | 'PHASE_1'
  | 'PHASE_2'
  | 'SUPPORTING_FAMILIES';

/** How far a family has come against one measure; SUSTAINED means the progress has lasted as long as the measure asks, as a results claim needs */
export type ProgressStatus =
  | 'ACHIEVED'
  | 'IN_PROGRESS'
  | 'NOT_STARTED'
  | 'SUSTAINED';

/** A family's decision about sharing its information, recorded by a worker */
export type RecordConsentInput = {
  /** For NAMED_AGENCIES: the agencies it covers, each a party to the agreement; empty for ALL_ENGAGED_AGENCIES */
  agencyIds?: Array<string>;
  /** The information sharing agreement the consent rests on (see informationSharingAgreements) */
  agreementId: string;
  /** The version you last saw (Family.version) */
  expectedVersion: number;
  familyId: string;
  /** The household member who gave, refused or withdrew consent: a parent or carer, another adult, or a young person aged 16 or over */
  givenByPersonId: string;
  note?: string | null | undefined;
  /** The day the family gave its decision (YYYY-MM-DD, not in the future); today when omitted */
  recordedOn?: string | null | undefined;
  scope: ConsentScope;
  status: ConsentStatus;
};

/** Evidence that a family meets one indicator of a headline problem */
export type RecordEvidenceInput = {
  familyId: string;
  /** An indicator code from the catalogue, e.g. DA_MARAC_REFERRAL */
  indicatorCode: string;
  /** When it was observed; not in the future */
  observedAt: string;
  /** The family member it concerns, if it concerns one */
  personId?: string | null | undefined;
  /** The agency or data set it came from */
  source: string;
};

/** A family's progress against one measure of the Outcomes Plan, as of a day */
export type RecordProgressInput = {
  /** The day the family reached this status, YYYY-MM-DD; today (in the UK) when omitted. Not in the future, nor before the day of the measure's current status */
  effectiveOn?: string | null | undefined;
  familyId: string;
  /** An outcome measure code from the Outcomes Plan, e.g. OP_SCHOOL_ATTENDANCE */
  measureCode: string;
  /** What the progress rests on, for audit; at most 2000 characters */
  note?: string | null | undefined;
  status: ProgressStatus;
};

/** "person is <kind> relatedPerson", e.g. Kelly PARENT_OF Tyler, between two current members of one household */
export type RecordRelationshipInput = {
  familyId: string;
  kind: RelationshipKind;
  personId: string;
  relatedPersonId: string;
};

export type RelationshipKind =
  | 'CARER_OF'
  | 'GRANDPARENT_OF'
  | 'PARENT_OF'
  | 'PARTNER_OF'
  | 'SIBLING_OF'
  | 'STEP_PARENT_OF';

/** A relationship recorded in error, taken off the record; the reason stays in the audit trail */
export type RemoveRelationshipInput = {
  /** Why it was wrong, e.g. "Recorded the wrong way round"; at most 500 characters */
  reason: string;
  relationshipId: string;
};

export type RestrictionKind =
  | 'CHILD_PROTECTION'
  | 'CSE_RISK'
  | 'DOMESTIC_ABUSE'
  | 'STAFF_SAFETY';

export type Sex =
  | 'FEMALE'
  | 'MALE'
  | 'NOT_KNOWN'
  | 'OTHER';

/** An intervention a partner agency is starting (or planning) with a family */
export type StartInterventionInput = {
  familyId: string;
  /** The partner agency leading the intervention */
  leadAgencyId: string;
  /** Code of one of the six models of intervention, e.g. KEY_WORKING_TAF */
  modelCode: string;
  /** YYYY-MM-DD; a day still to come only for a PLANNED intervention */
  startedOn: string;
  status?: InterventionStatus | null | undefined;
};

/** Changes to a household’s details; leave out what stays the same */
export type UpdateHouseholdInput = {
  addressLine?: string | null | undefined;
  /** One of the council’s areas (see the areas query) */
  area?: string | null | undefined;
  /** e.g. "Phase 2, Year 1 cohort"; null clears it */
  cohort?: string | null | undefined;
  /** The version you last saw (Family.version) */
  expectedVersion: number;
  familyId: string;
  postcode?: string | null | undefined;
  programmePhase?: ProgrammePhase | null | undefined;
};

/** Corrections to a person’s details; leave out what stays the same */
export type UpdatePersonInput = {
  /** YYYY-MM-DD */
  dateOfBirth?: string | null | undefined;
  /** The version you last saw of the family the person lives in (Family.version) */
  expectedVersion: number;
  fullName?: string | null | undefined;
  personId: string;
  /** Their role in the household they live in now, e.g. a child who has become a young person */
  role?: MemberRole | null | undefined;
  /** School or setting; null clears it */
  school?: string | null | undefined;
  sex?: Sex | null | undefined;
};

export type HeadlineProblemsQueryVariables = Exact<{ [key: string]: never; }>;


export type HeadlineProblemsQuery = { headlineProblems: Array<{ code: string, phase: Phase, title: string, indicators: Array<{ code: string, description: string }> }> };

export type FamilyProblemsQueryVariables = Exact<{
  id: string;
}>;


export type FamilyProblemsQuery = { family: { id: string, reference: string, eligibility: { phase2ProblemCount: number, eligible: boolean }, members: Array<{ id: string, fullName: string }>, headlineProblems: Array<{ problem: { code: string, phase: Phase, title: string }, evidence: Array<{ id: string, personId: string | null, source: string, observedAt: string, indicator: { code: string, description: string } }> }> } | null };

export type RecordEvidenceMutationVariables = Exact<{
  input: RecordEvidenceInput;
}>;


export type RecordEvidenceMutation = { recordEvidence: { id: string, personId: string | null, observedAt: string, indicator: { code: string, problemCode: string } } };

export type AssignLeadWorkerMutationVariables = Exact<{
  familyId: string;
  workerId: string;
  reason?: string | null | undefined;
  expectedVersion?: number | null | undefined;
  confirmEligible?: boolean | null | undefined;
}>;


export type AssignLeadWorkerMutation = { assignLeadWorker: { id: string, version: number, status: FamilyStatus, leadWorker: { id: string, name: string } | null } };

export type LeadWorkerChoicesQueryVariables = Exact<{
  area: string;
}>;


export type LeadWorkerChoicesQuery = { caseloadOversight: { area: string, workers: Array<{ caseloadCount: number, caseloadLimit: number, overLimit: boolean, worker: { id: string, name: string } }> } };

export type WorkerCaseloadFieldsFragment = { caseloadCount: number, caseloadLimit: number, overLimit: boolean, worker: { id: string, name: string } };

export type FamilyRecordAuditTrailQueryVariables = Exact<{
  familyId: string;
}>;


export type FamilyRecordAuditTrailQuery = { family: { id: string, recordAuditTrail: Array<{ at: string, source: string, actorUsername: string, actorRole: string, action: string, operation: string, fields: Array<string>, reason: string | null }> } | null };

export type SetCaseloadLimitMutationVariables = Exact<{
  workerId: string;
  limit: number;
}>;


export type SetCaseloadLimitMutation = { setCaseloadLimit: { id: string, name: string, caseloadLimit: number, caseloadCount: number, overLimit: boolean } };

export type MyCaseloadQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCaseloadQuery = { myCaseload: Array<{ lastContactOn: string | null, weeksSinceContact: number | null, nextSteps: Array<FamilyStatus>, family: { id: string, reference: string, status: FamilyStatus, area: string, members: Array<{ id: string, fullName: string, role: MemberRole }> } }> };

export type FamilyListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type FamilyListQuery = { families: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, reference: string, status: FamilyStatus, area: string, postcode: string | null, members: Array<{ id: string, fullName: string }>, leadWorker: { id: string, name: string } | null } }> } };

export type AgencyDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type AgencyDirectoryQuery = { agencies: Array<{ id: string, name: string, type: AgencyType }> };

export type AddEngagementMutationVariables = Exact<{
  input: AddEngagementInput;
}>;


export type AddEngagementMutation = { addEngagement: { id: string, version: number } };

export type EndEngagementMutationVariables = Exact<{
  input: EndEngagementInput;
}>;


export type EndEngagementMutation = { endEngagement: { id: string, version: number } };

export type AddCaseNoteMutationVariables = Exact<{
  input: AddCaseNoteInput;
}>;


export type AddCaseNoteMutation = { addCaseNote: { id: string, contactOn: string } };

export type FamilyChronologyQueryVariables = Exact<{
  id: string;
}>;


export type FamilyChronologyQuery = { family: { id: string, chronology: Array<{ at: string, kind: string, summary: string, source: string }> } | null };

export type SharingAgreementsQueryVariables = Exact<{ [key: string]: never; }>;


export type SharingAgreementsQuery = { informationSharingAgreements: Array<{ id: string, name: string, reference: string, reviewOn: string, parties: Array<{ id: string, name: string }> }> };

export type RecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type RecordConsentMutation = { recordConsent: { id: string, version: number } };

export type FamilyRecordQueryVariables = Exact<{
  id: string;
  casework: boolean;
}>;


export type FamilyRecordQuery = { family: { id: string, reference: string, status: FamilyStatus, version: number, area: string, addressLine: string | null, postcode: string | null, identifiedBy: IdentificationRoute, cohort: string | null, programmePhase: ProgrammePhase, createdAt: string, lastContactOn?: string | null, allowedNextStatuses: Array<FamilyStatus>, members: Array<{ id: string, fullName: string, dateOfBirth: string, role: MemberRole, sex: Sex, school: string | null, relationships: Array<{ id: string, kind: RelationshipKind, personId: string, relatedPersonId: string, person: { id: string, fullName: string }, relatedPerson: { id: string, fullName: string } }>, householdHistory: Array<{ id: string, familyId: string | null, role: MemberRole, joinedOn: string, leftOn: string | null, reason: string | null, family: { id: string, reference: string } | null }> }>, leadWorker: { id: string, name: string, caseloadLimit: number, caseloadCount?: number, agency: { id: string, name: string, type: AgencyType } } | null, leadWorkerHistory: Array<{ id: string, allocatedOn: string, endedOn: string | null, reason: string, worker: { id: string, name: string } }>, nomination: { id: string, reason: string, nominatedAt: string, agency: { id: string, name: string } } | null, statusHistory: Array<{ id: string, fromStatus: FamilyStatus | null, toStatus: FamilyStatus, reason: string, changedOn: string, changedAt: string }>, engagements: Array<{ id: string, capacity: string, startedOn: string, endedOn: string | null, active: boolean, agency: { id: string, name: string, type: AgencyType } }>, consent: { id: string, status: ConsentStatus, scope: ConsentScope, recordedOn: string, note: string | null, agencies: Array<{ id: string, name: string }>, givenBy: { id: string, fullName: string } | null, agreement: { id: string, name: string, reference: string } } | null, consentHistory: Array<{ id: string, status: ConsentStatus, scope: ConsentScope, recordedOn: string, note: string | null, agencies: Array<{ id: string, name: string }>, givenBy: { id: string, fullName: string } | null, agreement: { id: string, name: string, reference: string } }>, restrictions: Array<{ id: string, kind: RestrictionKind, createdAt: string, detailsVisibleToYourRole: boolean }>, caseNotes?: Array<{ id: string, kind: CaseNoteKind, contactOn: string, body: string, writtenAt: string, author: { id: string, name: string } }> } | null, areas: Array<{ name: string, mostDisadvantaged: boolean }> };

export type ConsentRecordFragment = { id: string, status: ConsentStatus, scope: ConsentScope, recordedOn: string, note: string | null, agencies: Array<{ id: string, name: string }>, givenBy: { id: string, fullName: string } | null, agreement: { id: string, name: string, reference: string } };

export type UpdateHouseholdMutationVariables = Exact<{
  input: UpdateHouseholdInput;
}>;


export type UpdateHouseholdMutation = { updateHousehold: { id: string, version: number } };

export type AddFamilyMemberMutationVariables = Exact<{
  familyId: string;
  member: NewPersonInput;
  expectedVersion?: number | null | undefined;
}>;


export type AddFamilyMemberMutation = { addFamilyMember: { id: string, fullName: string } };

export type UpdatePersonMutationVariables = Exact<{
  input: UpdatePersonInput;
}>;


export type UpdatePersonMutation = { updatePerson: { id: string, fullName: string } };

export type RecordRelationshipMutationVariables = Exact<{
  input: RecordRelationshipInput;
}>;


export type RecordRelationshipMutation = { recordRelationship: { id: string } };

export type RemoveRelationshipMutationVariables = Exact<{
  input: RemoveRelationshipInput;
}>;


export type RemoveRelationshipMutation = { removeRelationship: { id: string, version: number } };

export type RestrictedDetailsQueryVariables = Exact<{
  familyId: string;
  reason: string;
}>;


export type RestrictedDetailsQuery = { restrictedDetails: Array<{ id: string, kind: RestrictionKind, createdAt: string, details: string | null }> };

export type AddRestrictionMutationVariables = Exact<{
  input: AddRestrictionInput;
}>;


export type AddRestrictionMutation = { addRestriction: { id: string, version: number } };

export type LiftRestrictionMutationVariables = Exact<{
  restrictionId: string;
  reason: string;
}>;


export type LiftRestrictionMutation = { liftRestriction: { id: string, version: number } };

export type ChangeFamilyStatusMutationVariables = Exact<{
  input: ChangeFamilyStatusInput;
}>;


export type ChangeFamilyStatusMutation = { changeFamilyStatus: { id: string, status: FamilyStatus, version: number } };

export type ProgrammeFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammeFiguresQuery = { programmeFigures: { totalFamilies: number, familiesWithoutLeadWorker: number, leadWorkers: number, averageCaseload: number, byStatus: Array<{ status: FamilyStatus, families: number }>, byArea: Array<{ area: string, families: number }>, byIdentificationRoute: Array<{ route: IdentificationRoute, families: number }>, byCohort: Array<{ cohort: string | null, families: number }> } };

export type CaseloadOversightQueryVariables = Exact<{
  area: string;
  staleAfterWeeks: number;
}>;


export type CaseloadOversightQuery = { caseloadOversight: { area: string, unallocated: Array<{ id: string, reference: string, status: FamilyStatus, version: number, createdAt: string, leadWorker: { id: string, name: string } | null, members: Array<{ id: string, fullName: string, role: MemberRole }> }>, workers: Array<{ caseloadCount: number, caseloadLimit: number, overLimit: boolean, worker: { id: string, name: string } }>, overLimit: Array<{ caseloadCount: number, caseloadLimit: number, overLimit: boolean, worker: { id: string, name: string } }>, stale: Array<{ lastContactOn: string | null, weeksSinceContact: number | null, family: { id: string, reference: string, status: FamilyStatus, leadWorker: { id: string, name: string } | null } }> } };

export type SearchChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchChoicesQuery = { areas: Array<{ name: string }>, leadWorkers: Array<{ id: string, name: string }> };

export type SearchFamiliesQueryVariables = Exact<{
  filter: FamilySearchInput;
  first: number;
  after?: string | null | undefined;
}>;


export type SearchFamiliesQuery = { searchFamilies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, reference: string, status: FamilyStatus, area: string, postcode: string | null, members: Array<{ id: string, fullName: string }>, leadWorker: { id: string, name: string } | null } }> } };

export type BeginInterventionMutationVariables = Exact<{
  id: string;
  startedOn: string;
}>;


export type BeginInterventionMutation = { beginIntervention: { id: string, status: InterventionStatus, startedOn: string } };

export type EndInterventionMutationVariables = Exact<{
  id: string;
  status: InterventionStatus;
  endedOn: string;
}>;


export type EndInterventionMutation = { endIntervention: { id: string, status: InterventionStatus, begun: boolean, endedOn: string | null } };

export type FamilyInterventionsQueryVariables = Exact<{
  id: string;
}>;


export type FamilyInterventionsQuery = { family: { id: string, interventions: Array<{ id: string, status: InterventionStatus, startedOn: string, plannedStartOn: string | null, begun: boolean, endedOn: string | null, model: { code: string, number: number, name: string }, leadAgency: { id: string, name: string } }> } | null };

export type StartInterventionChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type StartInterventionChoicesQuery = { interventionModels: Array<{ code: string, number: number, name: string, description: string }>, agencies: Array<{ id: string, name: string }> };

export type StartInterventionMutationVariables = Exact<{
  input: StartInterventionInput;
}>;


export type StartInterventionMutation = { startIntervention: { id: string, status: InterventionStatus, startedOn: string } };

export type InterventionModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type InterventionModelsQuery = { interventionModels: Array<{ code: string, number: number, name: string, description: string }> };

export type FamilyProgressQueryVariables = Exact<{
  id: string;
}>;


export type FamilyProgressQuery = { family: { id: string, outcomeProgress: Array<{ id: string, problemCode: string, status: ProgressStatus, note: string | null, effectiveOn: string, updatedAt: string, measure: { code: string, description: string, route: OutcomeRoute }, history: Array<{ id: string, status: ProgressStatus, previousStatus: ProgressStatus | null, note: string | null, effectiveOn: string, recordedAt: string, recordedBy: string, recorder: { id: string, name: string } | null }> }> } | null, headlineProblems: Array<{ code: string, title: string }> };

export type OutcomesPlanQueryVariables = Exact<{ [key: string]: never; }>;


export type OutcomesPlanQuery = { outcomesPlan: { id: string, name: string, measures: Array<{ code: string, problemCode: string, route: OutcomeRoute, description: string, sustainedForWeeks: number }> }, headlineProblems: Array<{ code: string, title: string }> };

export type RecordProgressMutationVariables = Exact<{
  input: RecordProgressInput;
}>;


export type RecordProgressMutation = { recordProgress: { id: string, status: ProgressStatus, effectiveOn: string, measure: { code: string, description: string } } };

export type AgencyFamiliesQueryVariables = Exact<{ [key: string]: never; }>;


export type AgencyFamiliesQuery = { families: { totalCount: number, edges: Array<{ node: { id: string, reference: string, status: FamilyStatus, area: string, leadWorker: { id: string, name: string } | null, nomination: { id: string, nominatedAt: string, agency: { id: string, name: string } } | null } }> } };

export type NominationChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type NominationChoicesQuery = { areas: Array<{ name: string }>, headlineProblems: Array<{ code: string, title: string, indicators: Array<{ code: string, description: string }> }> };

export type NominateFamilyMutationVariables = Exact<{
  input: NominateFamilyInput;
}>;


export type NominateFamilyMutation = { nominateFamily: { id: string, reference: string } };

export type FamilyHeadingQueryVariables = Exact<{
  id: string;
}>;


export type FamilyHeadingQuery = { family: { id: string, reference: string } | null };

export type FamilyPickerQueryVariables = Exact<{ [key: string]: never; }>;


export type FamilyPickerQuery = { families: { edges: Array<{ node: { id: string, reference: string, area: string } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const WorkerCaseloadFieldsFragmentDoc = new TypedDocumentString(`
    fragment WorkerCaseloadFields on WorkerCaseload {
  caseloadCount
  caseloadLimit
  overLimit
  worker {
    id
    name
  }
}
    `, {"fragmentName":"WorkerCaseloadFields"}) as unknown as TypedDocumentString<WorkerCaseloadFieldsFragment, unknown>;
export const ConsentRecordFragmentDoc = new TypedDocumentString(`
    fragment ConsentRecord on Consent {
  id
  status
  scope
  recordedOn
  note
  agencies {
    id
    name
  }
  givenBy {
    id
    fullName
  }
  agreement {
    id
    name
    reference
  }
}
    `, {"fragmentName":"ConsentRecord"}) as unknown as TypedDocumentString<ConsentRecordFragment, unknown>;
export const HeadlineProblemsDocument = new TypedDocumentString(`
    query HeadlineProblems {
  headlineProblems {
    code
    phase
    title
    indicators {
      code
      description
    }
  }
}
    `) as unknown as TypedDocumentString<HeadlineProblemsQuery, HeadlineProblemsQueryVariables>;
export const FamilyProblemsDocument = new TypedDocumentString(`
    query FamilyProblems($id: ID!) {
  family(id: $id) {
    id
    reference
    eligibility {
      phase2ProblemCount
      eligible
    }
    members {
      id
      fullName
    }
    headlineProblems {
      problem {
        code
        phase
        title
      }
      evidence {
        id
        personId
        source
        observedAt
        indicator {
          code
          description
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FamilyProblemsQuery, FamilyProblemsQueryVariables>;
export const RecordEvidenceDocument = new TypedDocumentString(`
    mutation RecordEvidence($input: RecordEvidenceInput!) {
  recordEvidence(input: $input) {
    id
    personId
    observedAt
    indicator {
      code
      problemCode
    }
  }
}
    `) as unknown as TypedDocumentString<RecordEvidenceMutation, RecordEvidenceMutationVariables>;
export const AssignLeadWorkerDocument = new TypedDocumentString(`
    mutation AssignLeadWorker($familyId: ID!, $workerId: ID!, $reason: String, $expectedVersion: Int, $confirmEligible: Boolean) {
  assignLeadWorker(
    familyId: $familyId
    workerId: $workerId
    reason: $reason
    expectedVersion: $expectedVersion
    confirmEligible: $confirmEligible
  ) {
    id
    version
    status
    leadWorker {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AssignLeadWorkerMutation, AssignLeadWorkerMutationVariables>;
export const LeadWorkerChoicesDocument = new TypedDocumentString(`
    query LeadWorkerChoices($area: String!) {
  caseloadOversight(area: $area) {
    area
    workers {
      ...WorkerCaseloadFields
    }
  }
}
    fragment WorkerCaseloadFields on WorkerCaseload {
  caseloadCount
  caseloadLimit
  overLimit
  worker {
    id
    name
  }
}`) as unknown as TypedDocumentString<LeadWorkerChoicesQuery, LeadWorkerChoicesQueryVariables>;
export const FamilyRecordAuditTrailDocument = new TypedDocumentString(`
    query FamilyRecordAuditTrail($familyId: ID!) {
  family(id: $familyId) {
    id
    recordAuditTrail {
      at
      source
      actorUsername
      actorRole
      action
      operation
      fields
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<FamilyRecordAuditTrailQuery, FamilyRecordAuditTrailQueryVariables>;
export const SetCaseloadLimitDocument = new TypedDocumentString(`
    mutation SetCaseloadLimit($workerId: ID!, $limit: Int!) {
  setCaseloadLimit(workerId: $workerId, limit: $limit) {
    id
    name
    caseloadLimit
    caseloadCount
    overLimit
  }
}
    `) as unknown as TypedDocumentString<SetCaseloadLimitMutation, SetCaseloadLimitMutationVariables>;
export const MyCaseloadDocument = new TypedDocumentString(`
    query MyCaseload {
  myCaseload {
    lastContactOn
    weeksSinceContact
    nextSteps
    family {
      id
      reference
      status
      area
      members {
        id
        fullName
        role
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyCaseloadQuery, MyCaseloadQueryVariables>;
export const FamilyListDocument = new TypedDocumentString(`
    query FamilyList($first: Int!, $after: String) {
  families(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        reference
        status
        area
        postcode
        members {
          id
          fullName
        }
        leadWorker {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FamilyListQuery, FamilyListQueryVariables>;
export const AgencyDirectoryDocument = new TypedDocumentString(`
    query AgencyDirectory {
  agencies {
    id
    name
    type
  }
}
    `) as unknown as TypedDocumentString<AgencyDirectoryQuery, AgencyDirectoryQueryVariables>;
export const AddEngagementDocument = new TypedDocumentString(`
    mutation AddEngagement($input: AddEngagementInput!) {
  addEngagement(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AddEngagementMutation, AddEngagementMutationVariables>;
export const EndEngagementDocument = new TypedDocumentString(`
    mutation EndEngagement($input: EndEngagementInput!) {
  endEngagement(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<EndEngagementMutation, EndEngagementMutationVariables>;
export const AddCaseNoteDocument = new TypedDocumentString(`
    mutation AddCaseNote($input: AddCaseNoteInput!) {
  addCaseNote(input: $input) {
    id
    contactOn
  }
}
    `) as unknown as TypedDocumentString<AddCaseNoteMutation, AddCaseNoteMutationVariables>;
export const FamilyChronologyDocument = new TypedDocumentString(`
    query FamilyChronology($id: ID!) {
  family(id: $id) {
    id
    chronology {
      at
      kind
      summary
      source
    }
  }
}
    `) as unknown as TypedDocumentString<FamilyChronologyQuery, FamilyChronologyQueryVariables>;
export const SharingAgreementsDocument = new TypedDocumentString(`
    query SharingAgreements {
  informationSharingAgreements {
    id
    name
    reference
    reviewOn
    parties {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SharingAgreementsQuery, SharingAgreementsQueryVariables>;
export const RecordConsentDocument = new TypedDocumentString(`
    mutation RecordConsent($input: RecordConsentInput!) {
  recordConsent(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<RecordConsentMutation, RecordConsentMutationVariables>;
export const FamilyRecordDocument = new TypedDocumentString(`
    query FamilyRecord($id: ID!, $casework: Boolean!) {
  family(id: $id) {
    id
    reference
    status
    version
    area
    addressLine
    postcode
    identifiedBy
    cohort
    programmePhase
    createdAt
    lastContactOn @include(if: $casework)
    members {
      id
      fullName
      dateOfBirth
      role
      sex
      school
      relationships {
        id
        kind
        personId
        relatedPersonId
        person {
          id
          fullName
        }
        relatedPerson {
          id
          fullName
        }
      }
      householdHistory {
        id
        familyId
        role
        joinedOn
        leftOn
        reason
        family {
          id
          reference
        }
      }
    }
    leadWorker {
      id
      name
      caseloadLimit
      caseloadCount @include(if: $casework)
      agency {
        id
        name
        type
      }
    }
    leadWorkerHistory {
      id
      allocatedOn
      endedOn
      reason
      worker {
        id
        name
      }
    }
    nomination {
      id
      reason
      nominatedAt
      agency {
        id
        name
      }
    }
    allowedNextStatuses
    statusHistory {
      id
      fromStatus
      toStatus
      reason
      changedOn
      changedAt
    }
    engagements {
      id
      capacity
      startedOn
      endedOn
      active
      agency {
        id
        name
        type
      }
    }
    consent {
      ...ConsentRecord
    }
    consentHistory {
      ...ConsentRecord
    }
    restrictions {
      id
      kind
      createdAt
      detailsVisibleToYourRole
    }
    caseNotes @include(if: $casework) {
      id
      kind
      contactOn
      body
      writtenAt
      author {
        id
        name
      }
    }
  }
  areas {
    name
    mostDisadvantaged
  }
}
    fragment ConsentRecord on Consent {
  id
  status
  scope
  recordedOn
  note
  agencies {
    id
    name
  }
  givenBy {
    id
    fullName
  }
  agreement {
    id
    name
    reference
  }
}`) as unknown as TypedDocumentString<FamilyRecordQuery, FamilyRecordQueryVariables>;
export const UpdateHouseholdDocument = new TypedDocumentString(`
    mutation UpdateHousehold($input: UpdateHouseholdInput!) {
  updateHousehold(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateHouseholdMutation, UpdateHouseholdMutationVariables>;
export const AddFamilyMemberDocument = new TypedDocumentString(`
    mutation AddFamilyMember($familyId: ID!, $member: NewPersonInput!, $expectedVersion: Int) {
  addFamilyMember(
    familyId: $familyId
    member: $member
    expectedVersion: $expectedVersion
  ) {
    id
    fullName
  }
}
    `) as unknown as TypedDocumentString<AddFamilyMemberMutation, AddFamilyMemberMutationVariables>;
export const UpdatePersonDocument = new TypedDocumentString(`
    mutation UpdatePerson($input: UpdatePersonInput!) {
  updatePerson(input: $input) {
    id
    fullName
  }
}
    `) as unknown as TypedDocumentString<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const RecordRelationshipDocument = new TypedDocumentString(`
    mutation RecordRelationship($input: RecordRelationshipInput!) {
  recordRelationship(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordRelationshipMutation, RecordRelationshipMutationVariables>;
export const RemoveRelationshipDocument = new TypedDocumentString(`
    mutation RemoveRelationship($input: RemoveRelationshipInput!) {
  removeRelationship(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<RemoveRelationshipMutation, RemoveRelationshipMutationVariables>;
export const RestrictedDetailsDocument = new TypedDocumentString(`
    query RestrictedDetails($familyId: ID!, $reason: String!) {
  restrictedDetails(familyId: $familyId, reason: $reason) {
    id
    kind
    createdAt
    details
  }
}
    `) as unknown as TypedDocumentString<RestrictedDetailsQuery, RestrictedDetailsQueryVariables>;
export const AddRestrictionDocument = new TypedDocumentString(`
    mutation AddRestriction($input: AddRestrictionInput!) {
  addRestriction(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AddRestrictionMutation, AddRestrictionMutationVariables>;
export const LiftRestrictionDocument = new TypedDocumentString(`
    mutation LiftRestriction($restrictionId: ID!, $reason: String!) {
  liftRestriction(restrictionId: $restrictionId, reason: $reason) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<LiftRestrictionMutation, LiftRestrictionMutationVariables>;
export const ChangeFamilyStatusDocument = new TypedDocumentString(`
    mutation ChangeFamilyStatus($input: ChangeFamilyStatusInput!) {
  changeFamilyStatus(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ChangeFamilyStatusMutation, ChangeFamilyStatusMutationVariables>;
export const ProgrammeFiguresDocument = new TypedDocumentString(`
    query ProgrammeFigures {
  programmeFigures {
    totalFamilies
    familiesWithoutLeadWorker
    leadWorkers
    averageCaseload
    byStatus {
      status
      families
    }
    byArea {
      area
      families
    }
    byIdentificationRoute {
      route
      families
    }
    byCohort {
      cohort
      families
    }
  }
}
    `) as unknown as TypedDocumentString<ProgrammeFiguresQuery, ProgrammeFiguresQueryVariables>;
export const CaseloadOversightDocument = new TypedDocumentString(`
    query CaseloadOversight($area: String!, $staleAfterWeeks: Int!) {
  caseloadOversight(area: $area, staleAfterWeeks: $staleAfterWeeks) {
    area
    unallocated {
      id
      reference
      status
      version
      createdAt
      leadWorker {
        id
        name
      }
      members {
        id
        fullName
        role
      }
    }
    workers {
      ...WorkerCaseloadFields
    }
    overLimit {
      ...WorkerCaseloadFields
    }
    stale {
      lastContactOn
      weeksSinceContact
      family {
        id
        reference
        status
        leadWorker {
          id
          name
        }
      }
    }
  }
}
    fragment WorkerCaseloadFields on WorkerCaseload {
  caseloadCount
  caseloadLimit
  overLimit
  worker {
    id
    name
  }
}`) as unknown as TypedDocumentString<CaseloadOversightQuery, CaseloadOversightQueryVariables>;
export const SearchChoicesDocument = new TypedDocumentString(`
    query SearchChoices {
  areas {
    name
  }
  leadWorkers {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<SearchChoicesQuery, SearchChoicesQueryVariables>;
export const SearchFamiliesDocument = new TypedDocumentString(`
    query SearchFamilies($filter: FamilySearchInput!, $first: Int!, $after: String) {
  searchFamilies(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        reference
        status
        area
        postcode
        members {
          id
          fullName
        }
        leadWorker {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchFamiliesQuery, SearchFamiliesQueryVariables>;
export const BeginInterventionDocument = new TypedDocumentString(`
    mutation BeginIntervention($id: ID!, $startedOn: String!) {
  beginIntervention(id: $id, startedOn: $startedOn) {
    id
    status
    startedOn
  }
}
    `) as unknown as TypedDocumentString<BeginInterventionMutation, BeginInterventionMutationVariables>;
export const EndInterventionDocument = new TypedDocumentString(`
    mutation EndIntervention($id: ID!, $status: InterventionStatus!, $endedOn: String!) {
  endIntervention(id: $id, status: $status, endedOn: $endedOn) {
    id
    status
    begun
    endedOn
  }
}
    `) as unknown as TypedDocumentString<EndInterventionMutation, EndInterventionMutationVariables>;
export const FamilyInterventionsDocument = new TypedDocumentString(`
    query FamilyInterventions($id: ID!) {
  family(id: $id) {
    id
    interventions {
      id
      status
      startedOn
      plannedStartOn
      begun
      endedOn
      model {
        code
        number
        name
      }
      leadAgency {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FamilyInterventionsQuery, FamilyInterventionsQueryVariables>;
export const StartInterventionChoicesDocument = new TypedDocumentString(`
    query StartInterventionChoices {
  interventionModels {
    code
    number
    name
    description
  }
  agencies {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<StartInterventionChoicesQuery, StartInterventionChoicesQueryVariables>;
export const StartInterventionDocument = new TypedDocumentString(`
    mutation StartIntervention($input: StartInterventionInput!) {
  startIntervention(input: $input) {
    id
    status
    startedOn
  }
}
    `) as unknown as TypedDocumentString<StartInterventionMutation, StartInterventionMutationVariables>;
export const InterventionModelsDocument = new TypedDocumentString(`
    query InterventionModels {
  interventionModels {
    code
    number
    name
    description
  }
}
    `) as unknown as TypedDocumentString<InterventionModelsQuery, InterventionModelsQueryVariables>;
export const FamilyProgressDocument = new TypedDocumentString(`
    query FamilyProgress($id: ID!) {
  family(id: $id) {
    id
    outcomeProgress {
      id
      problemCode
      status
      note
      effectiveOn
      updatedAt
      measure {
        code
        description
        route
      }
      history {
        id
        status
        previousStatus
        note
        effectiveOn
        recordedAt
        recordedBy
        recorder {
          id
          name
        }
      }
    }
  }
  headlineProblems(phase: PHASE_2) {
    code
    title
  }
}
    `) as unknown as TypedDocumentString<FamilyProgressQuery, FamilyProgressQueryVariables>;
export const OutcomesPlanDocument = new TypedDocumentString(`
    query OutcomesPlan {
  outcomesPlan {
    id
    name
    measures {
      code
      problemCode
      route
      description
      sustainedForWeeks
    }
  }
  headlineProblems(phase: PHASE_2) {
    code
    title
  }
}
    `) as unknown as TypedDocumentString<OutcomesPlanQuery, OutcomesPlanQueryVariables>;
export const RecordProgressDocument = new TypedDocumentString(`
    mutation RecordProgress($input: RecordProgressInput!) {
  recordProgress(input: $input) {
    id
    status
    effectiveOn
    measure {
      code
      description
    }
  }
}
    `) as unknown as TypedDocumentString<RecordProgressMutation, RecordProgressMutationVariables>;
export const AgencyFamiliesDocument = new TypedDocumentString(`
    query AgencyFamilies {
  families(first: 20) {
    totalCount
    edges {
      node {
        id
        reference
        status
        area
        leadWorker {
          id
          name
        }
        nomination {
          id
          nominatedAt
          agency {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgencyFamiliesQuery, AgencyFamiliesQueryVariables>;
export const NominationChoicesDocument = new TypedDocumentString(`
    query NominationChoices {
  areas {
    name
  }
  headlineProblems(phase: PHASE_2) {
    code
    title
    indicators {
      code
      description
    }
  }
}
    `) as unknown as TypedDocumentString<NominationChoicesQuery, NominationChoicesQueryVariables>;
export const NominateFamilyDocument = new TypedDocumentString(`
    mutation NominateFamily($input: NominateFamilyInput!) {
  nominateFamily(input: $input) {
    id
    reference
  }
}
    `) as unknown as TypedDocumentString<NominateFamilyMutation, NominateFamilyMutationVariables>;
export const FamilyHeadingDocument = new TypedDocumentString(`
    query FamilyHeading($id: ID!) {
  family(id: $id) {
    id
    reference
  }
}
    `) as unknown as TypedDocumentString<FamilyHeadingQuery, FamilyHeadingQueryVariables>;
export const FamilyPickerDocument = new TypedDocumentString(`
    query FamilyPicker {
  families(first: 50) {
    edges {
      node {
        id
        reference
        area
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FamilyPickerQuery, FamilyPickerQueryVariables>;