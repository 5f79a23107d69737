import type { BenchWindow } from '../harness/api';
import { median, percentile, round } from '../stats';
import type { BenchSuite } from '../types';

const QUERY_RUNS = 120;
const SAVE_RUNS = 30;
const WARM_UP = 5;
const PARTICIPANTS = 50;

/** P4b and P4c: the data layer as the activity screens call it, on the big station, in the harness page. */
export const activityQueriesSuite: BenchSuite = {
  name: 'activity filter and save (data layer)',
  ids: [
    { id: 'P4b', what: 'activity filter by month + field, p95', unit: 'ms', target: 50 },
    { id: 'P4c', what: `save activity with ${PARTICIPANTS} participants (24 h check), p95`, unit: 'ms', target: 100 },
  ],
  budgetMs: 180_000,
  async run(env) {
    const station = await env.bigStation();
    const page = await station.harness();
    const range = { firstDate: station.report.firstDate, lastDate: station.report.lastDate };

    env.log(`P4b: ${QUERY_RUNS} filtered queries…`);
    const queries = await page.evaluate(
      (o) => (globalThis as unknown as BenchWindow).stationBench.timeActivityQueries(o),
      { seed: 4242, count: QUERY_RUNS, warmUp: WARM_UP, ...range },
    );
    env.log(`P4c: ${SAVE_RUNS} saves…`);
    const saves = await page.evaluate(
      (o) => (globalThis as unknown as BenchWindow).stationBench.timeActivitySaves(o),
      { seed: 4343, count: SAVE_RUNS, warmUp: WARM_UP, participants: PARTICIPANTS, ...range },
    );

    return [
      {
        id: 'P4b',
        what: 'activity filter by month + field, p95',
        value: round(percentile(queries.ms, 95)),
        unit: 'ms',
        target: 50,
        note: `${queries.ms.length} queries, median ${round(median(queries.ms))} ms, ${round(queries.meanRows)} rows on average`,
      },
      {
        id: 'P4c',
        what: `save activity with ${PARTICIPANTS} participants (24 h check), p95`,
        value: round(percentile(saves.ms, 95)),
        unit: 'ms',
        target: 100,
        note: `${saves.ms.length} saves, median ${round(median(saves.ms))} ms, ${round(saves.meanRows)} other activities on the day on average`,
      },
    ];
  },
};
