/**
 * The default local Outcomes Plan: what "significant and sustained progress"
 * means for each Phase 2 headline problem, plus continuous employment, the
 * other route to a results claim. A council edits its own plan; this is the
 * starting point seeded for a new installation.
 */
export type OutcomeRoute = 'SIGNIFICANT_AND_SUSTAINED_PROGRESS' | 'CONTINUOUS_EMPLOYMENT';

export interface OutcomeMeasureDefinition {
  code: string;
  problemCode: string;
  route: OutcomeRoute;
  description: string;
  /** How long the improvement must last before it counts. */
  sustainedForWeeks: number;
}

export const DEFAULT_OUTCOMES_PLAN_NAME = 'Stronger Families Outcomes Plan (Phase 2)';

export const DEFAULT_OUTCOME_MEASURES: OutcomeMeasureDefinition[] = [
  {
    code: 'OP_CRIME_REDUCTION',
    problemCode: 'CRIME_ASB',
    route: 'SIGNIFICANT_AND_SUSTAINED_PROGRESS',
    description: 'No proven offences and a 60% fall in recorded anti-social behaviour across the household',
    sustainedForWeeks: 26,
  },
  {
    code: 'OP_SCHOOL_ATTENDANCE',
    problemCode: 'SCHOOL_ATTENDANCE',
    route: 'SIGNIFICANT_AND_SUSTAINED_PROGRESS',
    description: 'Every child attends at least 90% of sessions with no exclusions over three consecutive terms',
    sustainedForWeeks: 39,
  },
  {
    code: 'OP_CHILDREN_SAFE',
    problemCode: 'CHILDREN_NEED_HELP',
    route: 'SIGNIFICANT_AND_SUSTAINED_PROGRESS',
    description: 'Child protection or Child in Need plan safely stepped down, with no repeat referral',
    sustainedForWeeks: 26,
  },
  {
    code: 'OP_WORK_READY',
    problemCode: 'WORKLESSNESS_DEBT',
    route: 'SIGNIFICANT_AND_SUSTAINED_PROGRESS',
    description: 'Adults progressing towards work and debts managed through an agreed repayment plan; young people in education, employment or training',
    sustainedForWeeks: 26,
  },
  {
    code: 'OP_CONTINUOUS_EMPLOYMENT',
    problemCode: 'WORKLESSNESS_DEBT',
    route: 'CONTINUOUS_EMPLOYMENT',
    description: 'An adult moved off out-of-work benefits into continuous employment',
    sustainedForWeeks: 26,
  },
  {
    code: 'OP_DOMESTIC_ABUSE_SAFE',
    problemCode: 'DOMESTIC_ABUSE',
    route: 'SIGNIFICANT_AND_SUSTAINED_PROGRESS',
    description: 'No domestic abuse call outs and MARAC risk reduced to standard',
    sustainedForWeeks: 26,
  },
  {
    code: 'OP_HEALTH_SUPPORTED',
    problemCode: 'HEALTH',
    route: 'SIGNIFICANT_AND_SUSTAINED_PROGRESS',
    description: 'Family members engaged with mental health or substance misuse treatment and reporting improved wellbeing',
    sustainedForWeeks: 26,
  },
];
