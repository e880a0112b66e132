import { fakerEN_GB as faker } from '@faker-js/faker';
import {
  DEFAULT_OUTCOME_MEASURES,
  HEADLINE_PROBLEMS,
  type FamilyStatus,
  type MemberRole,
} from '@hearth/programme';
import { agencyNamed, DEMO_AGENCIES } from './agencies.ts';
import { AREAS } from './areas.ts';
import { stableId } from './ids.ts';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, STREETS, SURNAMES } from './names.ts';
import { DEMO_LEAD_WORKERS } from './users.ts';

export interface DemoPerson {
  id: string;
  fullName: string;
  dateOfBirth: string;
  role: MemberRole;
  sex: 'FEMALE' | 'MALE';
}

export interface DemoEvidence {
  id: string;
  personId: string | null;
  indicatorCode: string;
  source: string;
  observedAt: string;
}

export interface DemoIntervention {
  id: string;
  modelCode: string;
  status: 'PLANNED' | 'ACTIVE' | 'COMPLETED' | 'WITHDRAWN';
  startedOn: string;
  leadAgencyId: string;
}

export interface DemoProgress {
  id: string;
  measureCode: string;
  status: 'NOT_STARTED' | 'IN_PROGRESS' | 'ACHIEVED' | 'SUSTAINED';
  updatedAt: string;
}

export interface DemoFamily {
  id: string;
  reference: string;
  status: FamilyStatus;
  area: string;
  mostDisadvantagedArea: boolean;
  addressLine: string;
  postcode: string;
  identifiedBy: 'DATA_MATCHING' | 'AGENCY_NOMINATION';
  nominatedByAgencyId: string | null;
  cohort: string;
  leadWorkerId: string | null;
  engagedAgencyIds: string[];
  members: DemoPerson[];
  evidence: DemoEvidence[];
  interventions: DemoIntervention[];
  progress: DemoProgress[];
}

/** A fixed "today" for the story, so the same families come out on every machine. */
const STORY_DATE = new Date('2026-11-01T09:00:00Z');

const STATUS_WEIGHTS: [FamilyStatus, number][] = [
  ['IDENTIFIED', 14],
  ['ELIGIBLE', 12],
  ['ALLOCATED', 14],
  ['ENGAGED', 16],
  ['PLAN_ACTIVE', 24],
  ['OUTCOME_ACHIEVED', 8],
  ['CLOSED', 5],
  ['DECLINED', 2],
  ['DISENGAGED', 2],
  ['STEPPED_DOWN', 2],
  ['STEPPED_UP', 1],
];

const SOURCE_BY_PROBLEM: Record<string, string[]> = {
  CRIME_ASB: ['South Yorkshire Police', 'Youth Offending Service'],
  SCHOOL_ATTENDANCE: ['Oakwood High School', 'Thornhill Primary School'],
  CHILDREN_NEED_HELP: ["Children's Social Care"],
  WORKLESSNESS_DEBT: ['Jobcentre Plus Rotherham', 'Rotherham Housing Services'],
  DOMESTIC_ABUSE: ['South Yorkshire Police'],
  HEALTH: ['Rotherham NHS Foundation Trust', 'Rotherham and Barnsley MIND'],
};

const MODEL_FOR_PROBLEM: Record<string, string> = {
  CRIME_ASB: 'CONSULTATION_COLLABORATION',
  SCHOOL_ATTENDANCE: 'EVIDENCE_BASED_PROGRAMME',
  CHILDREN_NEED_HELP: 'EVIDENCE_BASED_PROGRAMME',
  WORKLESSNESS_DEBT: 'EMPLOYABILITY_SUPPORT',
  DOMESTIC_ABUSE: 'CONSULTATION_COLLABORATION',
  HEALTH: 'OPPORTUNITIES_FUND',
};

const ALLOCATED_OR_LATER: FamilyStatus[] = ['ALLOCATED', 'ENGAGED', 'PLAN_ACTIVE', 'OUTCOME_ACHIEVED', 'CLOSED', 'DISENGAGED', 'STEPPED_DOWN', 'STEPPED_UP'];
const WORKING_ON_PLAN: FamilyStatus[] = ['PLAN_ACTIVE', 'OUTCOME_ACHIEVED', 'CLOSED', 'STEPPED_DOWN'];

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const daysBefore = (days: number) => new Date(STORY_DATE.getTime() - days * 86_400_000);

