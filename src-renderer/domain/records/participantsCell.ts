import { toHalfWidth } from '../halfWidth';
import { roundToHalfHour } from '../hours';

/**
 * Participants of one activity in one cell: "张三(2);李四(1.5);王五[0011](2)". Separators may be ; ； , ，
 * 、 or line breaks; brackets may be full-width; "(2小时)" is fine. A name with no hours serves the
 * whole activity (its span, to the half hour). Name and ID digits go in [ ] or 【 】; a full 18-character
 * ID number may stand in for the name.
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
const TOKEN = /^(.+?)\s*(?:[[【]\s*([0-9xX]{1,18})\s*[\]】])?\s*(?:\(\s*([^()]*?)\s*(?:小时|时|h|hrs?|hours?)?\s*\))?$/i;
const HOURS = /^\d+(?:\.\d+)?$/;

export function parseParticipantsCell(cell: string): ParticipantTokens {
  const tokens: ParticipantToken[] = [];
  for (const raw of cell.split(SEPARATORS)) {
    const text = raw.trim();
    if (text === '') continue;
    const m = TOKEN.exec(toHalfWidth(text));
    const who = m?.[1]?.trim() ?? '';
    if (!m || who === '' || /[()[\]]/.test(who)) return { ok: false, text };
    const hoursText = m[3];
    let hours: number | null = null;
    if (hoursText !== undefined) {
      if (!HOURS.test(hoursText)) return { ok: false, text };
      hours = Number(hoursText);
    }
    tokens.push({ who, idTail: m[2] ?? '', hours, text });
  }
  return { ok: true, tokens };
}

/** One activity's participants written back into a cell the import reads: 张三(2);李四(1.5). */
export function formatParticipantsCell(participants: ReadonlyArray<{ label: string; hours: number }>): string {
  return participants.map((p) => `${p.label}(${roundToHalfHour(p.hours)})`).join(';');
}
