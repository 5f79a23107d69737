/**
 * Two PCs of one station that issue certificates while offline each take the next sequence they can see,
 * so both may print the same number. Sync then brings both into the register. Nothing is renumbered (the
 * numbers are already on paper): the register points them out so the keeper revokes one and issues it again.
 */

export interface NumberedCertificate {
  id: string;
  number: string;
  /** '' while valid. */
  revokedAt: string;
  /** RxDB's soft-delete flag, when the caller passes raw documents. */
  _deleted?: boolean;
}

export interface SharedNumber {
  /** The number as the register keeps it. */
  number: string;
  /** The other certificates carrying the same number. */
  otherIds: string[];
  /**
   * At most one certificate with this number is still valid: the keeper has revoked the others, and a
   * printed one is told apart by its own verification code, so nothing more needs doing.
   */
  resolved: boolean;
}

/** Numbers are typed off paper in any case and with stray spaces; they compare as the register stores them. */
export function normalizeCertificateNumber(number: string): string {
  return number.trim().toUpperCase();
}

/** Each certificate whose number another (non-deleted) certificate also carries, by id. */
export function findSharedNumbers(certificates: Iterable<NumberedCertificate>): Map<string, SharedNumber> {
  const byNumber = new Map<string, NumberedCertificate[]>();
  for (const c of certificates) {
    if (c._deleted === true) continue;
    const key = normalizeCertificateNumber(c.number);
    const group = byNumber.get(key);
    if (group) group.push(c);
    else byNumber.set(key, [c]);
  }

  const shared = new Map<string, SharedNumber>();
  for (const [number, group] of byNumber) {
    if (group.length < 2) continue;
    const resolved = group.filter((c) => c.revokedAt === '').length <= 1;
    for (const c of group) {
      shared.set(c.id, { number, otherIds: group.filter((o) => o.id !== c.id).map((o) => o.id), resolved });
    }
  }
  return shared;
}

/** The numbers that still name two or more valid certificates, sorted: what the register asks the keeper to fix. */
export function unresolvedSharedNumbers(shared: ReadonlyMap<string, SharedNumber>): string[] {
  const numbers = new Set<string>();
  for (const s of shared.values()) if (!s.resolved) numbers.add(s.number);
  return [...numbers].sort();
}
