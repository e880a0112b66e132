import type { FamilyStatus } from '@hearth/client';
import { humanise, Tag, type TagColour } from '@hearth/ui';

/** Colours follow the journey: grey before work starts, blue while it goes on, green when outcomes are met, red or orange when it stops short. */
const COLOURS: Record<FamilyStatus, TagColour> = {
  IDENTIFIED: 'grey',
  ELIGIBLE: 'light-blue',
  ALLOCATED: 'light-blue',
  ENGAGED: 'blue',
  PLAN_ACTIVE: 'blue',
  OUTCOME_ACHIEVED: 'green',
  CLOSED: 'grey',
  DECLINED: 'orange',
  DISENGAGED: 'red',
  STEPPED_DOWN: 'turquoise',
  STEPPED_UP: 'purple',
};

export function FamilyStatusTag({ status }: { status: FamilyStatus }) {
  return <Tag colour={COLOURS[status]}>{humanise(status)}</Tag>;
}
