import type { TFunction } from 'i18next';
import { compactNames, excerpt, type ParticipantList } from '../../domain/reports/activityParticipants';

/**
 * How much of each activity one ledger line shows. The ledger is the index an inspector runs down, one
 * line per activity: the first names and the opening of the write-up say what happened and who was there,
 * and one 200-person activity cannot push the rest of the month onto later pages. Everything is on the
 * activity's own 活动记录表, and the ledger prints in full when asked (LedgerSearch.full).
 */
export const LEDGER_NAMES_SHOWN = 10;
export const LEDGER_WRITE_UP_CHARS = 40;

/** "张三、李四、王五" or, past the limit, "张三、李四……等12人". */
export function namesCell(list: ParticipantList, full: boolean, t: TFunction): string {
  const names = compactNames(list, full ? list.count : LEDGER_NAMES_SHOWN);
  const joined = names.shown.map((name) => name ?? t('reports.record.unknownVolunteer')).join(t('reports.ledger.nameSeparator'));
  return names.more > 0 ? t('reports.ledger.namesMore', { names: joined, count: names.total }) : joined;
}

/** The write-up whole, or its opening with "…". */
export function writeUpCell(summary: string, full: boolean): string {
  return full ? summary.trim() : excerpt(summary, LEDGER_WRITE_UP_CHARS).text;
}