function weightedStatus(): FamilyStatus {
  return faker.helpers.weightedArrayElement(STATUS_WEIGHTS.map(([value, weight]) => ({ value, weight })));
}

function postcode(): string {
  return `S${faker.helpers.arrayElement([25, 26, 60, 61, 62, 63, 65, 66])} ${faker.number.int({ min: 1, max: 9 })}${faker.string.alpha({ length: 2, casing: 'upper', exclude: ['C', 'I', 'K', 'M', 'O', 'V'] })}`;
}

function people(familyNumber: number, surname: string): DemoPerson[] {
  const person = (index: number, role: MemberRole, minAge: number, maxAge: number, sex?: 'FEMALE' | 'MALE'): DemoPerson => {
    const chosenSex = sex ?? faker.helpers.arrayElement(['FEMALE', 'MALE'] as const);
    return {
      id: stableId(`person:${familyNumber}:${index}`),
      fullName: `${faker.helpers.arrayElement(chosenSex === 'FEMALE' ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES)} ${surname}`,
      dateOfBirth: isoDate(faker.date.birthdate({ mode: 'age', min: minAge, max: maxAge, refDate: STORY_DATE })),
      role,
      sex: chosenSex,
    };
  };
  const members = [person(0, 'PARENT_CARER', 24, 52, 'FEMALE')];
  if (faker.datatype.boolean({ probability: 0.5 })) members.push(person(1, 'PARENT_CARER', 25, 55, 'MALE'));
  const children = faker.number.int({ min: 1, max: 4 });
  for (let c = 0; c < children; c++) {
    const youngPerson = faker.datatype.boolean({ probability: 0.35 });
    members.push(person(members.length, youngPerson ? 'YOUNG_PERSON' : 'CHILD', youngPerson ? 13 : 2, youngPerson ? 18 : 12));
  }
  if (faker.datatype.boolean({ probability: 0.15 })) members.push(person(members.length, 'OTHER_ADULT', 50, 75));
  return members;
}

function memberFor(problemCode: string, members: DemoPerson[]): DemoPerson | null {
  const young = members.filter((m) => m.role === 'YOUNG_PERSON');
  const children = members.filter((m) => m.role === 'CHILD' || m.role === 'YOUNG_PERSON');
  const adults = members.filter((m) => m.role === 'PARENT_CARER' || m.role === 'OTHER_ADULT');
  switch (problemCode) {
    case 'CRIME_ASB':
      return faker.helpers.arrayElement(young.length ? young : adults);
    case 'SCHOOL_ATTENDANCE':
    case 'CHILDREN_NEED_HELP':
      return faker.helpers.arrayElement(children.length ? children : members);
    case 'WORKLESSNESS_DEBT':
    case 'HEALTH':
      return faker.helpers.arrayElement(adults);
    default:
      return null;
  }
}

