import type { TFunction } from 'i18next';
import { CUT_BY_DAILY_LIMIT_KEY } from '../../domain/duty/dailyLimit';
import { shiftReviewKey } from '../../domain/duty/shiftHours';
import type { StoredCredit } from '../../records/shift/shape';

/** The keeper's notes on one person's credit, one sentence per reason (the service rules' words). */
export function creditNotes(credit: StoredCredit, t: TFunction): string[] {
  return credit.review.map((reason) => (reason === 'cutByDailyLimit' ? t(CUT_BY_DAILY_LIMIT_KEY, { credited: credit.hours }) : t(shiftReviewKey(reason))));
}
