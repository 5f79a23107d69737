import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDuty, noDuty, noRequests } from '../../../src-city/commands/report';
import { dutyLine, requestsLine, satisfactionText } from '../../../src-renderer/domain/cityReport/serviceLines';
import { type CountedRequest, type CountedShift, dutyCountsByYear, openRequestsByYear, overdueOf, requestCountsByYear } from '../../../src-city/commands/serviceCounts';
import { isOverdue } from '../../../src-renderer/domain/requests/requestFlow';
import { REQUEST_STATES } from '../../../src-renderer/domain/requests/requestStates';

/**
 * The counts a station's summary carries to the city, checked against the rules written out here by hand:
 * received by the day logged, done and rated by the day served, satisfied at 4–5 stars, overdue as the
 * station's list shows it, duty hours in half hours with shifts nobody was credited on left out.
 */

const YEARS = [2023, 2024, 2025];
const day = fc
  .tuple(fc.constantFrom(...YEARS), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const maybeDay = fc.oneof(day, fc.constant(''));

const request: fc.Arbitrary<CountedRequest> = fc.record({
  state: fc.oneof(fc.constantFrom(...REQUEST_STATES), fc.constant('awaitingCallback')),
  receivedDate: day,
  wantedDate: maybeDay,
  doneDate: maybeDay,
  rating: fc.integer({ min: 0, max: 5 }),
});

const halfHours = fc.integer({ min: 0, max: 16 }).map((n) => n / 2);
const shift: fc.Arbitrary<CountedShift> = fc.record({
  postId: fc.constantFrom('dutyPost:a', 'dutyPost:b', 'dutyPost:c'),
  date: day,
  credits: fc.array(fc.record({ volunteerId: fc.constantFrom('volunteer:1', 'volunteer:2', 'volunteer:3'), hours: halfHours }), { maxLength: 4 }),
});

const yearOf = (date: string) => date.slice(0, 4);
const isDone = (r: CountedRequest) => r.state === 'done' || r.state === 'rated';

describe('a station’s requests counted for the city', () => {
  it('by year: received by the day logged, done by the day served, rated and satisfied (4–5 stars) among the done', () => {
    fc.assert(
      fc.property(fc.array(request, { maxLength: 40 }), (requests) => {
        const counts = requestCountsByYear(requests);
        for (const year of YEARS.map(String)) {
          const done = requests.filter((r) => isDone(r) && yearOf(r.doneDate) === year);
          const rated = done.filter((r) => r.state === 'rated');
          const expected = {
            year,
            received: requests.filter((r) => yearOf(r.receivedDate) === year).length,
            done: done.length,
            rated: rated.length,
            satisfied: rated.filter((r) => r.rating >= 4).length,
          };
          const entry = counts.find((c) => c.year === year);
          if (expected.received + expected.done === 0) expect(entry).toBeUndefined();
          else expect(entry).toEqual(expected);
        }
        expect(counts.map((c) => c.year)).toEqual([...counts.map((c) => c.year)].sort());
      }),
    );
  });

  it('overdue as the station’s list shows it: open, wanted before the day, by the year received', () => {
    fc.assert(
      fc.property(fc.array(request, { maxLength: 40 }), day, (requests, today) => {
        const open = openRequestsByYear(requests);
        for (const year of YEARS.map(String)) {
          const known = requests.filter((r) => (REQUEST_STATES as readonly string[]).includes(r.state)) as Array<CountedRequest & { state: (typeof REQUEST_STATES)[number] }>;
          const expected = known.filter((r) => yearOf(r.receivedDate) === year && isOverdue(r, today)).length;
          expect(overdueOf(open, year, today)).toBe(expected);
        }
      }),
    );
  });

  it('keep nothing but years, dates and numbers', () => {
    const r = { state: 'pending', receivedDate: '2024-03-04', wantedDate: '2024-03-08', doneDate: '', rating: 0, residentName: '王秀英', phone: '13905310002' };
    const text = JSON.stringify([requestCountsByYear([r]), openRequestsByYear([r])]);
    expect(text).not.toContain('王秀英');
    expect(text).not.toContain('13905310002');
    expect(text).toBe('[[{"year":"2024","received":1,"done":0,"rated":0,"satisfied":0}],[{"year":"2024","wantedDate":"2024-03-08","count":1}]]');
  });

  it('a request asked for in December and served in January counts in both years, once each', () => {
    const r: CountedRequest = { state: 'rated', receivedDate: '2023-12-30', wantedDate: '', doneDate: '2024-01-03', rating: 3 };
    expect(requestCountsByYear([r])).toEqual([
      { year: '2023', received: 1, done: 0, rated: 0, satisfied: 0 },
      { year: '2024', received: 0, done: 1, rated: 1, satisfied: 0 },
    ]);
  });
});

describe('a station’s duty counted for the city', () => {
  it('by year: shifts someone was credited on, their hours in half hours, the posts they were at', () => {
    fc.assert(
      fc.property(fc.array(shift, { maxLength: 30 }), (shifts) => {
        const counts = dutyCountsByYear(shifts);
        for (const year of YEARS.map(String)) {
          const credited = shifts.filter((s) => yearOf(s.date) === year && s.credits.some((c) => c.hours > 0));
          const halfHoursSum = credited.reduce((a, s) => a + s.credits.reduce((b, c) => b + c.hours * 2, 0), 0);
          const entry = counts.find((c) => c.year === year);
          if (credited.length === 0) expect(entry).toBeUndefined();
          else expect(entry).toEqual({ year, posts: new Set(credited.map((s) => s.postId)).size, shifts: credited.length, hours: halfHoursSum / 2 });
        }
      }),
    );
  });

  it('sums hours over stations without float noise', () => {
    fc.assert(
      fc.property(fc.array(halfHours, { maxLength: 50 }), (hours) => {
        const total = noDuty();
        for (const h of hours) addDuty(total, { posts: 0, shifts: 1, hours: h });
        expect(total.hours * 2).toBe(hours.reduce((a, h) => a + h * 2, 0));
      }),
    );
  });
});

describe('the report’s lines', () => {
  it('say 受理、办结、满意率 and 值守 in the summaries’ words, and 暂无评价 when nobody rated', () => {
    expect(requestsLine({ received: 12, done: 9, rated: 3, satisfied: 2, overdue: 0 }).zh).toBe('受理群众点单12件，办结9件，满意率66.7%');
    expect(requestsLine({ received: 12, done: 9, rated: 3, satisfied: 2, overdue: 2 })).toEqual({
      zh: '受理群众点单12件，办结9件，满意率66.7%，逾期未办结2件',
      en: "12 residents' requests received, 9 done, 66.7% satisfied, 2 overdue",
    });
    expect(requestsLine(noRequests()).zh).toBe('受理群众点单0件，办结0件，暂无评价');
    expect(satisfactionText({ rated: 0, satisfied: 0 })).toBeNull();
    expect(dutyLine({ posts: 2, shifts: 31, hours: 124.5 })).toEqual({ zh: '值守岗位2个，值守31班次、124.5小时', en: '2 duty posts, 31 shifts, 124.5 hours on duty' });
  });
});
