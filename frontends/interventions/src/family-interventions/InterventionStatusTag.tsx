import type { InterventionStatus } from '@hearth/client';
import { humanise, Tag, type TagColour } from '@hearth/ui';

const COLOURS: Record<InterventionStatus, TagColour> = {
  PLANNED: 'grey',
  ACTIVE: 'blue',
  COMPLETED: 'green',
  WITHDRAWN: 'orange',
};

export function InterventionStatusTag({ status }: { status: InterventionStatus }) {
  return <Tag colour={COLOURS[status]}>{humanise(status)}</Tag>;
}
