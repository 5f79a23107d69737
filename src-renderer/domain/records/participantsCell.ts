import { toHalfWidth } from '../halfWidth';
import { roundToHalfHour } from '../hours';

/**
 * Participants of one activity in one cell: "张三(2);李四(1.5);王五[0011](2)". Separators may be ; ； , ，
 * 、 or line breaks; brackets may be full-width; "(2小时)" is fine. A name with no hours serves the
 * whole activity (its span, to the half hour). Name and ID digits go in [ ] or 【 】; a full 18-character
 * ID number may stand in for the name.
 *
 * Read by hand from the end of each entry, not by one pattern: the pattern this replaced backtracked
 * cubically, and an 804-character cell froze the page for 23 s. Every step here is a single pass.
 */
export interface ParticipantToken {
  who: string;
  idTail: string;
  /** null when the cell gave no hours for this person. */
  hours: number | null;
  /** The token as written, for messages. */
  text: string;
}

export type ParticipantTokens = { ok: true; tokens: ParticipantToken[] } | { ok: false; text: string };

const SEPARATORS = /[;；,，、\n\r]+/;
const HOURS = /^\d+(?:\.\d+)?$/;
const ID_DIGITS = /^[0-9xX]{1,18}$/;
const BRACKETS = /[()[\]]/;
/** Longest first: "hours" must not leave "hour" + "s" behind. */
const HOUR_UNITS = ['hours', 'hour', 'hrs', 'hr', '小时', '时', 'h'] as const;
const ID_OPENERS = ['[', '【'] as const;
const ID_CLOSERS = [']', '】'] as const;

function withoutUnit(text: string): string {
  const lower = text.toLowerCase();
  const unit = HOUR_UNITS.find((u) => lower.endsWith(u));
  return unit === undefined ? text : text.slice(0, -unit.length).trimEnd();
}

type Entry = { who: string; idTail: string; hoursText: string | null } | null;

/** "李四[0011](1.5小时)" → its three parts, or null when it does not have that shape. */
function splitEntry(entry: string): Entry {
  let rest = entry;
  let hoursText: string | null = null;
  if (rest.endsWith(')')) {
    const open = rest.lastIndexOf('(');
    if (open < 0) return null;
    hoursText = withoutUnit(rest.slice(open + 1, -1).trim());
    rest = rest.slice(0, open).trimEnd();
  }
  let idTail = '';
  if (ID_CLOSERS.some((c) => rest.endsWith(c))) {
    const open = Math.max(...ID_OPENERS.map((o) => rest.lastIndexOf(o)));
    if (open < 0) return null;
    idTail = rest.slice(open + 1, -1).trim();
    if (!ID_DIGITS.test(idTail)) return null;
    rest = rest.slice(0, open).trimEnd();
  }
  return { who: rest, idTail, hoursText };
}

export function parseParticipantsCell(cell: string): ParticipantTokens {
  const tokens: ParticipantToken[] = [];
  for (const raw of cell.split(SEPARATORS)) {
    const text = raw.trim();
    if (text === '') continue;
    const entry = splitEntry(toHalfWidth(text));
    if (entry === null || entry.who === '' || BRACKETS.test(entry.who)) return { ok: false, text };
    let hours: number | null = null;
    if (entry.hoursText !== null) {
      if (!HOURS.test(entry.hoursText)) return { ok: false, text };
      hours = Number(entry.hoursText);
    }
    tokens.push({ who: entry.who, idTail: entry.idTail, hours, text });
  }
  return { ok: true, tokens };
}

/** One activity's participants written back into a cell the import reads: 张三(2);李四(1.5). */
export function formatParticipantsCell(participants: ReadonlyArray<{ label: string; hours: number }>): string {
  return participants.map((p) => `${p.label}(${roundToHalfHour(p.hours)})`).join(';');
}
