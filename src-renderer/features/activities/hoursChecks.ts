import type { TFunction } from 'i18next';
import { spanHours } from '../../domain/hours';
import { exceedsActivitySpan, hoursProblem, HOURS_PROBLEM_KEYS } from '../../domain/typedHours';
import type { ParticipantRow } from './participants';

/**
 * The hours the form checks before it saves, by name: the repository only knows ids and would turn
 * them into one vague message.
 */

export interface RefusedHours {
  ids: Set<string>;
  /** One sentence per person, e.g. "孙秀兰 的服务时长 25 小时超过一天24小时，请核对". */
  lines: string[];
}

/** Everyone whose hours cannot be saved at all: not a number, empty or 0, not whole half hours, over 24. */
export function refusedHours(rows: readonly ParticipantRow[], nameOf: (volunteerId: string) => string, t: TFunction): RefusedHours {
  const ids = new Set<string>();
  const lines: string[] = [];
  for (const row of rows) {
    if (row.refusedText !== undefined) {
      ids.add(row.volunteerId);
      lines.push(t('validation.typedHours.unreadable', { name: nameOf(row.volunteerId), text: row.refusedText }));
      continue;
    }
    const problem = hoursProblem(row.hours);
    if (problem === null) continue;
    ids.add(row.volunteerId);
    lines.push(t(HOURS_PROBLEM_KEYS[problem], { name: nameOf(row.volunteerId), hours: row.hours ?? 0 }));
  }
  return { ids, lines };
}

/** Everyone credited with more hours than the activity lasted: saved only once the keeper confirms. */
export function overSpanLines(
  rows: readonly ParticipantRow[],
  times: { startTime: string; endTime: string },
  nameOf: (volunteerId: string) => string,
  t: TFunction,
): string[] {
  const span = spanHours(times.startTime, times.endTime);
  return rows
    .filter((row) => row.hours !== null && exceedsActivitySpan(row.hours, times.startTime, times.endTime))
    .map((row) => t('validation.typedHours.overSpanLine', { name: nameOf(row.volunteerId), hours: row.hours, start: times.startTime, end: times.endTime, span }));
}
