import { fakerEN_GB as faker } from '@faker-js/faker';
import type { FamilyStatus } from '@hearth/programme';
import { DEMO_AGENCIES } from './agencies.ts';
import type { DemoFamily } from './families.ts';
import { stableId } from './ids.ts';

export interface DemoStatusChange {
  id: string;
  fromStatus: FamilyStatus | null;
  toStatus: FamilyStatus;
  reason: string;
  changedOn: string;
}

export interface DemoCaseNote {
  id: string;
  kind: 'HOME_VISIT' | 'PHONE_CALL' | 'TAF_MEETING' | 'MEETING' | 'OFFICE_NOTE';
  contactOn: string;
  body: string;
}

export interface DemoConsent {
  id: string;
  status: 'GIVEN' | 'REFUSED' | 'WITHDRAWN';
  givenByPersonId: string;
  recordedOn: string;
}

export interface DemoRestriction {
  id: string;
  kind: 'DOMESTIC_ABUSE' | 'CSE_RISK';
  details: string;
  visibleToRoles: string[];
}

export interface DemoCasework {
  statusHistory: DemoStatusChange[];
  caseNotes: DemoCaseNote[];
  consent: DemoConsent | null;
  restriction: DemoRestriction | null;
}

export const DEMO_AGREEMENT = {
  id: stableId('agreement:families-for-change'),
  name: 'Families for Change Information Sharing Agreement',
  reference: 'ISA-2025-014',
  agencyIds: DEMO_AGENCIES.map((a) => a.id),
  signedOn: '2025-04-01',
  reviewOn: '2027-03-31',
};

const STORY_DATE = Date.parse('2026-11-01T09:00:00Z');
const day = (daysAgo: number) => new Date(STORY_DATE - daysAgo * 86_400_000).toISOString().slice(0, 10);

const MAIN_PATH: FamilyStatus[] = ['IDENTIFIED', 'ELIGIBLE', 'ALLOCATED', 'ENGAGED', 'PLAN_ACTIVE', 'OUTCOME_ACHIEVED', 'CLOSED'];
/** Where each way out of the main path leaves it. */
const EXIT_FROM: Partial<Record<FamilyStatus, FamilyStatus>> = {
  DECLINED: 'ELIGIBLE',
  DISENGAGED: 'ENGAGED',
  STEPPED_DOWN: 'PLAN_ACTIVE',
  STEPPED_UP: 'ENGAGED',
};
const REASONS: Partial<Record<FamilyStatus, string>> = {
  IDENTIFIED: 'Identified through the quarterly data match',
  ELIGIBLE: 'Meets two or more headline problems',
  ALLOCATED: 'Lead worker allocated',
  ENGAGED: 'Family agreed to work with the lead worker at the first home visit',
  PLAN_ACTIVE: 'Whole-family assessment complete; family plan agreed at the Team Around the Family meeting',
  OUTCOME_ACHIEVED: 'Significant and sustained progress against every headline problem',
  CLOSED: 'Case closed after outcomes were sustained',
  DECLINED: 'Family declined support after two offers',
  DISENGAGED: 'No contact for eight weeks despite repeated visits',
  STEPPED_DOWN: 'Needs met by universal services',
  STEPPED_UP: "Referred to children's social care",
};

const NOTES: [DemoCaseNote['kind'], string][] = [
  ['HOME_VISIT', 'Home visit. Mum engaged well; we went through the school attendance letters together and agreed a morning routine.'],
  ['PHONE_CALL', 'Call with the attendance officer: attendance up to 88% this half term.'],
  ['TAF_MEETING', 'Team Around the Family meeting with school, police and Jobcentre Plus. Plan reviewed; actions agreed for each agency.'],
  ['HOME_VISIT', 'Home visit. Rent arrears discussed; referral made to the debt advice service.'],
  ['MEETING', 'Met dad at the Jobcentre with his work coach; applying for warehouse work through the employability programme.'],
  ['OFFICE_NOTE', 'Opportunities Fund request approved for school uniform and a bus pass.'],
  ['PHONE_CALL', 'Call to check in after the weekend; no incidents reported.'],
];

function statusPath(status: FamilyStatus): FamilyStatus[] {
  const exitFrom = EXIT_FROM[status];
  if (exitFrom) return [...MAIN_PATH.slice(0, MAIN_PATH.indexOf(exitFrom) + 1), status];
  return MAIN_PATH.slice(0, MAIN_PATH.indexOf(status) + 1);
}

/** The casework story behind one demo family: how it got to its status, notes of contact, consent, restrictions. */
export function demoCasework(family: DemoFamily): DemoCasework {
  const n = Number(family.reference.slice(4));
  faker.seed(90_000 + n);
  const path = statusPath(family.status);
  let daysAgo = 400 - (n % 60);
  const statusHistory = path.map((toStatus, i) => {
    const change = {
      id: stableId(`status:${n}:${i}`),
      fromStatus: i === 0 ? null : path[i - 1]!,
      toStatus,
      reason: REASONS[toStatus] ?? 'Status changed',
      changedOn: day(daysAgo),
    };
    daysAgo -= faker.number.int({ min: 20, max: 50 });
    return change;
  });

  const working = family.leadWorkerId !== null;
  // Some families have had no contact for a while: the co-ordinator's stale list.
  const stale = working && n % 9 === 0;
  const caseNotes: DemoCaseNote[] = working
    ? Array.from({ length: faker.number.int({ min: 1, max: 4 }) }, (_, i) => {
        const [kind, body] = faker.helpers.arrayElement(NOTES);
        return { id: stableId(`note:${n}:${i}`), kind, body, contactOn: day((stale ? 60 : 3) + i * faker.number.int({ min: 7, max: 20 })) };
      })
    : [];

  const parent = family.members.find((m) => m.role === 'PARENT_CARER') ?? family.members[0]!;
  const consent: DemoConsent | null = working
    ? {
        id: stableId(`consent:${n}`),
        status: n % 17 === 0 ? 'WITHDRAWN' : n % 13 === 0 ? 'REFUSED' : 'GIVEN',
        givenByPersonId: parent.id,
        recordedOn: statusHistory[Math.min(2, statusHistory.length - 1)]!.changedOn,
      }
    : null;

  const hasDomesticAbuse = family.evidence.some((e) => e.indicatorCode.startsWith('DA_'));
  const hasCse = family.evidence.some((e) => e.indicatorCode === 'CHILD_REPEAT_REQUESTS_MISSING_CSE');
  const restriction: DemoRestriction | null =
    hasDomesticAbuse && n % 3 === 0
      ? {
          id: stableId(`restriction:${n}`),
          kind: 'DOMESTIC_ABUSE',
          details: 'Mother and children moved after MARAC; the perpetrator must not learn the address. Share nothing without checking with the lead worker.',
          visibleToRoles: ['LEAD_WORKER', 'MANAGER'],
        }
      : hasCse && n % 2 === 0
        ? {
            id: stableId(`restriction:${n}`),
            kind: 'CSE_RISK',
            details: 'Young person assessed at risk of child sexual exploitation; strategy meeting held, safety plan in place.',
            visibleToRoles: ['LEAD_WORKER', 'MANAGER', 'COORDINATOR'],
          }
        : null;
  return { statusHistory, caseNotes, consent, restriction };
}
