import type { FamilyRecordQuery } from '@hearth/client';

type Family = NonNullable<FamilyRecordQuery['family']>;

export const session = { gatewayUrl: 'http://gateway.test', token: 'token-1' };

export const sarah = { sub: 'w-sarah', name: 'Sarah Ahmed', role: 'LEAD_WORKER' as const, areas: ['Rotherham North'] };
export const priya = { sub: 'w-priya', name: 'Priya Patel', role: 'COORDINATOR' as const, areas: ['Rotherham North', 'Rotherham South'] };
export const helen = { sub: 'w-helen', name: 'Helen Carter', role: 'MANAGER' as const, areas: ['Rotherham North', 'Rotherham South', 'Wentworth North'] };
export const mark = { sub: 'w-mark', name: 'Mark Wilson', role: 'PARTNER' as const, areas: [] };
export const tom = { sub: 'w-tom', name: 'Tom Lee', role: 'ANALYST' as const, areas: [] };

const poppy = { id: 'p-1', fullName: 'Poppy Smyth', dateOfBirth: '1974-10-29', role: 'PARENT_CARER' as const, sex: 'FEMALE' as const, school: null };
const ella = { id: 'p-2', fullName: 'Ella Smyth', dateOfBirth: '2009-11-19', role: 'YOUNG_PERSON' as const, sex: 'FEMALE' as const, school: 'Oakwood High School' };

/** The Smyths of Station Road, as the families subgraph answers FamilyRecord for a lead worker. */
export function smyths(overrides: Partial<Family> = {}): Family {
  return {
    id: 'family-21',
    reference: 'FAM-000021',
    status: 'ENGAGED',
    version: 4,
    area: 'Rotherham North',
    addressLine: '185 Station Road',
    postcode: 'S63 5BN',
    identifiedBy: 'AGENCY_NOMINATION',
    cohort: 'Phase 2, Year 2 cohort',
    programmePhase: 'PHASE_2',
    createdAt: '2025-11-03T10:00:00.000Z',
    lastContactOn: '2026-10-29',
    members: [
      {
        ...poppy,
        relationships: [{ id: 'r-1', kind: 'PARENT_OF', personId: 'p-1', relatedPersonId: 'p-2', person: { id: 'p-1', fullName: 'Poppy Smyth' }, relatedPerson: { id: 'p-2', fullName: 'Ella Smyth' } }],
        householdHistory: [{ id: 'm-1', familyId: 'family-21', role: 'PARENT_CARER', joinedOn: '2025-11-03', leftOn: null, reason: null, family: { id: 'family-21', reference: 'FAM-000021' } }],
      },
      {
        ...ella,
        relationships: [{ id: 'r-1', kind: 'PARENT_OF', personId: 'p-1', relatedPersonId: 'p-2', person: { id: 'p-1', fullName: 'Poppy Smyth' }, relatedPerson: { id: 'p-2', fullName: 'Ella Smyth' } }],
        householdHistory: [
          { id: 'm-2', familyId: 'family-21', role: 'YOUNG_PERSON', joinedOn: '2026-03-01', leftOn: null, reason: 'Moved back from her grandmother’s', family: { id: 'family-21', reference: 'FAM-000021' } },
          { id: 'm-3', familyId: 'family-40', role: 'YOUNG_PERSON', joinedOn: '2025-01-10', leftOn: '2026-03-01', reason: null, family: null },
        ],
      },
    ],
    leadWorker: { id: 'w-sarah', name: 'Sarah Ahmed', caseloadLimit: 12, caseloadCount: 7, agency: { id: 'a-1', name: 'Families for Change Team', type: 'COUNCIL' } },
    leadWorkerHistory: [{ id: 'al-1', allocatedOn: '2025-12-13', endedOn: null, reason: 'Allocated by co-ordinator', worker: { id: 'w-sarah', name: 'Sarah Ahmed' } }],
    nomination: { id: 'n-1', reason: 'Repeated call-outs', nominatedAt: '2025-11-01T09:00:00.000Z', agency: { id: 'a-2', name: 'South Yorkshire Police' } },
    allowedNextStatuses: ['PLAN_ACTIVE', 'DISENGAGED', 'STEPPED_UP', 'STEPPED_DOWN'],
    // Recorded together when the family was brought in, so only the day each took effect orders them.
    statusHistory: [
      { id: 's-1', fromStatus: null, toStatus: 'IDENTIFIED', reason: 'Nominated by a partner agency', changedOn: '2025-11-03', changedAt: '2026-01-20T09:00:00.000Z' },
      { id: 's-3', fromStatus: 'ALLOCATED', toStatus: 'ENGAGED', reason: 'First home visit went well', changedOn: '2026-01-10', changedAt: '2026-01-20T09:00:00.000Z' },
      { id: 's-2', fromStatus: 'IDENTIFIED', toStatus: 'ALLOCATED', reason: 'Lead worker allocated', changedOn: '2025-12-13', changedAt: '2026-01-20T09:00:00.000Z' },
    ],
    engagements: [
      { id: 'e-1', capacity: 'Neighbourhood policing', startedOn: '2025-11-01', endedOn: null, active: true, agency: { id: 'a-2', name: 'South Yorkshire Police', type: 'POLICE' } },
      { id: 'e-2', capacity: 'Attendance officer', startedOn: '2025-09-01', endedOn: '2026-02-01', active: false, agency: { id: 'a-3', name: 'Oakwood High School', type: 'SCHOOL' } },
    ],
    consent: {
      id: 'c-1',
      status: 'GIVEN',
      scope: 'ALL_ENGAGED_AGENCIES',
      recordedOn: '2025-12-13',
      note: null,
      agencies: [{ id: 'a-2', name: 'South Yorkshire Police' }],
      givenBy: { id: 'p-1', fullName: 'Poppy Smyth' },
      agreement: { id: 'isa-1', name: 'Families for Change Information Sharing Agreement', reference: 'ISA-2025-014' },
    },
    consentHistory: [],
    restrictions: [],
    caseNotes: [{ id: 'cn-1', kind: 'HOME_VISIT', contactOn: '2026-10-29', body: 'Talked through the attendance plan.', writtenAt: '2026-10-29T16:00:00.000Z', author: { id: 'w-sarah', name: 'Sarah Ahmed' } }],
    ...overrides,
  };
}

