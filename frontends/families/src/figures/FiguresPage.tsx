import type { ProgrammeFiguresQuery as Answer } from '@hearth/client';
import { useGatewayQuery } from '@hearth/client/react';
import { humanise, Loading, ProblemMessage, SummaryList, Table } from '@hearth/ui';
import type { ReactNode } from 'react';
import { STATUS_MEANINGS } from '../family-record/status/status-words.ts';
import type { Viewer } from '../viewer.ts';
import { formatAverage, formatCount, formatShare, NO_COHORT, ROUTE_NAMES, scopeInWords, seesFigures, STATUSES_IN_LIFECYCLE_ORDER } from './figures-words.ts';
import { ProgrammeFiguresQuery } from './programme-figures.query.ts';

type Figures = Answer['programmeFigures'];

/** Whose families are counted, then the figures (or why there are none to show). */
export function FiguresPage({ viewer }: { viewer: Viewer }) {
  if (!seesFigures(viewer.role)) {
    return <p className="govuk-body">Programme figures are for analysts, managers and co-ordinators.</p>;
  }
  if (viewer.role !== 'ANALYST' && viewer.areas.length === 0) {
    return <p className="govuk-body">You oversee no areas, so there are no families to count. Ask a manager to add your areas.</p>;
  }
  return (
    <>
      <p className="govuk-body-l" data-figures-scope>
        {scopeInWords(viewer)}
      </p>
      <FiguresSections />
    </>
  );
}

function FiguresSections() {
  const result = useGatewayQuery(ProgrammeFiguresQuery, {});
  if (result.status === 'loading') return <Loading what="the programme figures" />;
  if (result.status === 'error') {
    return (
      <ProblemMessage title="The programme figures could not be shown">
        <p className="govuk-body">{result.error.message}</p>
      </ProblemMessage>
    );
  }
  const figures = result.data.programmeFigures;
  return (
    <div data-section="programme-figures">
      <HeadlineFigures figures={figures} />
      <ByStatus figures={figures} />
      <Breakdown
        id="by-area"
        title="Families by area"
        caption="Families in each area, by the area’s name"
        category="Area"
        rows={figures.byArea.map((row) => ({ key: row.area, name: row.area, families: row.families }))}
        total={figures.totalFamilies}
        none="There are no families to count by area."
      />
      <Breakdown
        id="by-route"
        title="Families by identification route"
        caption="Families found through data matching, and families nominated by an agency"
        category="Identified by"
        rows={figures.byIdentificationRoute.map((row) => ({ key: row.route, name: ROUTE_NAMES[row.route], families: row.families }))}
        total={figures.totalFamilies}
        none="There are no families to count by how they were identified."
      />
      <Breakdown
        id="by-cohort"
        title="Families by cohort"
        caption="Families in each cohort, in the order of the cohorts, then families in no cohort"
        category="Cohort"
        rows={figures.byCohort.map((row) => ({ key: row.cohort ?? '', name: row.cohort ?? NO_COHORT, families: row.families }))}
        total={figures.totalFamilies}
        none="There are no families to count by cohort."
      />
    </div>
  );
}

function HeadlineFigures({ figures }: { figures: Figures }) {
  const withNote = (value: string, note: string): ReactNode => (
    <>
      <span className="govuk-!-font-weight-bold govuk-!-font-size-24">{value}</span>
      <span className="govuk-hint govuk-!-margin-bottom-0 govuk-!-margin-top-1 govuk-!-display-block">{note}</span>
    </>
  );
  return (
    <section aria-labelledby="headline-figures-heading" className="govuk-!-margin-bottom-8" data-section="headline-figures">
      <h2 className="govuk-heading-l" id="headline-figures-heading">
        Headline figures
      </h2>
      <SummaryList
        rows={[
          { key: 'Total families', value: withNote(formatCount(figures.totalFamilies), 'Every family counted here, whatever its status') },
          {
            key: 'Families without a lead worker',
            value: withNote(formatCount(figures.familiesWithoutLeadWorker), 'Still in the programme (not closed, declined, stepped down or stepped up) with no lead worker'),
          },
          { key: 'Lead workers', value: withNote(formatCount(figures.leadWorkers), 'Leading at least one family still in the programme') },
          { key: 'Average caseload', value: withNote(formatAverage(figures.averageCaseload), 'Families still in the programme per lead worker') },
        ]}
      />
    </section>
  );
}

function ByStatus({ figures }: { figures: Figures }) {
  const counts = new Map(figures.byStatus.map((row) => [row.status, row.families]));
  const rows = STATUSES_IN_LIFECYCLE_ORDER.map((status) => ({ status, families: counts.get(status) ?? 0 }));
  return (
    <section aria-labelledby="by-status-heading" className="govuk-!-margin-bottom-8" data-section="by-status">
      <h2 className="govuk-heading-l" id="by-status-heading">
        Families by status
      </h2>
      <Table
        caption="Families at each status, in the order a family moves through the programme"
        captionHidden
        rowKey={(row) => row.status}
        rows={rows}
        columns={[
          { header: 'Status', cell: (row) => humanise(row.status) },
          { header: 'What it means', cell: (row) => STATUS_MEANINGS[row.status] },
          { header: 'Families', numeric: true, cell: (row) => formatCount(row.families) },
          { header: 'Share', numeric: true, cell: (row) => formatShare(row.families, figures.totalFamilies) },
        ]}
      />
    </section>
  );
}

interface BreakdownRow {
  key: string;
  name: string;
  families: number;
}

function Breakdown({ id, title, caption, category, rows, total, none }: { id: string; title: string; caption: string; category: string; rows: BreakdownRow[]; total: number; none: string }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="govuk-!-margin-bottom-8" data-section={id}>
      <h2 className="govuk-heading-l" id={`${id}-heading`}>
        {title}
      </h2>
      {rows.length === 0 ? (
        <p className="govuk-body">{none}</p>
      ) : (
        <Table
          caption={caption}
          captionHidden
          rowKey={(row) => row.key}
          rows={rows}
          columns={[
            { header: category, cell: (row) => row.name },
            { header: 'Families', numeric: true, cell: (row) => formatCount(row.families) },
            { header: 'Share', numeric: true, cell: (row) => formatShare(row.families, total) },
          ]}
        />
      )}
    </section>
  );
}
