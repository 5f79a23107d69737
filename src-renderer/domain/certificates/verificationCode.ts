import { normalizeIdNumber } from '../idNumber';
import { toHalfHourUnits } from '../hours';

/** Crockford's base32: no I, L, O or U, so a code read off paper cannot be mistyped into another letter. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const VERIFICATION_CODE_LENGTH = 8;

/** What the code vouches for: change any of these on a printed certificate and its code no longer matches. */
export interface VerifiedFacts {
  number: string;
  idNumber: string;
  hours: number;
  periodFrom: string;
  periodTo: string;
}

/**
 * The exact text that is hashed. Hours are written in half-hour units so 12, 12.0 and 11.9999 (float noise)
 * all give the same code; the ID number is normalised (spaces, full-width digits, lower-case x).
 */
export function verificationPayload(f: VerifiedFacts): string {
  return ['v1', f.number.trim().toUpperCase(), normalizeIdNumber(f.idNumber), String(toHalfHourUnits(f.hours)), f.periodFrom, f.periodTo].join('|');
}

/** The first 40 bits of `bytes` as 8 base32 characters. */
export function toBase32Code(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < VERIFICATION_CODE_LENGTH) {
      out += ALPHABET.charAt((buffer >>> (bits - 5)) & 31);
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
    if (out.length === VERIFICATION_CODE_LENGTH) break;
  }
  return out;
}

/**
 * The short code printed on a certificate: SHA-256 of verificationPayload(), first 40 bits in base32.
 * It is deterministic, so the city recomputes it from its copy of the register. What it detects: a
 * printed certificate whose hours, period, number or ID number were changed after issue (the code no longer
 * matches the register, nor the printed values). What it does not do: it is not a signature. Anyone who
 * knows this rule can compute a code for invented values, so the register, not the code, is the authority:
 * a number that is not in the register, or whose register entry differs from the paper, is not genuine.
 */
export async function computeVerificationCode(facts: VerifiedFacts): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verificationPayload(facts)));
  return toBase32Code(new Uint8Array(digest));
}

/** What someone typed, as a code: no spaces or hyphens, upper case, and O→0, I/L→1 as Crockford reads them. */
export function normalizeVerificationCode(input: string): string {
  return input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** Printed in two groups of four ("7K3M-Q2XD"), which people copy without losing their place. */
export function formatVerificationCode(code: string): string {
  return code.length === VERIFICATION_CODE_LENGTH ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}
