import { z } from 'zod';
import { pcHealthSchema, type PcHealth } from './pcHealth';

/**
 * A station's sync health as the city reads it: the `health:<code>` record `rollup refresh` keeps in the
 * roll-up from the records the station's PCs write (pcHealth.ts), and the one rule that says which
 * stations stand out. The city CLI (`health`) and the city's dashboard both use this, so they agree.
 * No personal data: PC ids are random, the rest are counts, versions, message keys and times.
 */
export const HEALTH_PREFIX = 'health:';
export const HEALTH_FORMAT = 1;

export const stationHealthDocSchema = z.object({
  _id: z.string().startsWith(HEALTH_PREFIX),
  format: z.literal(HEALTH_FORMAT),
  stationId: z.string(),
  /** Each PC's last report, as it wrote it. */
  pcs: z.array(pcHealthSchema),
  /** Reports that could not be read (a newer app's, or damaged). */
  unreadableReports: z.number().int().min(0),
  /** The station database holds records (so "no reports" is an older app, not a station never connected). */
  hasRecords: z.boolean(),
  /** The station's roll-up job as the server reported it. */
  replication: z.string(),
});
export type StationHealthDoc = z.infer<typeof stationHealthDocSchema>;

export function healthId(code: string): string {
  return `${HEALTH_PREFIX}${code}`;
}

export const SILENT_WARN_DAYS = 7;
export const SILENT_ALERT_DAYS = 30;
/** A PC clock off by more than this is worth telling the station about (the app warns the keeper too). */
export const CLOCK_WARN_MS = 10 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * - `ok`: a PC synced successfully within SILENT_WARN_DAYS;
 * - `silent7` / `silent30`: the newest success is that old;
 * - `failing`: PCs report, but none has ever synced successfully (e.g. every run refused);
 * - `noReport`: the database holds records but no PC has reported (an app from before health records);
 * - `never`: no records and no reports: the station has never connected.
 */
export type HealthState = 'ok' | 'silent7' | 'silent30' | 'failing' | 'noReport' | 'never';

export function healthState(pcs: readonly PcHealth[], hasRecords: boolean, silentDays: number | null): HealthState {
  if (pcs.length === 0) return hasRecords ? 'noReport' : 'never';
  if (silentDays === null) return 'failing';
  if (silentDays >= SILENT_ALERT_DAYS) return 'silent30';
  if (silentDays >= SILENT_WARN_DAYS) return 'silent7';
  return 'ok';
}

/** The newest successful sync of any of the station's PCs (server time, ISO), or null. */
export function lastSuccessOf(pcs: readonly PcHealth[]): string | null {
  let best: string | null = null;
  for (const pc of pcs) if (pc.lastSuccessAt !== null && (best === null || Date.parse(pc.lastSuccessAt) > Date.parse(best))) best = pc.lastSuccessAt;
  return best;
}

/**
 * Whole days since `lastSuccessAt`, measured at `nowMs`, which must be the server's time (a response's
 * `Date`), never this PC's clock: silence must not depend on a PC's clock being right.
 */
export function silentDaysOf(lastSuccessAt: string | null, nowMs: number): number | null {
  return lastSuccessAt === null ? null : Math.max(0, Math.floor((nowMs - Date.parse(lastSuccessAt)) / DAY_MS));
}
