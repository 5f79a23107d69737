import { comparePeople, type Named } from '../personOrder';
import { fromHalfHourUnits, toHalfHourUnits } from '../hours';

/** What the roster reads of a shift (records/shift's ShiftDoc has it all). */
export interface RosterShift {
  id: string;
  date: string;
  startTime: string;
  endTime: string;
  needed: number;
  signUps: readonly string[];
  attendance: ReadonlyArray<{ volunteerId: string; signIn: string; signOut: string }>;
  credits: ReadonlyArray<{ volunteerId: string; hours: number; review: readonly string[] }>;
  reviewConfirmed: boolean;
}

type CreditOf<S extends RosterShift> = S['credits'][number];

/** One person on one shift, as a line of the roster. */
export interface RosterLine<S extends RosterShift = RosterShift> {
  volunteerId: string;
  /** Every sign-in and sign-out of theirs on the shift, in the order made ('' for a missing sign-out). */
  times: ReadonlyArray<{ signIn: string; signOut: string }>;
  /** Credited hours (after the daily limit); 0 for someone signed up who never came. */
  hours: number;
  /** Their credit, when they signed in: its review reasons say why a line is flagged. */
  credit: CreditOf<S> | undefined;
  /** 待核实: the credit carries a reason the keeper has not yet confirmed. */
  toReview: boolean;
}

export interface RosterShiftRows<S extends RosterShift = RosterShift> {
  /** 1-based, as printed. */
  index: number;
  shift: S;
  /**
   * Not started at the time printed and nobody signed in yet: its people are 已报名, its sign-in columns are
   * left for the desk to fill by hand, and nobody is missing from it yet.
   */
  upcoming: boolean;
  lines: RosterLine<S>[];
  hours: number;
}

export interface RosterTotals {
  shifts: number;
  /** Person-times (人次) who signed in: a volunteer on two shifts counts twice. */
  attended: number;
  hours: number;
  /** Lines flagged 待核实. */
  toReview: number;
}

export interface DutyRoster<S extends RosterShift = RosterShift> {
  shifts: RosterShiftRows<S>[];
  totals: RosterTotals;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** People in name order; an id no longer on record (a deleted volunteer) after everyone named. */
function byName(people: ReadonlyMap<string, Named>) {
  return (a: string, b: string): number => {
    const pa = people.get(a);
    const pb = people.get(b);
    if (pa && pb) return comparePeople(pa, pb) || compareText(a, b);
    if (pa || pb) return pa ? -1 : 1;
    return compareText(a, b);
  };
}

function linesOf<S extends RosterShift>(shift: S, people: ReadonlyMap<string, Named>): RosterLine<S>[] {
  // Everyone signed up and everyone who signed in without having signed up: the roster is who stood there.
  const ids = [...new Set([...shift.signUps, ...shift.attendance.map((a) => a.volunteerId)])].sort(byName(people));
  return ids.map((volunteerId) => {
    const credit: CreditOf<S> | undefined = shift.credits.find((c) => c.volunteerId === volunteerId);
    return {
      volunteerId,
      times: shift.attendance.filter((a) => a.volunteerId === volunteerId).map(({ signIn, signOut }) => ({ signIn, signOut })),
      hours: credit?.hours ?? 0,
      credit,
      toReview: !shift.reviewConfirmed && credit !== undefined && credit.review.length > 0,
    };
  });
}

/** The day and time of day the roster is printed ('YYYY-MM-DD', 'HH:mm'): only what is printed depends on it. */
export interface PrintedAt {
  today: string;
  time: string;
}

/** Before its day, or on its day before its start, with no sign-in yet (someone early makes it begun). */
function notStarted(shift: RosterShift, at: PrintedAt): boolean {
  if (shift.attendance.length > 0) return false;
  return shift.date > at.today || (shift.date === at.today && shift.startTime > at.time);
}

/**
 * A post's 值守排班表 over a period: its shifts by date and start, each with who was on it (in name order),
 * when they signed in and out, the hours credited and the lines awaiting review, and the totals under it.
 * Hours are summed in half-hour units, so the shift sums add up exactly to the total. `at` only tells the
 * shifts still to come (see RosterShiftRows.upcoming).
 */
export function buildDutyRoster<S extends RosterShift>(shifts: readonly S[], people: ReadonlyMap<string, Named>, at: PrintedAt): DutyRoster<S> {
  const sorted = [...shifts].sort((a, b) => compareText(a.date, b.date) || compareText(a.startTime, b.startTime) || compareText(a.id, b.id));
  let units = 0;
  let attended = 0;
  let toReview = 0;
  const rows = sorted.map((shift, i): RosterShiftRows<S> => {
    const lines = linesOf(shift, people);
    const shiftUnits = lines.reduce((sum, line) => sum + toHalfHourUnits(line.hours), 0);
    units += shiftUnits;
    attended += lines.filter((line) => line.times.length > 0).length;
    toReview += lines.filter((line) => line.toReview).length;
    return { index: i + 1, shift, upcoming: notStarted(shift, at), lines, hours: fromHalfHourUnits(shiftUnits) };
  });
  return { shifts: rows, totals: { shifts: rows.length, attended, hours: fromHalfHourUnits(units), toReview } };
}
