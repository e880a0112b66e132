import type { InterventionStatus } from '@hearth/client';
import { Tag, type TagColour } from '@hearth/ui';
import { statusInWords } from './status-words.ts';

const COLOURS: Record<InterventionStatus, TagColour> = {
  PLANNED: 'grey',
  ACTIVE: 'blue',
  COMPLETED: 'green',
  WITHDRAWN: 'orange',
};

export function InterventionStatusTag({ intervention }: { intervention: { status: InterventionStatus; begun: boolean } }) {
  return <Tag colour={COLOURS[intervention.status]}>{statusInWords(intervention)}</Tag>;
}
