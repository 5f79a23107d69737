import { isIsoDate } from '../../domain/dates';

/** Whole years of age on `today` (both YYYY-MM-DD); null when the birth date is unknown or later than today. */
export function ageOn(birthDate: string, today: string): number | null {
  if (!isIsoDate(birthDate) || !isIsoDate(today) || birthDate > today) return null;
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  // Month-day strings compare in calendar order; a 29 February birthday counts from 1 March in other years.
  return today.slice(5) >= birthDate.slice(5) ? years : years - 1;
}
