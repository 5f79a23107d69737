import type { DateRange } from '../dates';
import { maskPhone } from '../phone';
import { isOverdue, type RequestFlowFields } from './requestFlow';
import { SATISFIED_FROM_RATING } from './requestFigures';

/** What the ledger reads of a request (records/request's RequestDoc has it all). */
export interface LedgerRequest extends Pick<RequestFlowFields, 'state' | 'receivedDate' | 'wantedDate' | 'doneDate' | 'rating'> {
  id: string;
  phone: string;
}

export interface RequestLedgerRow<R extends LedgerRequest = LedgerRequest> {
  /** 1-based, as printed. */
  index: number;
  request: R;
  /** A paper ledger leaves the station too: never the resident's whole number (it is on the request's page). */
  maskedPhone: string;
  overdue: boolean;
}

export interface RequestLedgerTotals {
  /** 受理: the requests listed, logged in the period. */
  received: number;
  /** Of those, served (办结, rated or not), rated, and rated 4 or 5 (满意). */
  done: number;
  rated: number;
  satisfied: number;
  /** Still open past their wanted date on the day printed. */
  overdue: number;
  /** Refused or cancelled (with their reasons on each line). */
  ended: number;
}

export interface RequestLedger<R extends LedgerRequest = LedgerRequest> {
  rows: RequestLedgerRow<R>[];
  totals: RequestLedgerTotals;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const isDone = (r: LedgerRequest): boolean => r.state === 'done' || r.state === 'rated';

/**
 * The 群众点单台账 of a period: every request logged in it (by the day it was received), oldest first, each
 * with the phone masked and whether it is overdue on `today`; the totals count what the lines show, so the
 * foot of the sheet can be checked against it line by line.
 */
export function buildRequestLedger<R extends LedgerRequest>(requests: readonly R[], range: DateRange, today: string): RequestLedger<R> {
  const listed = requests
    .filter((r) => r.receivedDate >= range.from && r.receivedDate <= range.to)
    .sort((a, b) => compareText(a.receivedDate, b.receivedDate) || compareText(a.id, b.id));
  const rows = listed.map((request, i) => ({
    index: i + 1,
    request,
    maskedPhone: request.phone === '' ? '' : maskPhone(request.phone),
    overdue: isOverdue(request, today),
  }));
  const rated = listed.filter((r) => r.state === 'rated');
  return {
    rows,
    totals: {
      received: listed.length,
      done: listed.filter(isDone).length,
      rated: rated.length,
      satisfied: rated.filter((r) => r.rating >= SATISFIED_FROM_RATING).length,
      overdue: rows.filter((r) => r.overdue).length,
      ended: listed.filter((r) => r.state === 'refused' || r.state === 'cancelled').length,
    },
  };
}
