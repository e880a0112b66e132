import { formatDate, formatDateTime, humanise, Table } from '@hearth/ui';
import { problemTitle } from '../routes.ts';
import type { HeadlineProblem, Progress, ProgressChange } from './progress.ts';

/**
 * Each measure's changes, folded away until asked for: the evidence trail a
 * results claim is checked against (who said what, and when), which most
 * visits to the page do not need.
 */
export function ProgressHistories({ progress, problems }: { progress: Progress[]; problems: HeadlineProblem[] }) {
  return (
    <>
      <h3 className="govuk-heading-m">How the family got here</h3>
      {progress.map((item) => (
        <details key={item.id} className="govuk-details" data-measure={item.measure.code}>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              History of {problemTitle(problems, item.problemCode).toLowerCase()}: {item.measure.description}
            </span>
          </summary>
          <div className="govuk-details__text">
            <Table
              caption={`Changes to ${item.measure.description}, newest first`}
              captionHidden
              rowKey={(change) => change.id}
              rows={item.history}
              columns={[
                { header: 'Took effect', nowrap: true, cell: (change) => formatDate(change.effectiveOn) },
                { header: 'From', cell: (change) => (change.previousStatus ? humanise(change.previousStatus) : 'First recorded') },
                { header: 'To', cell: (change) => humanise(change.status) },
                { header: 'Evidence or note', cell: (change) => change.note ?? '' },
                { header: 'Recorded by', cell: (change) => <RecordedBy change={change} /> },
              ]}
            />
          </div>
        </details>
      ))}
    </>
  );
}

function RecordedBy({ change }: { change: ProgressChange }) {
  return (
    <>
      {/* Not every change was made by someone in the worker directory (the demo data, an import): say what Hearth holds. */}
      {change.recorder?.name ?? `${change.recordedBy} (not in the worker directory)`}
      <br />
      <span className="govuk-body-s">{formatDateTime(change.recordedAt)}</span>
    </>
  );
}
