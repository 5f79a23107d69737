import { parseShiftInput, type ShiftDoc, type ShiftFields } from '../../records/shift/shape';
import { readDate } from './cellDates';
import { cellText } from './cellText';
import { readNumber, readText, readTime } from './cellValues';
import { requireDate } from './dateFields';
import { PersonLookup, readPeople } from './personLookup';
import { parseCollectingAll, type KindRules, type RowProblems, type RowReader } from './rowReader';
import { readPeriod } from './serviceCells';
import { onColumns, readNamedRef } from './serviceRowFields';
import { NO_SERVICE_RECORDS, type LedgerSnapshot } from './snapshot';
import { normalizeWord } from './vocabulary';

const STAND_INS = { postId: 'x', date: '2000-01-01', startTime: '00:00', endTime: '23:59', needed: 1, signUps: [] };

export function shiftKey(post: string, date: string, startTime: string): string {
  return `${post}|${date}|${startTime}`;
}

/** The start and end a row gives, from 时段 or the two time columns; undefined parts when it gives none. */
function readTimes(row: RowReader, problems: RowProblems): { start?: string; end?: string } {
  const times: { start?: string; end?: string } = {};
  if (row.filled('startTime')) times.start = problems.take('startTime', readTime(row.cell('startTime')));
  if (row.filled('endTime')) times.end = problems.take('endTime', readTime(row.cell('endTime')));
  if (!row.filled('period')) return times;
  const period = problems.take('period', readPeriod(row.cell('period')));
  if (!period) {
    // The span that could not be read is the one problem: the times it stood for are not reported again.
    if (times.start === undefined) problems.excuse('startTime');
    if (times.end === undefined) problems.excuse('endTime');
    return times;
  }
  // Both given and different: which one the keeper meant cannot be told.
  if ((times.start !== undefined && times.start !== period.start) || (times.end !== undefined && times.end !== period.end)) {
    problems.error('period', 'importExport.issue.periodConflict', { start: times.start ?? period.start, end: times.end ?? period.end });
  }
  return { start: period.start, end: period.end };
}

function peekStart(row: RowReader): string | null {
  const start = readTime(row.cell('startTime'));
  if (start.ok && start.value !== '') return start.value;
  const period = readPeriod(row.cell('period'));
  return period.ok && period.value ? period.value.start : null;
}

/**
 * 值守班次, a schedule: identified by post, date and start. Each row is a shift with its post (by name), its
 * times (时段 08:00-10:00, or 开始/结束时间), how many are needed and who signed up (named as in activities,
 * or by phone). Sign-ins are kept at the station PC, never imported: a shift someone already signed in on
 * keeps its times, and its credited hours stay as they are.
 */
export function shiftRules(snapshot: LedgerSnapshot): KindRules<ShiftFields, ShiftDoc> {
  const service = snapshot.service ?? NO_SERVICE_RECORDS;
  const postByName = new Map(service.dutyPosts.map((p) => [normalizeWord(p.name), p.id]));
  const byKey = new Map<string, ShiftDoc>();
  for (const s of service.shifts) if (!byKey.has(shiftKey(s.postId, s.date, s.startTime))) byKey.set(shiftKey(s.postId, s.date, s.startTime), s);
  const people = new PersonLookup(snapshot.volunteers);

  return {
    identityField: 'date',
    identify(row) {
      const name = normalizeWord(cellText(row.cell('postId')));
      const date = readDate(row.cell('date'), row.date1904);
      const start = peekStart(row);
      if (name === '' || !date.ok || date.value === '' || start === null) return null;
      return shiftKey(postByName.get(name) ?? `name:${name}`, date.value, start);
    },
    existing: (key) => byKey.get(key),
    label(row) {
      const date = readDate(row.cell('date'), row.date1904);
      const post = cellText(row.cell('postId')).trim().slice(0, 20);
      return date.ok && date.value !== '' ? `${date.value} ${post}` : post;
    },

    check(row, existing, problems) {
      const input: Record<string, unknown> = existing ? { ...existing } : {};
      if (row.filled('postId')) input.postId = readNamedRef(row, problems, 'postId', postByName, 'importExport.issue.unknownPost');
      if (row.filled('date')) input.date = problems.take('date', readDate(row.cell('date'), row.date1904));
      else requireDate(row, problems, 'date', existing !== null);
      const times = readTimes(row, problems);
      const timeColumn = row.mapped('startTime') || !row.mapped('period') ? 'startTime' : 'period';
      if (times.start !== undefined) input.startTime = times.start;
      else if (!existing && !problems.isFailed('period') && !problems.isFailed('startTime')) problems.error(timeColumn, 'validation.required');
      if (times.end !== undefined) input.endTime = times.end;
      if (row.filled('signUps')) {
        const read = readPeople(problems.take('signUps', readText(row.cell('signUps'))) ?? '', people);
        if (read.ok) input.signUps = read.ids;
        else for (const p of read.problems) problems.error('signUps', p.key, p.params);
      }
      if (row.filled('needed')) input.needed = problems.take('needed', readNumber(row.cell('needed'))) ?? undefined;
      else if (!existing) {
        const signedUp = Array.isArray(input.signUps) ? input.signUps.length : 0;
        input.needed = Math.max(1, signedUp);
        problems.note('needed', 'importExport.note.neededFromSignUps', { count: Math.max(1, signedUp) });
      }
      if (existing && existing.attendance.length > 0 && input.endTime !== existing.endTime) {
        problems.error(timeColumn === 'period' ? 'period' : 'endTime', 'importExport.issue.shiftSignedIn', { end: existing.endTime });
      }
      const onTimes: Record<string, string> = timeColumn === 'period' ? { startTime: 'period', endTime: 'period' } : {};
      const fields = parseCollectingAll(onColumns(parseShiftInput, onTimes), input, problems, STAND_INS);
      if (fields === null || !existing) return fields;
      // Same times, same sign-ins: the credits stand as the day's limit cut them.
      return { ...fields, credits: existing.credits, totalHours: existing.totalHours, needsReview: existing.needsReview };
    },
  };
}
