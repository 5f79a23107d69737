import { parse } from 'acorn';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ROLLUP_VIEWS, rollupDesignDoc } from '../../../src-city/design/rollupDesign';

/** The roll-up views that read the summaries' request and duty counts, run the way a view server runs them. */
const views = z.record(z.string(), z.object({ map: z.string(), reduce: z.string().optional() })).parse(rollupDesignDoc().views);

function emitted(name: string, doc: unknown): unknown[][] {
  const rows: unknown[][] = [];
  const source = views[name]?.map ?? '';
  const map = runInNewContext(`(${source})`, { emit: (key: unknown, value: unknown) => rows.push([key, value]) }) as (doc: unknown) => void;
  map(doc);
  return rows;
}

const NAMES = [ROLLUP_VIEWS.requestsByYear, ROLLUP_VIEWS.openRequestsByYear, ROLLUP_VIEWS.dutyByYear];

describe('request and duty views over the stations’ summaries', () => {
  it('are plain ES5 and summed by CouchDB', () => {
    for (const name of NAMES) {
      expect(() => parse(`(${views[name]?.map ?? ''})`, { ecmaVersion: 5 }), name).not.toThrow();
      expect(views[name]?.reduce, name).toBe('_sum');
    }
  });

  it('emit each year’s counts under the year and station, and open requests under their wanted date', () => {
    const summary = {
      _id: 'summary:JN-LX-001',
      stationId: 'JN-LX-001',
      volunteers: [],
      requests: [
        { year: '2023', received: 1, done: 0, rated: 0, satisfied: 0 },
        { year: '2024', received: 5, done: 3, rated: 2, satisfied: 1 },
      ],
      openRequests: [{ year: '2024', wantedDate: '2024-03-08', count: 2 }],
      duty: [{ year: '2024', posts: 1, shifts: 30, hours: 120.5 }],
    };
    expect(emitted(ROLLUP_VIEWS.requestsByYear, summary)).toEqual([
      [['2023', 'JN-LX-001'], [1, 0, 0, 0]],
      [['2024', 'JN-LX-001'], [5, 3, 2, 1]],
    ]);
    expect(emitted(ROLLUP_VIEWS.openRequestsByYear, summary)).toEqual([[['2024', 'JN-LX-001', '2024-03-08'], 2]]);
    expect(emitted(ROLLUP_VIEWS.dutyByYear, summary)).toEqual([[['2024', 'JN-LX-001'], [1, 30, 120.5]]]);
  });

  it('skip what is not a summary, a summary written before requests were counted, and malformed entries, without throwing', () => {
    const odd = [
      { _id: '_design/rollup' },
      { _id: 'shift:x', stationId: 'A', volunteers: [], duty: [{ year: '2024', posts: 1, shifts: 1, hours: 1 }] },
      { _id: 'summary:old', stationId: 'A', volunteers: [] },
      { _id: 'summary:w', stationId: 'W', volunteers: [], requests: 'x', openRequests: {}, duty: null },
      {
        _id: 'summary:v',
        stationId: 'V',
        volunteers: [],
        requests: [null, 3, { year: 2024, received: 1, done: 0, rated: 0, satisfied: 0 }, { year: '2024', received: '1', done: 0, rated: 0, satisfied: 0 }],
        openRequests: [{ year: '2024', count: 1 }, { year: '2024', wantedDate: '2024-01-01', count: Infinity }],
        duty: [{ year: '2024', posts: 1, shifts: 1 }, { year: '2024', posts: 1, shifts: 1, hours: NaN }],
      },
    ];
    for (const name of NAMES) {
      for (const doc of odd) {
        expect(() => emitted(name, doc)).not.toThrow();
        expect(emitted(name, doc), `${name} ${doc._id}`).toEqual([]);
      }
    }
  });
});
