/**
 * The rule of a hybrid logical clock, in milliseconds since the epoch: a PC stamps a write with its wall
 * clock unless that is not after the highest stamp it has already written or received, in which case the
 * stamp is one millisecond after that. So an edit made after a PC saw a version always sorts after that
 * version, however wrong the PC's clock is; and with right clocks the stamps are just the time.
 */

/** The last millisecond an ISO stamp can name with a four-digit year (what the document schemas accept). */
export const LAST_STAMP_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** A stamp's time in ms, or null when it is not a time a document could carry. */
export function stampMs(stamp: unknown): number | null {
  if (typeof stamp !== 'string') return null;
  const ms = Date.parse(stamp);
  return Number.isFinite(ms) && ms >= 0 && ms <= LAST_STAMP_MS ? ms : null;
}

/**
 * The stamp of the next write: `wallMs` when it is after `highestMs`, otherwise `highestMs + 1`. A wall
 * clock that cannot be read (NaN) counts as behind. Past the last representable millisecond stamps stay
 * there; the device id then breaks ties (conflicts/winner.ts).
 */
export function nextStamp(wallMs: number, highestMs: number): number {
  const wall = Number.isFinite(wallMs) ? Math.min(Math.max(0, Math.floor(wallMs)), LAST_STAMP_MS) : -1;
  if (wall >= 0 && wall > highestMs) return wall;
  return Math.min(Math.max(highestMs, -1) + 1, LAST_STAMP_MS);
}
