import type { ReactNode } from 'react';

interface Column {
  /** The column's share of the sheet's width ('9%'). */
  width: string;
  heading: string;
}

/**
 * The table of a printed register (值守排班表, 群众点单台账, 表彰荣誉台账): fixed column widths, the headings
 * (repeated on every printed page by the browser), one line saying there is nothing when `empty`, then the
 * sheet's own rows. Totals are body rows the sheet passes last: Chromium repeats a <tfoot> on every page.
 */
export function LedgerTable({ columns, empty, emptyText, testId, children }: { columns: readonly Column[]; empty: boolean; emptyText: string; testId: string; children: ReactNode }) {
  return (
    <table className="print-table ledger-table" data-testid={testId}>
      <colgroup>
        {columns.map((column, i) => (
          <col key={i} style={{ width: column.width }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map((column, i) => (
            <th key={i}>{column.heading}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {empty ? (
          <tr>
            <td colSpan={columns.length} className="center">
              {emptyText}
            </td>
          </tr>
        ) : null}
        {children}
      </tbody>
    </table>
  );
}
