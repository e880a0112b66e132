import type { FamilyStatus } from '@hearth/programme';

/**
 * The programme's lifecycle: identified → eligible → allocated → engaged →
 * plan active → outcome achieved → closed, with the ways out (declined,
 * disengaged, stepped down to universal services, stepped up to social care)
 * and the ways back in.
 */
export const ALLOWED_TRANSITIONS: Record<FamilyStatus, FamilyStatus[]> = {
  IDENTIFIED: ['ELIGIBLE', 'CLOSED'],
  ELIGIBLE: ['ALLOCATED', 'DECLINED', 'CLOSED'],
  ALLOCATED: ['ENGAGED', 'DECLINED', 'STEPPED_UP'],
  ENGAGED: ['PLAN_ACTIVE', 'DISENGAGED', 'STEPPED_UP', 'STEPPED_DOWN'],
  PLAN_ACTIVE: ['OUTCOME_ACHIEVED', 'DISENGAGED', 'STEPPED_UP', 'STEPPED_DOWN'],
  OUTCOME_ACHIEVED: ['CLOSED'],
  DECLINED: ['ELIGIBLE', 'CLOSED'],
  DISENGAGED: ['ENGAGED', 'CLOSED'],
  STEPPED_DOWN: ['CLOSED'],
  STEPPED_UP: ['ENGAGED', 'CLOSED'],
  CLOSED: [],
};

export function allowedNextStatuses(from: FamilyStatus): FamilyStatus[] {
  return ALLOWED_TRANSITIONS[from];
}

export function canMove(from: FamilyStatus, to: FamilyStatus): boolean {
  return ALLOWED_TRANSITIONS[from].includes(to);
}

/** Statuses at which the family must have its one lead worker. */
export const NEEDS_LEAD_WORKER: FamilyStatus[] = ['ALLOCATED', 'ENGAGED', 'PLAN_ACTIVE'];
