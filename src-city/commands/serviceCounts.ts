import { isIsoDate, yearRange } from '../../src-renderer/domain/dates';
import { dutyFigures, type CreditedShift } from '../../src-renderer/domain/duty/dutyFigures';
import type { RequestFlowFields } from '../../src-renderer/domain/requests/requestFlow';
import { requestFigures } from '../../src-renderer/domain/requests/requestFigures';
import { isOpenRequestState, REQUEST_STATES, type RequestState } from '../../src-renderer/domain/requests/requestStates';
import type { SummaryDutyYear, SummaryOpenRequests, SummaryRequestYear } from '../design/summaryDoc';

/**
 * The counts a station's summary carries of its requests and duty shifts, by year. Each year is counted by
 * the very functions the station's own screens and reports use (requestFigures, dutyFigures), so the city's
 * figure for a station and year is the station's own; only the years are found here.
 */

/** A request as read from the server: its state may be one a newer app added. */
export type CountedRequest = Pick<RequestFlowFields, 'receivedDate' | 'wantedDate' | 'doneDate' | 'rating'> & { state: string };
export type CountedShift = CreditedShift & { postId: string };

/** The four-digit years of the real dates among `dates`, ascending. */
function yearsOf(dates: Iterable<string>): number[] {
  const years = new Set<number>();
  for (const date of dates) if (isIsoDate(date)) years.add(Number(date.slice(0, 4)));
  return [...years].sort((a, b) => a - b);
}

function isKnownState(state: string): state is RequestState {
  return (REQUEST_STATES as readonly string[]).includes(state);
}

/** A state this version does not know counts as received, never as open or done: as 已取消 does. */
function knownState(state: string): RequestState {
  return isKnownState(state) ? state : 'cancelled';
}

/** 收到, 办结, rated and satisfied per year: a year appears when something was received or done in it. */
export function requestCountsByYear(requests: readonly CountedRequest[]): SummaryRequestYear[] {
  const counted = requests.map((r) => ({ ...r, state: knownState(r.state) }));
  const out: SummaryRequestYear[] = [];
  for (const year of yearsOf(counted.flatMap((r) => [r.receivedDate, r.doneDate]))) {
    const f = requestFigures(counted, yearRange(year));
    if (f.received + f.done === 0) continue;
    out.push({ year: String(year), received: f.received, done: f.done, rated: f.rated, satisfied: f.satisfied });
  }
  return out;
}

/**
 * Requests still open that have a wanted date (only those can ever be overdue, domain isOverdue), by the
 * year received and the wanted date, sorted by both.
 */
export function openRequestsByYear(requests: readonly CountedRequest[]): SummaryOpenRequests[] {
  const groups = new Map<string, SummaryOpenRequests>();
  for (const r of requests) {
    if (!isOpenRequestState(knownState(r.state)) || !isIsoDate(r.receivedDate) || !isIsoDate(r.wantedDate)) continue;
    const year = r.receivedDate.slice(0, 4);
    const at = `${year}|${r.wantedDate}`;
    const entry = groups.get(at) ?? { year, wantedDate: r.wantedDate, count: 0 };
    entry.count += 1;
    groups.set(at, entry);
  }
  return [...groups.values()].sort((a, b) => (a.year + a.wantedDate < b.year + b.wantedDate ? -1 : 1));
}

/**
 * Overdue as the station's list shows it (open, wanted date before `today`), from the summary's counts: the
 * open requests received in `year` whose wanted date is before `today` (YYYY-MM-DD).
 */
export function overdueOf(open: readonly SummaryOpenRequests[], year: string, today: string): number {
  return open.filter((o) => o.year === year && o.wantedDate < today).reduce((sum, o) => sum + o.count, 0);
}

/**
 * Duty per year: the shifts someone was credited on, their credited hours (dutyFigures: half hours, after
 * the daily limit, as the volunteer's page counts them) and the posts those shifts were at.
 */
export function dutyCountsByYear(shifts: readonly CountedShift[]): SummaryDutyYear[] {
  const out: SummaryDutyYear[] = [];
  for (const year of yearsOf(shifts.map((s) => s.date))) {
    const range = yearRange(year);
    const f = dutyFigures(shifts, range);
    if (f.shifts === 0) continue;
    const posts = new Set(shifts.map((s) => s.postId));
    let staffed = 0;
    for (const post of posts) if (dutyFigures(shifts.filter((s) => s.postId === post), range).shifts > 0) staffed += 1;
    out.push({ year: String(year), posts: staffed, shifts: f.shifts, hours: f.hours });
  }
  return out;
}
