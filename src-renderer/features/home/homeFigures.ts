import { monthOf, monthRange, yearOf, yearRange, type DateRange } from '../../domain/dates';
import { summarizeActivities, type ActivityFacts, type ActivityFigures, type FieldFigures } from '../../domain/figures';

export interface HomePeriods {
  month: DateRange;
  year: DateRange;
}

/** The calendar month and year that contain `today` (YYYY-MM-DD, the PC's local date). */
export function homePeriods(today: string): HomePeriods {
  return { month: monthRange(monthOf(today)), year: yearRange(yearOf(today)) };
}

/**
 * One query for the year, split in memory: the month's figures are the year's activities that fall in
 * the month, so the two cards can never disagree.
 */
export function homeFigures(yearActivities: readonly ActivityFacts[], month: DateRange): { month: ActivityFigures; year: ActivityFigures } {
  const inMonth = yearActivities.filter((a) => a.date >= month.from && a.date <= month.to);
  return { month: summarizeActivities(inMonth), year: summarizeActivities(yearActivities) };
}

export interface FieldRow extends FieldFigures {
  field: string;
}

/**
 * Rows of the by-field table: catalogue fields in catalogue order, then codes the app does not know (a
 * field the city added) alphabetically. Fields with no session are left out.
 */
export function fieldRows(byField: Record<string, FieldFigures>, catalogueOrder: readonly string[]): FieldRow[] {
  const position = (field: string) => {
    const i = catalogueOrder.indexOf(field);
    return i === -1 ? catalogueOrder.length : i;
  };
  return Object.entries(byField)
    .filter(([, f]) => f.sessions > 0)
    .map(([field, f]) => ({ field, ...f }))
    .sort((a, b) => position(a.field) - position(b.field) || (a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
}

/** Hours are kept in half-hour steps: 12 → "12", 12.5 → "12.5", never "12.50000001". */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 10) / 10);
}

export interface StationProgress {
  volunteers: number;
  teams: number;
  activities: number;
}

export type FirstStep = 'volunteers' | 'teams' | 'activities';
export const FIRST_STEPS: readonly FirstStep[] = ['volunteers', 'teams', 'activities'];

/**
 * The getting-started guide: which of the three first steps are done and which one to do next
 * (`next` is null once all are done, and the guide is no longer shown).
 */
export function firstSteps(progress: StationProgress): { done: Record<FirstStep, boolean>; next: FirstStep | null } {
  const done: Record<FirstStep, boolean> = {
    volunteers: progress.volunteers > 0,
    teams: progress.teams > 0,
    activities: progress.activities > 0,
  };
  return { done, next: FIRST_STEPS.find((s) => !done[s]) ?? null };
}
