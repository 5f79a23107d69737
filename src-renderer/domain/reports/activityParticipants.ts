import { fromHalfHourUnits, toHalfHourUnits } from '../hours';
import { sortPeople, type Named } from '../personOrder';

export interface RecordedParticipant {
  volunteerId: string;
  hours: number;
}

export interface ParticipantLine {
  /** 1-based line number as printed. */
  index: number;
  volunteerId: string;
  /** null when the volunteer is not on this PC's list (deleted, or not synced here yet): the sheet says so. */
  name: string | null;
  hours: number;
}

export interface ParticipantList {
  lines: ParticipantLine[];
  /** People (人), every line counted once. */
  count: number;
  /** Summed in half-hour units, so 0.1 + 0.2 float noise never reaches the paper. */
  hours: number;
}

/**
 * Who took part in one activity, as paper lists them: surname first like every list of people in the app,
 * so a volunteer finds their own line to sign; anyone no longer on the volunteer list comes last, still
 * with their hours, so the total on the sheet is the recorded total.
 */
export function listParticipants(participants: readonly RecordedParticipant[], people: ReadonlyMap<string, Named>): ParticipantList {
  const known: Array<Named & { p: RecordedParticipant }> = [];
  const unknown: RecordedParticipant[] = [];
  for (const p of participants) {
    const person = people.get(p.volunteerId);
    if (person) known.push({ name: person.name, namePinyin: person.namePinyin, p });
    else unknown.push(p);
  }
  const ordered = [
    ...sortPeople(known).map(({ name, p }) => ({ volunteerId: p.volunteerId, name, hours: p.hours })),
    ...unknown.map((p) => ({ volunteerId: p.volunteerId, name: null, hours: p.hours })),
  ];
  let units = 0;
  const lines = ordered.map((line, i): ParticipantLine => {
    units += toHalfHourUnits(line.hours);
    return { index: i + 1, ...line };
  });
  return { lines, count: lines.length, hours: fromHalfHourUnits(units) };
}

export interface CompactNames {
  /** The first names, in list order (null: not on this PC's list). */
  shown: Array<string | null>;
  /** How many people are not among `shown`. */
  more: number;
  total: number;
}

/**
 * The names for one line of the ledger: everyone when they are few, else the first `limit` and how many
 * more ("张三、李四…等12人"); the full list is on the activity's own record sheet.
 */
export function compactNames(list: ParticipantList, limit: number): CompactNames {
  const cap = Math.max(0, Math.floor(limit));
  const shown = list.lines.slice(0, cap).map((line) => line.name);
  return { shown, more: list.count - shown.length, total: list.count };
}

export interface Excerpt {
  text: string;
  /** Something was left out: the reader is told where to find the rest. */
  cut: boolean;
}

/**
 * A write-up for one cell of a table: line breaks and runs of spaces become one space, and a text longer
 * than `maxChars` characters (counted as people count them, not UTF-16 units) ends in "…".
 */
export function excerpt(text: string, maxChars: number): Excerpt {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  const cap = Math.max(1, Math.floor(maxChars));
  if (chars.length <= cap) return { text: flat, cut: false };
  return { text: `${chars.slice(0, cap).join('').trimEnd()}…`, cut: true };
}
