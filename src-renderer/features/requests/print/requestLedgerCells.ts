import type { TFunction } from 'i18next';
import type { RequestLedgerRow } from '../../../domain/requests/requestLedger';
import { requestStateKey } from '../../../domain/requests/requestStates';
import type { RequestDoc } from '../../../records/request/shape';
import type { NameLookup } from '../requestRows';

type Row = RequestLedgerRow<RequestDoc>;

/** 幸福里三组 王秀英: who asked, with their village group when given. */
export function residentCell({ request }: Row): string {
  return request.villageGroup === '' ? request.residentName : `${request.residentName}（${request.villageGroup}）`;
}

/** The team and the volunteers it went to, every name (a paper ledger is the full record). */
export function dispatchedCell({ request }: Row, names: NameLookup, t: TFunction): string {
  const volunteers = request.volunteerIds.map((id) => names.volunteer(id)).join(t('reports.ledger.nameSeparator'));
  return [request.teamId === '' ? '' : names.team(request.teamId), volunteers].filter((s) => s !== '').join(' ');
}

/** The state, 已逾期 beside an open one past its wanted date, the reason beside a refusal or cancellation. */
export function stateCell({ request, overdue }: Row, t: TFunction): string {
  const state = t(requestStateKey(request.state));
  if (overdue) return t('requests.ledger.overdueState', { state });
  if (request.endReason !== '' && (request.state === 'refused' || request.state === 'cancelled')) {
    return t('requests.ledger.endedState', { state, reason: request.endReason });
  }
  return state;
}

/** The serving activity and the day it was done; '' while open. */
export function closingCell({ request }: Row, activityTitle: (id: string) => string, t: TFunction): string {
  if (request.activityId === '') return '';
  return t('requests.ledger.closing', { title: activityTitle(request.activityId), date: request.doneDate });
}

/** 5星 and the resident's remark, the stars said as the request's page says them; '' until rated. */
export function ratingCell({ request }: Row, t: TFunction): string {
  if (request.state !== 'rated') return '';
  const score = t('requests.detail.stars', { count: request.rating });
  return request.ratingRemark === '' ? score : `${score}${t('requests.ledger.remarkSeparator')}${request.ratingRemark}`;
}
