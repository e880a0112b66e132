/**
 * The criteria a family is identified by. Phase 2 (2015–20) as the Stronger
 * Families slides list them: six headline problems, each with the indicators
 * data matching or an agency nomination can show; a family is eligible with
 * at least two. Phase 1 (2012–15) as the Families for Change cohort used them:
 * three national criteria (attendance, anti-social behaviour, benefits).
 */
export type Phase = 'PHASE_1' | 'PHASE_2';

export interface IndicatorDefinition {
  code: string;
  description: string;
}

export interface HeadlineProblemDefinition {
  code: string;
  phase: Phase;
  title: string;
  indicators: IndicatorDefinition[];
}

export const HEADLINE_PROBLEMS: HeadlineProblemDefinition[] = [
  {
    code: 'CRIME_ASB',
    phase: 'PHASE_2',
    title: 'Crime and anti-social behaviour',
    indicators: [
      { code: 'CRIME_PROVEN_OFFENCE', description: 'Child or young person who has committed a proven offence in the past 12 months' },
      { code: 'CRIME_ASB_INCIDENT', description: 'A member of the household has been involved in a recorded incident of anti-social behaviour' },
      {
        code: 'CRIME_OFFENDER_PARENT',
        description: 'Offender with parenting responsibility assessed as low or medium risk and subject of a community disposal or leaving prison',
      },
    ],
  },
  {
    code: 'SCHOOL_ATTENDANCE',
    phase: 'PHASE_2',
    title: 'School attendance and behaviour',
    indicators: [
      { code: 'SCHOOL_ATTENDANCE_BELOW_90', description: 'Less than 90% attendance, excluded or at a Pupil Referral Unit' },
      { code: 'SCHOOL_EQUIVALENT_CONCERNS', description: 'Equivalent concerns about behaviour' },
    ],
  },
  {
    code: 'CHILDREN_NEED_HELP',
    phase: 'PHASE_2',
    title: 'Children who need help',
    indicators: [
      {
        code: 'CHILD_IN_NEED_OR_PROTECTION',
        description: 'Child in Need or subject of a Child Protection Plan, or looked after child placed with relatives',
      },
      { code: 'CHILD_REPEAT_REQUESTS_MISSING_CSE', description: 'Repeat requests for service, missing episodes or child sexual exploitation' },
    ],
  },
  {
    code: 'WORKLESSNESS_DEBT',
    phase: 'PHASE_2',
    title: 'Out of work or severe debts',
    indicators: [
      { code: 'WORK_OUT_OF_WORK_BENEFITS', description: 'Adult(s) out of work and claiming DWP benefits' },
      { code: 'WORK_YOUNG_PERSON_NEET', description: 'Young person in the family is NEET or at risk of becoming NEET' },
      {
        code: 'WORK_FINANCIAL_EXCLUSION',
        description: 'Family at risk of financial exclusion and/or homelessness due to housing related debt',
      },
    ],
  },
  {
    code: 'DOMESTIC_ABUSE',
    phase: 'PHASE_2',
    title: 'Domestic abuse',
    indicators: [
      {
        code: 'DA_POLICE_CALL_OUTS',
        description: '2 or more police call outs in the previous 6 months, or 1 call out where a child was present',
      },
      { code: 'DA_MARAC_REFERRAL', description: 'Referred to MARAC' },
      { code: 'DA_SANCTUARY_SCHEME', description: 'Referred to the sanctuary scheme as a result of domestic abuse' },
      {
        code: 'DA_APVA',
        description: 'Identified by a professional as experiencing Adolescent to Parent Violence and Abuse (APVA)',
      },
    ],
  },
  {
    code: 'HEALTH',
    phase: 'PHASE_2',
    title: 'Poor mental health and substance misuse',
    indicators: [
      {
        code: 'HEALTH_MENTAL_HEALTH',
        description: 'A member of the family has poor mental health or emotional wellbeing, or a medically diagnosed mental health condition',
      },
      { code: 'HEALTH_SUBSTANCE_MISUSE', description: 'A member of the family regularly misuses drugs or alcohol and requires support' },
    ],
  },
  {
    code: 'P1_ATTENDANCE',
    phase: 'PHASE_1',
    title: 'Attendance (Phase 1)',
    indicators: [
      { code: 'P1_ATTENDANCE_EXCLUSION', description: 'Child excluded, or 15% or more unauthorised absence over three consecutive terms' },
    ],
  },
  {
    code: 'P1_ANTI_SOCIAL_BEHAVIOUR',
    phase: 'PHASE_1',
    title: 'Youth crime and anti-social behaviour (Phase 1)',
    indicators: [
      { code: 'P1_YOUTH_OFFENCE', description: 'Young person with a proven offence in the last 12 months' },
      { code: 'P1_ASB_INTERVENTION', description: 'Household member subject of an anti-social behaviour intervention in the last 12 months' },
    ],
  },
  {
    code: 'P1_BENEFITS',
    phase: 'PHASE_1',
    title: 'In receipt of out-of-work benefits (Phase 1)',
    indicators: [{ code: 'P1_OUT_OF_WORK_BENEFITS', description: 'An adult in the household is in receipt of out-of-work benefits' }],
  },
];

/** Phase 2 eligibility: at least two of the six headline problems. */
export const PHASE_2_MINIMUM_PROBLEMS = 2;

export const INDICATOR_CODES: string[] = HEADLINE_PROBLEMS.flatMap((problem) => problem.indicators.map((indicator) => indicator.code));
