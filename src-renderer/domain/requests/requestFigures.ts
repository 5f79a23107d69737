import type { DateRange } from '../dates';
import type { RequestFlowFields } from './requestFlow';
import { REQUEST_STATES, type RequestState } from './requestStates';

/** A rating of 4 or 5 stars counts as satisfied (满意); 3 and below do not. */
export const SATISFIED_FROM_RATING = 4;

export interface RequestFigures {
  /** 收到: requests logged in the period. */
  received: number;
  /** 办结: requests whose serving activity falls in the period, rated or not. */
  done: number;
  /** Of those done in the period, how many the resident rated, and how many of them 4 or 5 stars. */
  rated: number;
  satisfied: number;
  /** satisfied / rated, from 0 to 1; null when nobody rated, which is not the same as nobody satisfied. */
  satisfactionRate: number | null;
}

type Counted = Pick<RequestFlowFields, 'state' | 'receivedDate' | 'doneDate' | 'rating'>;

const inRange = (date: string, range: DateRange) => date !== '' && date >= range.from && date <= range.to;

/**
 * The figures of the report line 收到X件、办结X件、满意率X% for one period (a month or year via periodRange).
 * Each count goes by its own date: received by the day it was logged, done and rated by the day it was
 * served, so a request asked for in December and served in January counts in both years, once each.
 * The satisfaction rate is over the requests done in the period that have been rated.
 */
export function requestFigures(requests: readonly Counted[], range: DateRange): RequestFigures {
  let received = 0;
  let done = 0;
  let rated = 0;
  let satisfied = 0;
  for (const request of requests) {
    if (inRange(request.receivedDate, range)) received += 1;
    if ((request.state === 'done' || request.state === 'rated') && inRange(request.doneDate, range)) {
      done += 1;
      if (request.state === 'rated') {
        rated += 1;
        if (request.rating >= SATISFIED_FROM_RATING) satisfied += 1;
      }
    }
  }
  return { received, done, rated, satisfied, satisfactionRate: rated === 0 ? null : satisfied / rated };
}

/** A rate as the report prints it, in percent to one decimal: 2 of 3 → 66.7, 1 of 1 → 100. */
export function satisfactionPercent(rate: number): number {
  return Math.round(rate * 1000) / 10;
}

/**
 * How many requests are in each state, every state present (0 when none): the tabs of the list. A state this
 * version does not know (a record from a newer app) is left out rather than counted under a wrong tab.
 */
export function countByState(requests: ReadonlyArray<Pick<RequestFlowFields, 'state'>>): Record<RequestState, number> {
  const counts: Record<RequestState, number> = { pending: 0, dispatched: 0, accepted: 0, done: 0, rated: 0, refused: 0, cancelled: 0 };
  for (const request of requests) {
    if (REQUEST_STATES.includes(request.state)) counts[request.state] += 1;
  }
  return counts;
}

/** The report line's i18n key: with a rate, or saying nobody has rated yet. Params: received, done, rate. */
export const REQUEST_FIGURES_LINE_KEY = 'serviceRules.requests.figures.line';
export const REQUEST_FIGURES_LINE_UNRATED_KEY = 'serviceRules.requests.figures.lineUnrated';

export function requestFiguresLine(figures: RequestFigures): { key: string; params: Record<string, number> } {
  const { received, done, satisfactionRate } = figures;
  if (satisfactionRate === null) return { key: REQUEST_FIGURES_LINE_UNRATED_KEY, params: { received, done } };
  return { key: REQUEST_FIGURES_LINE_KEY, params: { received, done, rate: satisfactionPercent(satisfactionRate) } };
}
