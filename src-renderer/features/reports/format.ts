import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import type { ReportPeriod } from '../../domain/reports/period';

/** Hours as printed: whole numbers without decimals, half hours with one (12, 12.5). */
export function formatHours(hours: number): string {
  return Number.isInteger(hours) ? String(hours) : hours.toFixed(1);
}

/** "2024年度" or "2024年3月", for titles and file names. */
export function periodLabel(period: ReportPeriod, t: TFunction): string {
  if (period.kind === 'year') return t('reports.period.yearLabel', { year: period.year });
  return t('reports.period.monthLabel', { year: period.month.slice(0, 4), month: Number(period.month.slice(5, 7)) });
}

export function todayLabel(): string {
  return dayjs().format('YYYY-MM-DD');
}
