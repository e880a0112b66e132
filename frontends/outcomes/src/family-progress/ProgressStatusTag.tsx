import type { ProgressStatus } from '@hearth/client';
import { humanise, Tag, type TagColour } from '@hearth/ui';

const COLOURS: Record<ProgressStatus, TagColour> = {
  NOT_STARTED: 'grey',
  IN_PROGRESS: 'blue',
  ACHIEVED: 'turquoise',
  SUSTAINED: 'green',
};

export function ProgressStatusTag({ status }: { status: ProgressStatus }) {
  return <Tag colour={COLOURS[status]}>{humanise(status)}</Tag>;
}
