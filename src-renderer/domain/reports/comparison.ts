/** The four headline figures a report compares with the same period last year. */
export const COMPARED_METRICS = ['sessions', 'hours', 'volunteersActive', 'served'] as const;
export type ComparedMetric = (typeof COMPARED_METRICS)[number];

export type HeadlineFigures = Record<ComparedMetric, number>;

export interface MetricChange {
  current: number;
  previous: number;
  /** (current − previous) / previous; null when last year had nothing to compare with. */
  ratio: number | null;
}

export type Comparison = Record<ComparedMetric, MetricChange>;

export function metricChange(current: number, previous: number): MetricChange {
  return { current, previous, ratio: previous === 0 ? null : (current - previous) / previous };
}

export function compareFigures(current: HeadlineFigures, previous: HeadlineFigures): Comparison {
  const entries = COMPARED_METRICS.map((m) => [m, metricChange(current[m], previous[m])] as const);
  return Object.fromEntries(entries) as Comparison;
}

/** The real minus sign, so a negative change lines up with a positive one in print. */
const MINUS = '\u2212';

/**
 * A change as printed in the report: "+12.5%", "−3%", "0%", to one decimal with the trailing ".0"
 * dropped. A change that rounds to zero is "0%" whichever way it went. Null (no data last year) is for
 * the caller to word; it is not a percentage.
 */
export function formatPercentChange(ratio: number): string {
  const tenths = Math.round(Math.abs(ratio) * 1000);
  if (tenths === 0) return '0%';
  const text = `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)}%`;
  return ratio > 0 ? `+${text}` : `${MINUS}${text}`;
}
