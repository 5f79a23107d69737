import type { CertificateDoc } from '../../domain/entities/certificate';
import { matchesVolunteerQuery, pinyinKeys } from '../../domain/pinyin';

export type CertificateRow = CertificateDoc & { namePinyin: string; nameInitials: string };

/** Register rows with the pinyin keys of the name the certificate was issued to, for the search box. */
export function certificateRows(certificates: readonly CertificateDoc[]): CertificateRow[] {
  return certificates.map((c) => {
    const keys = pinyinKeys(c.volunteerName);
    return { ...c, namePinyin: keys.full, nameInitials: keys.initials };
  });
}

/**
 * The register's search box: a certificate number (or part of it, e.g. "2024-0007"), or the volunteer as
 * the volunteer list searches them (name, pinyin, initials, the ID number's tail). Phones are not kept
 * on certificates.
 */
export function matchesCertificateQuery(row: CertificateRow, query: string): boolean {
  const q = query.trim();
  if (q === '') return true;
  if (row.number.toUpperCase().includes(q.toUpperCase())) return true;
  return matchesVolunteerQuery({ name: row.volunteerName, namePinyin: row.namePinyin, nameInitials: row.nameInitials, phone: '', idNumber: row.idNumber }, q);
}
