const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * A real calendar day written YYYY-MM-DD (2023-02-29 and 2023-13-01 are not). Plain arithmetic rather
 * than a date library: the list works out the age of every volunteer each time it loads.
 */
function isCalendarDate(s: string): boolean {
  const match = ISO_DATE.exec(s);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const days = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/** Whole years of age on `today` (both YYYY-MM-DD); null when the birth date is unknown or later than today. */
export function ageOn(birthDate: string, today: string): number | null {
  if (!isCalendarDate(birthDate) || !isCalendarDate(today) || birthDate > today) return null;
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  // Month-day strings compare in calendar order; a 29 February birthday counts from 1 March in other years.
  return today.slice(5) >= birthDate.slice(5) ? years : years - 1;
}
