import type { ReactNode } from 'react';

export interface Column<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
  /** Keep the cell on one line (a date), so the column does not break "13 September 2026" over three. */
  nowrap?: boolean;
}

export interface TableProps<Row> {
  caption: string;
  /** Show the caption only to screen readers when a heading above already says it. */
  captionHidden?: boolean;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
}

export function Table<Row>({ caption, captionHidden = false, columns, rows, rowKey }: TableProps<Row>) {
  const numeric = (column: Column<Row>) => (column.numeric ? ' govuk-table__header--numeric' : '');
  const nowrap = (column: Column<Row>) => (column.nowrap ? ' hearth-nowrap' : '');
  return (
    <table className="govuk-table">
      <caption className={captionHidden ? 'govuk-visually-hidden' : 'govuk-table__caption govuk-table__caption--m'}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((column) => (
            <th key={column.header} scope="col" className={`govuk-table__header${numeric(column)}`}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr key={rowKey(row)} className="govuk-table__row">
            {columns.map((column, index) =>
              index === 0 ? (
                <th key={column.header} scope="row" className={`govuk-table__header${nowrap(column)}`}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={column.header} className={`govuk-table__cell${column.numeric ? ' govuk-table__cell--numeric' : ''}${nowrap(column)}`}>
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
