import type { MonthRow } from './summaryDraft';
import { yearBarsOption, type YearBarsOption } from './yearBarsChart';

export interface MonthChartNames {
  thisYear: string;
  lastYear: string;
  /** The axis label of month 1 … 12. */
  month: (month: number) => string;
}

/**
 * Sessions (场次) by month, this year beside last: the dashboard's month chart and the yearly summary's
 * chart image, both from the draft's byMonth rows so they show the document's own figures.
 */
export function monthBarsOption(byMonth: readonly MonthRow[], names: MonthChartNames): YearBarsOption {
  return yearBarsOption(
    {
      categories: byMonth.map((row) => names.month(row.month)),
      thisYear: { name: names.thisYear, values: byMonth.map((row) => row.sessions) },
      lastYear: { name: names.lastYear, values: byMonth.map((row) => row.lastYear) },
    },
    false,
  );
}
