import { deepEqual } from 'rxdb/plugins/utils';
import { stampMs } from '../../domain/clock/hybridClock';

/** A document version as replication sees it: our fields plus `_deleted`, maybe RxDB's bookkeeping. */
export type Version = Record<string, unknown> & { _deleted: boolean };

/** RxDB's bookkeeping on a stored document; not part of what the keeper wrote. */
const BOOKKEEPING = new Set(['_meta', '_rev', '_attachments']);

export function contentOf(version: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(version)) {
    if (!BOOKKEEPING.has(key)) out[key] = value;
  }
  return out;
}

/** Same content, same deleted state; revision and local metadata do not count. */
export function sameContent(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return deepEqual(contentOf(a), contentOf(b));
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => ordinal(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The content as a string that does not depend on key order; for stable ids and the last tie-break. */
export function canonicalContent(version: Record<string, unknown>): string {
  return canonical(contentOf(version));
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Code-unit order: ISO times and ids compare correctly, and no locale can reorder them. */
function ordinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders two `updatedAt` stamps by the time they name, so stamps written in other ISO forms (without
 * milliseconds, with more digits) still compare as times; a stamp that is not a time sorts first, and two
 * such compare as text.
 */
function byStamp(a: unknown, b: unknown): number {
  const [msA, msB] = [stampMs(a), stampMs(b)];
  if (msA !== null && msB !== null) return Math.sign(msA - msB);
  if (msA !== null || msB !== null) return msA === null ? -1 : 1;
  return ordinal(text(a), text(b));
}

/**
 * > 0 when `a` should win over `b`. The order is total and does not depend on which side is local, so
 * every PC and the server end with the same winner:
 * 1. a version that still exists beats a deletion (nothing is lost; the deletion is kept for review),
 * 2. for the conflict register itself, a reviewed entry beats an open one,
 * 3. the later `updatedAt`. It is a hybrid logical stamp (clock/writeClock.ts), not the bare PC time: an
 *    edit made after its PC saw the other version is the later one even if that PC's clock is a year
 *    behind,
 * 4. then `updatedBy` (the PC id) as a tie-break,
 * 5. then the content itself, so even identical stamps give one answer.
 */
export function compareVersions(a: Version, b: Version): number {
  if (a._deleted !== b._deleted) return a._deleted ? -1 : 1;
  if (typeof a.resolved === 'boolean' && typeof b.resolved === 'boolean' && a.resolved !== b.resolved) {
    return a.resolved ? 1 : -1;
  }
  const byTime = byStamp(a.updatedAt, b.updatedAt);
  if (byTime !== 0) return byTime;
  const byDevice = ordinal(text(a.updatedBy), text(b.updatedBy));
  if (byDevice !== 0) return byDevice;
  return ordinal(canonicalContent(a), canonicalContent(b));
}

export function pickWinner<T extends Version>(a: T, b: T): { winner: T; loser: T } {
  return compareVersions(a, b) >= 0 ? { winner: a, loser: b } : { winner: b, loser: a };
}
