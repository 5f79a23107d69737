import { isIsoDate } from '../dates';
import { FIRST_YEAR, LAST_YEAR } from '../typedDate';

const MS_PER_DAY = 86_400_000;
/** Day 0 of the 1900 system is 1899-12-30 once Excel's phantom 1900-02-29 (serial 60) is stepped over. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const PHANTOM_LEAP_DAY = 60;
/** 9999-12-31, the last day Excel can show. */
const MAX_SERIAL = 2_958_465;

/** Dates a ledger can mean, the same years the forms accept: anything else is a typo or a number in the wrong column. */
export const EARLIEST_DATE = `${FIRST_YEAR}-01-01`;
export const LATEST_DATE = `${LAST_YEAR}-12-31`;

export function isPlausibleDate(iso: string): boolean {
  return isIsoDate(iso) && iso >= EARLIEST_DATE && iso <= LATEST_DATE;
}

/** An Excel serial day number (time of day ignored) → YYYY-MM-DD, or null for one that is no real day. */
export function serialToIsoDate(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) return null;
  const day = Math.floor(serial);
  if (!date1904 && day === PHANTOM_LEAP_DAY) return null;
  // Serials before the phantom day count from 1899-12-31, one day later than those after it.
  const offset = !date1904 && day < PHANTOM_LEAP_DAY ? day + 1 : day;
  const ms = (date1904 ? EPOCH_1904 : EPOCH_1900) + offset * MS_PER_DAY;
  return new Date(ms).toISOString().slice(0, 10);
}

/** YYYY-MM-DD → the Date exceljs writes as that day (UTC midnight, which it stores as a whole serial). */
export function isoDateToExcelDate(iso: string): Date {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}
