import dayjs from 'dayjs';
import type { Ledger } from '../../../src-renderer/data/session';
import { SERVICE_FIELDS } from '../../../src-renderer/domain/catalog';
import { monthRange } from '../../../src-renderer/domain/dates';
import type { QueryTimingOptions, SaveTimingOptions, Timings } from './api';
import { createRandom, type Random } from './random';

function monthsBetween(firstDate: string, lastDate: string): string[] {
  const months: string[] = [];
  for (let m = dayjs(firstDate).startOf('month'); !m.isAfter(dayjs(lastDate)); m = m.add(1, 'month')) months.push(m.format('YYYY-MM'));
  return months;
}

function summarize(runs: { ms: number; rows: number }[], warmUp: number): Timings {
  const measured = runs.slice(warmUp);
  const rows = measured.reduce((sum, r) => sum + r.rows, 0);
  return { ms: measured.map((r) => r.ms), meanRows: measured.length > 0 ? rows / measured.length : 0 };
}

/** Distinct (month, field) pairs, so no run is answered from the query cache of an earlier identical one. */
function monthFieldPairs(random: Random, months: readonly string[], count: number): { month: string; field: string }[] {
  const all = months.flatMap((month) => SERVICE_FIELDS.map((field) => ({ month, field })));
  return random.sample(all, count);
}

export async function timeActivityQueries(ledger: Ledger, options: QueryTimingOptions): Promise<Timings> {
  const random = createRandom(options.seed);
  const pairs = monthFieldPairs(random, monthsBetween(options.firstDate, options.lastDate), options.warmUp + options.count);
  const runs: { ms: number; rows: number }[] = [];
  for (const { month, field } of pairs) {
    const { from, to } = monthRange(month);
    const started = performance.now();
    const rows = await ledger.activities.query({ from, to, field });
    runs.push({ ms: performance.now() - started, rows: rows.length });
  }
  return summarize(runs, options.warmUp);
}

/**
 * Each save is on its own random day with activities already on it, so the 24-hour check reads real
 * documents. The participants are people with no hours that day, so every save is accepted; who is busy
 * is found with a differently shaped query than the repository's, so its result is not cached.
 */
export async function timeActivitySaves(ledger: Ledger, options: SaveTimingOptions): Promise<Timings> {
  const random = createRandom(options.seed);
  const volunteerIds = (await ledger.db.volunteers.find({ selector: { active: true } }).exec()).map((v) => v.id);
  const dayCount = dayjs(options.lastDate).diff(dayjs(options.firstDate), 'day') + 1;
  const usedDays = new Set<string>();
  const runs: { ms: number; rows: number }[] = [];

  while (runs.length < options.warmUp + options.count) {
    const date = dayjs(options.firstDate).add(random.int(0, dayCount - 1), 'day').format('YYYY-MM-DD');
    if (usedDays.has(date)) continue;
    usedDays.add(date);
    const sameDay = await ledger.db.activities.find({ selector: { date: { $gte: date, $lte: date } } }).exec();
    if (sameDay.length === 0) continue;
    const busy = new Set(sameDay.flatMap((a) => a.participants.map((p) => p.volunteerId)));
    const free = volunteerIds.filter((id) => !busy.has(id));
    const participants = random.sample(free, options.participants).map((volunteerId) => ({ volunteerId, hours: random.int(1, 8) / 2 }));
    const input = {
      title: '卫生健康义诊进社区',
      date,
      startTime: '08:30',
      endTime: '12:30',
      place: '社区卫生服务站',
      field: 'health',
      theme: '',
      participants,
      servedCount: 120,
      servedGroups: ['elderly', 'residents'],
      summary: '为社区老人测量血压、血糖，讲解慢性病防治知识。',
    };
    const started = performance.now();
    await ledger.activities.create(input);
    runs.push({ ms: performance.now() - started, rows: sameDay.length });
  }
  return summarize(runs, options.warmUp);
}
