import { HALF_HOUR, spanHours, sumHours } from '../../domain/hours';

/**
 * One person on the activity form. `manual` marks hours the keeper typed: those stay put when the
 * activity's times change, while the others follow the time span.
 */
export interface ParticipantRow {
  volunteerId: string;
  /** null while the keeper has cleared the box or typed something else; the save then reports it. */
  hours: number | null;
  manual: boolean;
  /** What was typed when it is not a number of hours ("三", "2..5"): kept on screen and quoted when refused. */
  refusedText?: string;
}

/** The hours a newly added person gets: the activity's span, or the smallest unit while the times are incomplete. */
export function defaultHours(span: number): number {
  return span > 0 ? span : HALF_HOUR;
}

export interface AddResult {
  rows: ParticipantRow[];
  /** How many of the requested people were added. */
  added: number;
  /** How many were on the list already. */
  alreadyIn: number;
}

/** Appends the people not on the list yet, in the given order, with the default hours for `span`. */
export function addParticipants(rows: readonly ParticipantRow[], volunteerIds: readonly string[], span: number): AddResult {
  const present = new Set(rows.map((r) => r.volunteerId));
  const next = [...rows];
  let alreadyIn = 0;
  for (const volunteerId of volunteerIds) {
    if (present.has(volunteerId)) {
      alreadyIn += 1;
      continue;
    }
    present.add(volunteerId);
    next.push({ volunteerId, hours: defaultHours(span), manual: false });
  }
  return { rows: next, added: next.length - rows.length, alreadyIn };
}

export function removeParticipant(rows: readonly ParticipantRow[], volunteerId: string): ParticipantRow[] {
  return rows.filter((r) => r.volunteerId !== volunteerId);
}

/**
 * Hours typed by hand for one person: from now on they no longer follow the activity's times. Text that
 * is not a number of hours leaves hours empty and is kept, so the refusal can quote it.
 */
export function setParticipantHours(rows: readonly ParticipantRow[], volunteerId: string, hours: number | null, refusedText?: string): ParticipantRow[] {
  return rows.map((r) => {
    if (r.volunteerId !== volunteerId) return r;
    const { refusedText: _previous, ...rest } = r;
    return refusedText === undefined ? { ...rest, hours, manual: true } : { ...rest, hours: null, manual: true, refusedText };
  });
}

/**
 * The times changed: everyone whose hours were not typed by hand gets the new span. While the times are
 * incomplete or reversed (span 0) nothing changes, so a half-typed time does not wipe the hours.
 */
export function followTimeSpan(rows: readonly ParticipantRow[], startTime: string, endTime: string): ParticipantRow[] {
  const span = spanHours(startTime, endTime);
  if (span <= 0) return [...rows];
  return rows.map((r) => (r.manual || r.hours === span ? r : { ...r, hours: span }));
}

/**
 * Rows for a saved activity's participants: hours equal to the activity's span are taken as the
 * default (they keep following the times), any other figure as typed by hand.
 */
export function rowsFromParticipants(
  participants: ReadonlyArray<{ volunteerId: string; hours: number }>,
  startTime: string,
  endTime: string,
): ParticipantRow[] {
  const span = spanHours(startTime, endTime);
  return participants.map((p) => ({ volunteerId: p.volunteerId, hours: p.hours, manual: p.hours !== span }));
}

export interface ParticipantTotals {
  count: number;
  hours: number;
}

/** The count and total hours shown under the participants; an empty box counts as 0 until fixed. */
export function participantTotals(rows: readonly ParticipantRow[]): ParticipantTotals {
  return { count: rows.length, hours: sumHours(rows.map((r) => ({ hours: r.hours ?? 0 }))) };
}

/** Active members of a team, in the order given (the volunteer list is sorted by pinyin). */
export function activeTeamMemberIds(
  volunteers: ReadonlyArray<{ id: string; teamIds: readonly string[]; active: boolean }>,
  teamId: string,
): string[] {
  return volunteers.filter((v) => v.active && v.teamIds.includes(teamId)).map((v) => v.id);
}
