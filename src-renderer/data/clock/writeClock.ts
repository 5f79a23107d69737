import { nextStamp, stampMs } from '../../domain/clock/hybridClock';
import type { LocalDb } from '../local/localDb';

/** The local setting that keeps the highest stamp this PC has written or received, in ms. */
export const CLOCK_HIGH_WATER_KEY = 'clock.highWater';

/**
 * The time every write of this PC is stamped with (`updatedAt`, `createdAt`): a hybrid logical clock over
 * the PC's wall clock (domain/clock/hybridClock.ts). Conflict winners order versions by these stamps, so a
 * PC whose clock was set back (a flat CMOS battery, a manual change) still stamps an edit after every
 * version it had already seen, and does not lose to them. The high-water mark outlives restarts in the
 * local-only database.
 */
export interface WriteClock {
  /** The stamp of a write made now: never before anything this PC has written or received. */
  now(): Date;
  /** Takes note of a stamp written elsewhere (a pulled record, a resolved conflict); anything not a stamp is ignored. */
  observe(stamp: unknown): void;
  /** How far the wall clock is behind the highest stamp seen, in ms (0 when it is not). */
  behindMs(): number;
  /** Resolves when the high-water mark is saved (call before closing the local database). */
  flush(): Promise<void>;
}

function savedMs(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * `wall` is the PC's own clock. `seed` gives the highest stamp already stored when nothing was saved yet
 * (the first run after an upgrade), so even that run stamps after what the PC holds.
 */
export async function openWriteClock(local: LocalDb, wall: () => Date, seed: () => Promise<number | null>): Promise<WriteClock> {
  const saved = savedMs((await local.settings.get(CLOCK_HIGH_WATER_KEY))?.value);
  let highest = saved ?? (await seed()) ?? -1;
  let saving: Promise<void> = Promise.resolve();
  let queued = false;

  /** One save at a time, of the latest value. Another window on the same database may save too: the higher value stays. */
  function save(): void {
    if (queued) return;
    queued = true;
    saving = saving
      .then(() => {
        queued = false;
        const value = highest;
        return local.transaction('rw', local.settings, async () => {
          const stored = savedMs((await local.settings.get(CLOCK_HIGH_WATER_KEY))?.value);
          if (stored === null || stored < value) await local.settings.put({ key: CLOCK_HIGH_WATER_KEY, value });
        });
      })
      .catch((error: unknown) => {
        // Losing it costs little: the next write saves it again, and at worst a restart starts a little lower.
        console.warn('The write clock could not be saved.', error);
      });
  }

  function raise(ms: number): void {
    if (ms <= highest) return;
    highest = ms;
    save();
  }
  if (saved === null && highest >= 0) save();

  return {
    now() {
      const ms = nextStamp(wall().getTime(), highest);
      raise(ms);
      return new Date(ms);
    },
    observe(stamp) {
      const ms = stampMs(stamp);
      if (ms !== null) raise(ms);
    },
    behindMs() {
      const wallMs = wall().getTime();
      return Number.isFinite(wallMs) ? Math.max(0, highest - wallMs) : highest;
    },
    flush: () => saving,
  };
}
