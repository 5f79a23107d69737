import { isIsoDate, todayIso } from './dates';
import { toHalfWidth } from './halfWidth';

export type IdNumberProblem = 'length' | 'format' | 'region' | 'birthDate' | 'checksum';

export type IdNumberCheck =
  | { ok: true; value: string; birthDate: string; gender: 'male' | 'female' }
  | { ok: false; problem: IdNumberProblem };

export type IdNumberMessageKey = `validation.idNumber.${IdNumberProblem}`;

const ID_LENGTH = 18;
const ID_FORMAT = /^\d{17}[\dX]$/;
/** GB 11643-1999 weights for the first 17 digits (2^(18-i) mod 11). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const EARLIEST_BIRTH_DATE = '1900-01-01';

/**
 * Province-level codes of GB/T 2260. 71 (Taiwan), 81 (Hong Kong), 82 (Macao) and 83 (Taiwan residents'
 * residence permits) use the same 18-character format and checksum; 91 is kept as the brief's overseas code.
 */
const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82', '83', '91',
]);

const WHITESPACE = /\s+/g;

/** What the keeper meant to type: no spaces, half-width digits, an upper-case X. */
export function normalizeIdNumber(raw: string): string {
  return toHalfWidth(raw).replace(WHITESPACE, '').toUpperCase();
}

/** The check character for the first 17 digits; the caller guarantees they are digits. */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i += 1) sum += Number(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

/**
 * Checks a resident ID number in the order a person fixes it: length, characters, province, birth date,
 * then the check character. 15-digit numbers (pre-1999 cards) are long expired and refused as 'length'.
 * `today` is the PC's date by default; tests pass a fixed one.
 */
export function checkIdNumber(raw: string, today: string = todayIso()): IdNumberCheck {
  const value = normalizeIdNumber(raw);
  if (value.length !== ID_LENGTH) return { ok: false, problem: 'length' };
  if (!ID_FORMAT.test(value)) return { ok: false, problem: 'format' };
  if (!PROVINCE_CODES.has(value.slice(0, 2))) return { ok: false, problem: 'region' };

  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isIsoDate(birthDate) || birthDate < EARLIEST_BIRTH_DATE || birthDate > today) {
    return { ok: false, problem: 'birthDate' };
  }
  if (idNumberCheckChar(value.slice(0, 17)) !== value.charAt(17)) return { ok: false, problem: 'checksum' };

  const gender = Number(value.charAt(16)) % 2 === 1 ? 'male' : 'female';
  return { ok: true, value, birthDate, gender };
}

export function idNumberMessageKey(problem: IdNumberProblem): IdNumberMessageKey {
  return `validation.idNumber.${problem}`;
}

function maskMiddle(value: string, keepHead: number, keepTail: number): string {
  if (value.length <= keepHead + keepTail) return '*'.repeat(value.length);
  return value.slice(0, keepHead) + '*'.repeat(value.length - keepHead - keepTail) + value.slice(-keepTail);
}

/**
 * For lists and printouts: a resident ID keeps its first 3 and last 4 characters ("110***********123X"),
 * enough to tell two people apart without exposing the birth date. Other documents (passports, permits)
 * keep their first character and last 2.
 */
export function maskIdNumber(value: string): string {
  const v = normalizeIdNumber(value);
  return v.length === ID_LENGTH ? maskMiddle(v, 3, 4) : maskMiddle(v, 1, 2);
}

const TAIL_FORMAT = /^\d*[\dX]$/;

/** "Search by the last digits of the ID number": `digits` may end in x or X, as the check character can. */
export function idNumberMatchesTail(value: string, digits: string): boolean {
  const tail = normalizeIdNumber(digits);
  if (!TAIL_FORMAT.test(tail)) return false;
  return normalizeIdNumber(value).endsWith(tail);
}
