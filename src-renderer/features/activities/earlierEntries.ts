import dayjs from 'dayjs';
import type { DateRange } from '../../domain/dates';
import type { ActivityDoc } from '../../domain/entities/activity';
import type { ActivityFormValues } from './formValues';
import { searchableOption, type SearchableOption } from './selectSearch';

/**
 * What the station entered before, offered back as the keeper types a title or a place: most activities
 * recur (每周义诊, 文化广场), and a title picked from them fills what that activity had last time.
 */

/** How far back suggestions reach: a year covers every recurring activity of a station. */
export const EARLIER_DAYS = 366;
/** At most this many distinct titles and places are offered (newest first). */
export const EARLIER_LIMIT = 300;

export type EarlierActivity = Pick<ActivityDoc, 'title' | 'date' | 'startTime' | 'endTime' | 'place' | 'field' | 'projectId' | 'teamId'>;

export interface EarlierEntries {
  titles: SearchableOption[];
  places: SearchableOption[];
  /** The latest activity of each title offered. */
  latestByTitle: ReadonlyMap<string, EarlierActivity>;
}

export function earlierRange(today: string): DateRange {
  return { from: dayjs(today).subtract(EARLIER_DAYS, 'day').format('YYYY-MM-DD'), to: today };
}

const newestFirst = (a: EarlierActivity, b: EarlierActivity): number =>
  a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.startTime < b.startTime ? 1 : a.startTime > b.startTime ? -1 : 0;

export function earlierEntries(activities: readonly EarlierActivity[]): EarlierEntries {
  const latestByTitle = new Map<string, EarlierActivity>();
  const places = new Set<string>();
  for (const a of [...activities].sort(newestFirst)) {
    const title = a.title.trim();
    if (title !== '' && !latestByTitle.has(title) && latestByTitle.size < EARLIER_LIMIT) latestByTitle.set(title, a);
    const place = a.place.trim();
    if (place !== '' && places.size < EARLIER_LIMIT) places.add(place);
  }
  return {
    titles: [...latestByTitle.keys()].map((title) => searchableOption(title, title)),
    places: [...places].map((place) => searchableOption(place, place)),
    latestByTitle,
  };
}

/** The fields a title picked from earlier activities fills, in the form's order. */
export const FILLED_FROM_EARLIER = ['startTime', 'endTime', 'place', 'field', 'projectId', 'teamId'] as const;
export type FilledField = (typeof FILLED_FROM_EARLIER)[number];

const isEmpty = (value: unknown): boolean => value === undefined || value === null || value === '';

/**
 * What the earlier activity gives the form: only fields the keeper has left empty (nothing typed is ever
 * overwritten), and only values this station still knows (`usable`: a project or team since deleted is
 * left out rather than shown as a raw id).
 */
export function fillFromEarlier(
  values: Partial<ActivityFormValues>,
  earlier: EarlierActivity,
  usable: (field: FilledField, value: string) => boolean = () => true,
): { patch: Partial<Pick<ActivityFormValues, FilledField>>; filled: FilledField[] } {
  const patch: Partial<Pick<ActivityFormValues, FilledField>> = {};
  const filled: FilledField[] = [];
  for (const field of FILLED_FROM_EARLIER) {
    const value = earlier[field];
    if (!isEmpty(values[field]) || value === '' || !usable(field, value)) continue;
    patch[field] = value;
    filled.push(field);
  }
  return { patch, filled };
}
