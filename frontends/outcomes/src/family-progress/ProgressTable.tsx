import { formatDate, Table } from '@hearth/ui';
import { problemTitle, ROUTE_NAMES } from '../routes.ts';
import type { HeadlineProblem, Progress } from './progress.ts';
import { ProgressStatusTag } from './ProgressStatusTag.tsx';

export function ProgressTable({ progress, problems }: { progress: Progress[]; problems: HeadlineProblem[] }) {
  return (
    <Table
      caption="The family’s progress, measure by measure"
      captionHidden
      rowKey={(item) => item.id}
      rows={progress}
      columns={[
        { header: 'Headline problem', cell: (item) => problemTitle(problems, item.problemCode) },
        { header: 'Measure', cell: (item) => `${item.measure.description} (${ROUTE_NAMES[item.measure.route].toLowerCase()})` },
        { header: 'Status', cell: (item) => <ProgressStatusTag status={item.status} /> },
        { header: 'Evidence or note', cell: (item) => item.note ?? '' },
        { header: 'Since', nowrap: true, cell: (item) => formatDate(item.effectiveOn) },
      ]}
    />
  );
}
