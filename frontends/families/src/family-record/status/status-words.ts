import type { FamilyStatus } from '@hearth/client';

/** What each step means, so the worker picks the right one. */
export const STATUS_MEANINGS: Record<FamilyStatus, string> = {
  IDENTIFIED: 'Known to the programme, not yet checked against the criteria',
  ELIGIBLE: 'Meets the criteria: at least two headline problems',
  ALLOCATED: 'Has a lead worker, who has not yet met the family',
  ENGAGED: 'Has agreed to work with its lead worker',
  PLAN_ACTIVE: 'Has a family plan agreed at a Team Around the Family meeting',
  OUTCOME_ACHIEVED: 'Has made significant and sustained progress against its plan',
  CLOSED: 'The programme’s work with the family has ended',
  DECLINED: 'Chose not to take part',
  DISENGAGED: 'Stopped working with its lead worker',
  STEPPED_DOWN: 'Needs no more than universal services now',
  STEPPED_UP: 'Referred up to children’s social care',
};
