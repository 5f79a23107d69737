import dayjs from 'dayjs';
import type { Ledger } from '../../../src-renderer/data/session';
import type { VolunteerDoc } from '../../../src-renderer/domain/entities/volunteer';
import { fromHalfHourUnits, MAX_HOURS_PER_DAY, parseTime, toHalfHourUnits } from '../../../src-renderer/domain/hours';
import type { ShiftDoc } from '../../../src-renderer/records/shift/shape';
import type { DutyPerson, DutyPostOptions, DutyPostReport } from './api';
import { createRandom, type Random } from './random';

/** A traffic post keeps a roster of regulars; each day's people come from it. */
const ROSTER_PER_PLACE = 3;
/** Who never signs out on a kept day (the keeper reviews them, as on a real post). */
const MISSING_SIGN_OUT = 0.05;

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function minutesOf(time: string): number {
  const parsed = parseTime(time);
  if (parsed === null) throw new Error(`not a time: ${time}`);
  return parsed;
}

/** Each person's activity hours on `date`: the daily limit counts them before the shift. */
async function activityHoursOn(ledger: Ledger, date: string): Promise<Map<string, number>> {
  const units = new Map<string, number>();
  for (const activity of await ledger.db.activities.find({ selector: { date } }).exec()) {
    for (const p of activity.participants) units.set(p.volunteerId, (units.get(p.volunteerId) ?? 0) + toHalfHourUnits(p.hours));
  }
  return new Map([...units].map(([id, u]) => [id, fromHalfHourUnits(u)]));
}

/** A day as a real post keeps it: most come a little early or late, leave about the end, a few forget to sign out. */
function keptAttendance(random: Random, people: readonly string[], start: number, end: number): ShiftDoc['attendance'] {
  return people.map((volunteerId) => ({
    volunteerId,
    signIn: clock(start + random.int(-10, 15)),
    signOut: random.chance(MISSING_SIGN_OUT) ? '' : clock(end + random.int(-30, 10)),
  }));
}

function personAtDesk(volunteer: VolunteerDoc, index: number): DutyPerson {
  // Half are found by their phone, half by the end of their ID number, as keepers do.
  return index % 2 === 0
    ? { volunteerId: volunteer.id, name: volunteer.name, kind: 'phone', typed: volunteer.phone }
    : { volunteerId: volunteer.id, name: volunteer.name, kind: 'idTail', typed: volunteer.idNumber.slice(-6) };
}

/**
 * A 文明交通岗 run through the app's own repositories: the post, one shift a day ending today (createRun),
 * `peoplePerDay` signed up each day from a roster of regulars, and the sign-ins and sign-outs of every day
 * but the open ones, so each shift's credits and the daily limit are the app's. Only people whose
 * activities that day leave room for the whole shift are signed up, so the hours the desk will show are
 * the shift rules' alone.
 */
export async function seedDutyPost(ledger: Ledger, options: DutyPostOptions): Promise<DutyPostReport> {
  const started = performance.now();
  const random = createRandom(options.seed);
  const start = minutesOf(options.startTime);
  const end = minutesOf(options.endTime);
  const shiftHours = (end - start) / 60;
  const to = dayjs().format('YYYY-MM-DD');
  const from = dayjs().subtract(options.days - 1, 'day').format('YYYY-MM-DD');

  const post = await ledger.dutyPosts.create({ name: '幸福路口文明交通岗', place: '幸福路与建设路交叉口', field: 'customs', notes: '早高峰劝导行人、非机动车文明出行。' });
  const shifts = await ledger.shifts.createRun({ postId: post.id, from, to, startTime: options.startTime, endTime: options.endTime, needed: options.peoplePerDay });

  const reachable = (await ledger.db.volunteers.find({ selector: { active: true } }).exec()).filter((v) => v.phone !== '');
  const roster = random.sample(reachable, options.peoplePerDay * ROSTER_PER_PLACE);
  const openFrom = shifts.length - options.openDays;
  const openDays: DutyPostReport['openDays'] = [];
  let signUps = 0;
  for (const [index, shift] of shifts.entries()) {
    const busy = await activityHoursOn(ledger, shift.date);
    const free = roster.filter((v) => (busy.get(v.id) ?? 0) + shiftHours <= MAX_HOURS_PER_DAY);
    const people = random.sample(free, options.peoplePerDay);
    if (people.length < options.peoplePerDay) throw new Error(`only ${people.length} of the roster are free on ${shift.date}`);
    const ids = people.map((v) => v.id);
    const open = index >= openFrom;
    await ledger.shifts.update(shift.id, {
      postId: shift.postId,
      date: shift.date,
      startTime: shift.startTime,
      endTime: shift.endTime,
      needed: shift.needed,
      signUps: ids,
      attendance: open ? [] : keptAttendance(random, ids, start, end),
      reviewConfirmed: false,
    });
    signUps += ids.length;
    if (open) openDays.push({ date: shift.date, people: people.map(personAtDesk) });
  }
  return { shifts: shifts.length, signUps, signedShifts: openFrom, openDays, ms: performance.now() - started };
}
