import { describe, expect, it } from 'vitest';
import {
  REQUEST_FIGURES_LINE_KEY,
  REQUEST_FIGURES_LINE_UNRATED_KEY,
  countByState,
  requestFigures,
  requestFiguresLine,
  satisfactionPercent,
} from '../../../../src-renderer/domain/requests/requestFigures';
import type { RequestState } from '../../../../src-renderer/domain/requests/requestStates';
import { monthRange, yearRange } from '../../../../src-renderer/domain/dates';

const r = (state: RequestState, receivedDate: string, doneDate = '', rating = 0) => ({ state, receivedDate, doneDate, rating });

describe('requestFigures', () => {
  // Hand-checked: March 2024 received 5 (the February one and the April one do not count); done in March:
  // the three done/rated with a March done date (the one done in April and the refused one do not);
  // rated among them: two, one of them 4 stars or more.
  const requests = [
    r('pending', '2024-03-02'),
    r('refused', '2024-03-03'),
    r('done', '2024-03-04', '2024-03-06'),
    r('rated', '2024-03-05', '2024-03-07', 5),
    r('rated', '2024-02-20', '2024-03-01', 3),
    r('rated', '2024-03-25', '2024-04-02', 5),
    r('cancelled', '2024-04-01'),
  ];

  it('counts received by the day logged, done and rated by the day served', () => {
    expect(requestFigures(requests, monthRange('2024-03'))).toEqual({ received: 5, done: 3, rated: 2, satisfied: 1, satisfactionRate: 0.5 });
  });

  it('counts a request asked for in one month and served in the next in both, once each', () => {
    expect(requestFigures(requests, monthRange('2024-02'))).toMatchObject({ received: 1, done: 0 });
    expect(requestFigures(requests, monthRange('2024-04'))).toEqual({ received: 1, done: 1, rated: 1, satisfied: 1, satisfactionRate: 1 });
    expect(requestFigures(requests, yearRange(2024))).toEqual({ received: 7, done: 4, rated: 3, satisfied: 2, satisfactionRate: 2 / 3 });
  });

  it('has no satisfaction rate when nobody rated, rather than 0%', () => {
    expect(requestFigures([r('done', '2024-03-01', '2024-03-02')], monthRange('2024-03')).satisfactionRate).toBeNull();
    expect(requestFigures([], yearRange(2024))).toEqual({ received: 0, done: 0, rated: 0, satisfied: 0, satisfactionRate: null });
  });

  it.each([
    [1, 0],
    [2, 0],
    [3, 0],
    [4, 1],
    [5, 1],
  ])('a rating of %i counts as %i satisfied', (rating, satisfied) => {
    expect(requestFigures([r('rated', '2024-03-01', '2024-03-02', rating)], monthRange('2024-03')).satisfied).toBe(satisfied);
  });

  it('ignores a done date on a request that is not done (a reassigned or damaged record)', () => {
    expect(requestFigures([r('accepted', '2024-03-01', '2024-03-02', 5)], monthRange('2024-03'))).toMatchObject({ done: 0, rated: 0 });
  });
});

describe('satisfactionPercent and the report line', () => {
  it.each([
    [2 / 3, 66.7],
    [1, 100],
    [0, 0],
    [0.955, 95.5],
    [1 / 8, 12.5],
  ])('%s → %s%', (rate, percent) => {
    expect(satisfactionPercent(rate)).toBe(percent);
  });

  it('words the line with a rate, or says none rated', () => {
    expect(requestFiguresLine({ received: 12, done: 10, rated: 3, satisfied: 2, satisfactionRate: 2 / 3 })).toEqual({
      key: REQUEST_FIGURES_LINE_KEY,
      params: { received: 12, done: 10, rate: 66.7 },
    });
    expect(requestFiguresLine({ received: 2, done: 0, rated: 0, satisfied: 0, satisfactionRate: null })).toEqual({
      key: REQUEST_FIGURES_LINE_UNRATED_KEY,
      params: { received: 2, done: 0 },
    });
  });
});

describe('countByState', () => {
  it('counts every state, 0 for those with none, and leaves out a state this version does not know', () => {
    const newer = { state: 'escalated' } as unknown as { state: RequestState };
    expect(countByState([{ state: 'pending' }, { state: 'pending' }, { state: 'rated' }, newer])).toEqual({
      pending: 2,
      dispatched: 0,
      accepted: 0,
      done: 0,
      rated: 1,
      refused: 0,
      cancelled: 0,
    });
  });
});