function family(n: number): DemoFamily {
  faker.seed(2015 + n);
  const id = stableId(`family:${n}`);
  const area = AREAS[n % AREAS.length]!;
  const surname = faker.helpers.arrayElement(SURNAMES);
  const members = people(n, surname);
  const status = weightedStatus();
  const nominated = faker.datatype.boolean({ probability: 0.3 });

  const phase2 = HEADLINE_PROBLEMS.filter((p) => p.phase === 'PHASE_2');
  const problems = faker.helpers.arrayElements(phase2, { min: 2, max: 4 });
  const evidence: DemoEvidence[] = problems.flatMap((problem, p) =>
    faker.helpers.arrayElements(problem.indicators, { min: 1, max: Math.min(2, problem.indicators.length) }).map((indicator, i) => ({
      id: stableId(`evidence:${n}:${p}:${i}`),
      personId: memberFor(problem.code, members)?.id ?? null,
      indicatorCode: indicator.code,
      source: faker.helpers.arrayElement(SOURCE_BY_PROBLEM[problem.code] ?? ['Families for Change Team']),
      observedAt: daysBefore(faker.number.int({ min: 120, max: 540 })).toISOString(),
    })),
  );

  const allocated = ALLOCATED_OR_LATER.includes(status);
  const localWorkers = DEMO_LEAD_WORKERS.filter((w) => w.areas.includes(area.name));
  const leadWorker = allocated ? faker.helpers.arrayElement(localWorkers.length ? localWorkers : DEMO_LEAD_WORKERS) : null;

  const interventions: DemoIntervention[] = [];
  if (allocated && leadWorker) {
    const keyWorkingStatus = status === 'CLOSED' || status === 'OUTCOME_ACHIEVED' ? 'COMPLETED' : status === 'DISENGAGED' ? 'WITHDRAWN' : 'ACTIVE';
    interventions.push({
      id: stableId(`intervention:${n}:key-working`),
      modelCode: 'KEY_WORKING_TAF',
      status: keyWorkingStatus,
      startedOn: isoDate(daysBefore(faker.number.int({ min: 60, max: 360 }))),
      leadAgencyId: leadWorker.agencyId,
    });
    for (const problem of faker.helpers.arrayElements(problems, { min: 0, max: 2 })) {
      const source = agencyNamed(faker.helpers.arrayElement(SOURCE_BY_PROBLEM[problem.code] ?? ['Families for Change Team']));
      interventions.push({
        id: stableId(`intervention:${n}:${problem.code}`),
        modelCode: MODEL_FOR_PROBLEM[problem.code] ?? 'BRIEF_INTERVENTION',
        status: WORKING_ON_PLAN.includes(status) ? faker.helpers.arrayElement(['ACTIVE', 'COMPLETED'] as const) : 'PLANNED',
        startedOn: isoDate(daysBefore(faker.number.int({ min: 14, max: 300 }))),
        leadAgencyId: source.id,
      });
    }
  } else if (status === 'ELIGIBLE' && faker.datatype.boolean({ probability: 0.4 })) {
    interventions.push({
      id: stableId(`intervention:${n}:brief`),
      modelCode: 'BRIEF_INTERVENTION',
      status: 'ACTIVE',
      startedOn: isoDate(daysBefore(faker.number.int({ min: 3, max: 60 }))),
      leadAgencyId: agencyNamed('Families for Change Team').id,
    });
  }

  const progress: DemoProgress[] = [];
  if (WORKING_ON_PLAN.includes(status) || status === 'ENGAGED') {
    for (const problem of problems) {
      for (const measure of DEFAULT_OUTCOME_MEASURES.filter((m) => m.problemCode === problem.code)) {
        const achieved = status === 'OUTCOME_ACHIEVED' || status === 'CLOSED';
        progress.push({
          id: stableId(`progress:${n}:${measure.code}`),
          measureCode: measure.code,
          status: achieved
            ? faker.helpers.arrayElement(['ACHIEVED', 'SUSTAINED'] as const)
            : faker.helpers.arrayElement(['NOT_STARTED', 'IN_PROGRESS', 'IN_PROGRESS', 'ACHIEVED'] as const),
          updatedAt: daysBefore(faker.number.int({ min: 1, max: 90 })).toISOString(),
        });
      }
    }
  }

  const evidenceAgencies = evidence.map((e) => DEMO_AGENCIES.find((a) => a.name === e.source)?.id).filter((x): x is string => !!x);
  const nominatedBy = nominated ? (evidenceAgencies[0] ?? null) : null;
  return {
    id,
    reference: `FAM-${String(n).padStart(6, '0')}`,
    status,
    area: area.name,
    mostDisadvantagedArea: area.mostDisadvantaged,
    addressLine: `${faker.number.int({ min: 1, max: 240 })} ${faker.helpers.arrayElement(STREETS)}`,
    postcode: postcode(),
    identifiedBy: nominatedBy ? 'AGENCY_NOMINATION' : 'DATA_MATCHING',
    nominatedByAgencyId: nominatedBy,
    cohort: `Phase 2, Year ${1 + (n % 5)} cohort`,
    leadWorkerId: leadWorker?.id ?? null,
    engagedAgencyIds: [...new Set([...(leadWorker ? [leadWorker.agencyId] : []), ...interventions.map((i) => i.leadAgencyId), ...evidenceAgencies])],
    members,
    evidence,
    interventions,
    progress,
  };
}

export const DEMO_FAMILY_COUNT = 240;

let cache: DemoFamily[] | undefined;

/** The demo cohort: the same 240 families every time it is asked for. */
export function demoFamilies(): DemoFamily[] {
  cache ??= Array.from({ length: DEMO_FAMILY_COUNT }, (_, i) => family(i + 1));
  return cache;
}
