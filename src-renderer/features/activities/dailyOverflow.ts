import type { TFunction } from 'i18next';
import type { DailyHoursOverflow } from '../../domain/hours';

/**
 * One sentence per person whose day would pass 24 hours, by name: the repository only knows ids.
 * Someone missing from the volunteer list is named by `unknownName`.
 */
export function dailyOverflowLines(
  overflows: readonly DailyHoursOverflow[],
  nameOf: (volunteerId: string) => string | undefined,
  unknownName: string,
  t: TFunction,
): string[] {
  return overflows.map((o) => t('validation.hours.dailyOverflow', { name: nameOf(o.volunteerId) ?? unknownName, date: o.date, total: o.total }));
}
