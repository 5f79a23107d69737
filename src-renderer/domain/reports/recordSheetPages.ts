import type { ParticipantLine } from './activityParticipants';

/**
 * Where the parts of one 活动记录表 fall on A4 pages. The sheet is laid out page by page rather than left to
 * the browser, so every page carries the activity's heading and "第 n 页 / 共 N 页", on the screen preview
 * as on paper. Heights are estimated from character counts with the sizes activityRecord.css sets, and
 * always over-estimated (every character counted full width, fewer characters per line than fit), so a
 * page is never fuller than the paper; the cost is a little white space at the foot of a page.
 */
export const RECORD_LAYOUT = {
  /** A4 297 mm less the 12 mm margins, the page-number line and a margin of safety. */
  pageBodyMm: 297 - 2 * 12 - 10 - 8,
  lineMm: 5.8,
  /** Cell padding and borders around one line of a table row. */
  cellPaddingMm: 3,
  /** A participant row is tall enough to sign in. */
  rowMm: 9.5,
  /** The sheet's name (17 pt) and the space below it; the station's name follows, line by line. */
  titleMm: 14,
  subtitleGapMm: 4,
  continuationTitleMm: 12,
  sectionHeadMm: 11,
  boxPaddingMm: 5,
  signOffMm: 20,
  /** Characters per line in each box, a few fewer than fit at 10.5 pt. */
  chars: { writeUp: 45, wide: 40, half: 16, name: 11, heading: 45, subtitle: 45 },
  /** Lines left for a pen when nothing was written up. */
  blankWriteUpLines: 3,
} as const;

/** One printed line of the write-up; `paragraphEnd` marks where the keeper pressed Enter. */
export interface WriteUpLine {
  text: string;
  paragraphEnd: boolean;
}

/** Cuts text into lines of at most `perLine` characters, keeping the keeper's own line breaks. */
export function wrapLines(text: string, perLine: number): WriteUpLine[] {
  const width = Math.max(1, Math.floor(perLine));
  const trimmed = text.replace(/\r\n?/g, '\n').trim();
  if (trimmed === '') return [];
  return trimmed.split('\n').flatMap((paragraph) => {
    const chars = Array.from(paragraph);
    const count = Math.max(1, Math.ceil(chars.length / width));
    return Array.from({ length: count }, (_, i) => ({ text: chars.slice(i * width, (i + 1) * width).join(''), paragraphEnd: i === count - 1 }));
  });
}

/** Lines a text takes in a box `perLine` characters wide (at least one: an empty cell is still a line). */
export function lineCount(text: string, perLine: number): number {
  return Math.max(1, wrapLines(text, perLine).length);
}

/** The activity's own details, as far as they decide the height of the heading boxes. */
export interface RecordSheetText {
  /** The station's name under the sheet's name. */
  subtitle: string;
  title: string;
  /** The line under the short heading of every following page (the activity and its date), as printed. */
  continuedLine: string;
  place: string;
  /** The other two-to-a-row details of the heading table, as printed (field, theme, project, team, …). */
  halfRows: ReadonlyArray<readonly [string, string]>;
  /** Full-width details below them (服务对象). */
  wideRows: readonly string[];
  writeUp: string;
}

export interface RecordSheetPage {
  /** 1-based. */
  number: number;
  /** The write-up lines on this page; `continued` when it began on an earlier page. */
  writeUp: { lines: WriteUpLine[]; continued: boolean } | null;
  /** The participant rows on this page; `totals` on the page that ends the list. */
  participants: { lines: ParticipantLine[]; continued: boolean; totals: boolean } | null;
  /** 记录人 / 审核人 / 日期, on the last page. */
  signOff: boolean;
}

const L = RECORD_LAYOUT;

function rowHeight(lines: number): number {
  return lines * L.lineMm + L.cellPaddingMm;
}

/** The heading table on the first page: the title and place full width, the other details two to a row. */
export function headingHeight(text: RecordSheetText): number {
  const wide = [text.title, text.place, ...text.wideRows].map((t) => rowHeight(lineCount(t, L.chars.wide)));
  const half = text.halfRows.map(([a, b]) => rowHeight(Math.max(lineCount(a, L.chars.half), lineCount(b, L.chars.half))));
  const top = L.titleMm + lineCount(text.subtitle, L.chars.subtitle) * L.lineMm + L.subtitleGapMm;
  return top + [...wide, ...half].reduce((sum, h) => sum + Math.max(h, L.rowMm), 0);
}

/** The short heading that repeats on every following page: the sheet's name, then the activity and date. */
export function continuationHeight(continuedLine: string): number {
  return L.continuationTitleMm + lineCount(continuedLine, L.chars.heading) * L.lineMm;
}

function participantRowHeight(line: ParticipantLine | undefined): number {
  const name = line?.name ?? '';
  return Math.max(L.rowMm, rowHeight(lineCount(name, L.chars.name)));
}

/**
 * Lays the write-up, then the participants (header row repeated on each page, the totals row kept with the
 * last person), then the sign-off, into pages. Every participant is on exactly one page, in order; no page
 * holds more than RECORD_LAYOUT.pageBodyMm of estimated height unless one item alone is taller.
 */
export function paginateRecordSheet(text: RecordSheetText, participants: readonly ParticipantLine[]): RecordSheetPage[] {
  const pages: RecordSheetPage[] = [];
  let page: RecordSheetPage = { number: 1, writeUp: null, participants: null, signOff: false };
  let room = L.pageBodyMm - headingHeight(text);
  const nextPage = () => {
    pages.push(page);
    page = { number: pages.length + 1, writeUp: null, participants: null, signOff: false };
    room = L.pageBodyMm - continuationHeight(text.continuedLine);
  };

  const written = wrapLines(text.writeUp, L.chars.writeUp);
  const lines = written.length > 0 ? written : Array.from({ length: L.blankWriteUpLines }, () => ({ text: '', paragraphEnd: true }));
  const boxHead = L.sectionHeadMm + L.boxPaddingMm;
  for (let i = 0; i < lines.length; ) {
    if (room < boxHead + L.lineMm) nextPage();
    const fit = Math.max(1, Math.floor((room - boxHead) / L.lineMm));
    const taken = lines.slice(i, i + fit);
    page.writeUp = { lines: taken, continued: i > 0 };
    room -= boxHead + taken.length * L.lineMm;
    i += taken.length;
    if (i < lines.length) nextPage();
  }

  // The table's heading row repeats on each page; the totals row and the sign-off stay with the last person.
  const tableHead = L.sectionHeadMm + L.rowMm;
  const tail = L.rowMm + L.signOffMm;
  const n = participants.length;
  const needs = (i: number) => participantRowHeight(participants[i]) + (i >= n - 1 ? tail : 0);
  for (let start = 0; ; ) {
    const pageIsEmpty = page.writeUp === null && page.participants === null;
    if (!pageIsEmpty && room < tableHead + needs(start)) nextPage();
    room -= tableHead;
    let end = start;
    // An activity nobody was recorded for still prints its table, with one line saying so.
    if (n === 0) room -= needs(0);
    // The first row of a page always goes on it, so one oversized row cannot stall the layout.
    while (end < n && (end === start || needs(end) <= room)) {
      room -= needs(end);
      end += 1;
    }
    const done = end >= n;
    page.participants = { lines: participants.slice(start, end), continued: start > 0, totals: done };
    if (done) {
      page.signOff = true;
      break;
    }
    nextPage();
    start = end;
  }
  pages.push(page);
  return pages;
}
