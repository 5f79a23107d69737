/** Sequences are printed with at least this many digits: JN-LX-001-2024-0007. */
export const SEQUENCE_DIGITS = 4;

export interface CertificateNumberParts {
  stationCode: string;
  year: number;
  sequence: number;
}

/** Station code + year + sequence, e.g. JN-LX-001-2024-0007; beyond 9999 the sequence simply grows a digit. */
export function formatCertificateNumber(stationCode: string, year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError('Expected a four-digit year');
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError('Expected a sequence of 1 or more');
  return `${stationCode}-${year}-${String(sequence).padStart(SEQUENCE_DIGITS, '0')}`;
}

const NUMBER = /^(.+)-(\d{4})-(\d{4,})$/;

/** The parts of a certificate number; the station code may itself contain hyphens. Null if it is not one. */
export function parseCertificateNumber(text: string): CertificateNumberParts | null {
  const m = NUMBER.exec(text.trim().toUpperCase());
  if (!m?.[1] || !m[2] || !m[3]) return null;
  const sequence = Number(m[3]);
  if (sequence < 1) return null;
  return { stationCode: m[1], year: Number(m[2]), sequence };
}

/**
 * The next sequence of `year` in a station's register: one more than the highest issued that year, or 1
 * for the first certificate of a year. Gaps are never filled: a number once printed (even on a certificate
 * later revoked) must not name a second document, so the register keeps every certificate and numbering
 * only moves forward.
 */
export function nextCertificateSequence(register: Iterable<{ year: number; sequence: number }>, year: number): number {
  let highest = 0;
  for (const c of register) if (c.year === year && c.sequence > highest) highest = c.sequence;
  return highest + 1;
}
