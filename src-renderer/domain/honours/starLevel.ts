import { fromHalfHourUnits, toHalfHourUnits } from '../hours';

/**
 * Star volunteers (星级志愿者) by cumulative service hours: one star from 100 h, two from 300, three from 600,
 * four from 1,000 and five from 1,500. Computed from the hours on record every time, never typed, so a star
 * cannot disagree with the hours shown beside it.
 */
export const STAR_THRESHOLDS = [100, 300, 600, 1000, 1500] as const;
export const MAX_STARS = STAR_THRESHOLDS.length;

export interface StarStanding {
  /** 0 (below 100 h) to 5. */
  stars: number;
  /** The hours at which the next star comes, null at five stars. */
  nextStarAt: number | null;
  /** Hours still to serve for it, null at five stars. */
  hoursToNextStar: number | null;
}

/**
 * Compared in whole half hours like every hours sum (hours.ts), so a total carrying float noise from an
 * imported spreadsheet (99.99999 for 100) gets the star it has earned. Anything not a positive number is 0 h.
 */
function unitsOf(hours: number): number {
  return Number.isFinite(hours) && hours > 0 ? toHalfHourUnits(hours) : 0;
}

export function starLevel(totalHours: number): number {
  const units = unitsOf(totalHours);
  return STAR_THRESHOLDS.filter((threshold) => units >= toHalfHourUnits(threshold)).length;
}

export function starStanding(totalHours: number): StarStanding {
  const units = unitsOf(totalHours);
  const stars = starLevel(totalHours);
  const next = STAR_THRESHOLDS[stars];
  if (next === undefined) return { stars, nextStarAt: null, hoursToNextStar: null };
  return { stars, nextStarAt: next, hoursToNextStar: fromHalfHourUnits(toHalfHourUnits(next) - units) };
}

/** '一星志愿者' … '五星志愿者', or for 0 that the volunteer has no star yet. */
export function starLevelKey(stars: number): string {
  return `serviceRules.honours.stars.level${Math.min(Math.max(Math.trunc(stars), 0), MAX_STARS)}`;
}

/** Params: hours (still to serve), stars (the number of the next star, 1–5). */
export const STARS_TO_NEXT_KEY = 'serviceRules.honours.stars.toNext';
export const STARS_TOP_KEY = 'serviceRules.honours.stars.top';