export const AREAS = [
  { name: 'Rotherham North', mostDisadvantaged: true },
  { name: 'Wentworth North', mostDisadvantaged: false },
];

/** The answer to FamilyRecord, shaped as the gateway sends it (casework fields only when asked for). */
export function familyRecordAnswer(family: Family | null, casework = true) {
  if (!family) return { family: null, areas: AREAS };
  if (casework) return { family, areas: AREAS };
  const { caseNotes: _notes, lastContactOn: _lastContact, leadWorker, ...rest } = family;
  const { caseloadCount: _count, ...worker } = leadWorker ?? { caseloadCount: 0 };
  return { family: { ...rest, leadWorker: leadWorker ? worker : null }, areas: AREAS };
}

export const chronologyAnswer = (id: string) => ({
  family: {
    id,
    chronology: [
      { at: '2026-10-29T00:00:00.000Z', kind: 'CASE_NOTE', summary: 'Home visit (Sarah Ahmed): Talked through the attendance plan.', source: 'families' },
      { at: '2026-10-01T09:00:00.000Z', kind: 'PROGRESS_RECORDED', summary: 'In progress: Every child attends', source: 'outcomes' },
      { at: '2026-06-01T00:00:00.000Z', kind: 'INTERVENTION_STARTED', summary: 'Key working and Team Around the Family started', source: 'interventions' },
      { at: '2025-10-01T09:00:00.000Z', kind: 'EVIDENCE_RECORDED', summary: 'Anti-social behaviour incident (from South Yorkshire Police)', source: 'criteria' },
    ],
  },
});
