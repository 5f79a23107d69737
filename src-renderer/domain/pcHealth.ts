import { z } from 'zod';

/**
 * Each PC's sync health, as the city reads it (`npm run city -- health`): one small record per PC in the
 * station's database, rewritten after a sync run when something the city cares about changed, and at
 * least every PC_HEALTH_REFRESH_MS while the PC syncs.
 *
 * It is a CouchDB `_local` document, on purpose:
 * - `_local` documents are not in the change feed, so a PC writing its health neither wakes the station's
 *   other PCs nor replicates into the city's roll-up (2,445 stations × every PC × every run would);
 * - they are not records of the ledger: no PC pulls them, no wire version, no conflict copies;
 * - validate_doc_update does not run on them, so the city reads them as untrusted input (the CLI parses
 *   each with this schema and shows what does not parse as unreadable); CouchDB's max_document_size
 *   still bounds them. Nothing the city's figures are made of comes from here.
 *
 * Times are the server's (the PC's clock corrected by the offset its answers' `Date` showed), so a PC
 * whose clock is wrong still reports when it really synced; `clockOffsetMs` null means the offset was
 * not known and the times are the PC's own. No personal data: counts, an error's message key, versions.
 */
export const PC_HEALTH_FORMAT = 1;
/** `_local/pc-health-<deviceId>`: the city lists a station's PCs by this prefix (`_local_docs`). */
export const PC_HEALTH_NAME_PREFIX = 'pc-health-';
export const PC_HEALTH_PREFIX = `_local/${PC_HEALTH_NAME_PREFIX}`;
/** A PC that syncs rewrites its record at least this often, so its "last synced" is never staler. */
export const PC_HEALTH_REFRESH_MS = 30 * 60 * 1000; // 30 minutes

const DEVICE_ID_MAX = 64;

export const pcHealthSchema = z.object({
  format: z.literal(PC_HEALTH_FORMAT),
  stationId: z.string().max(40),
  deviceId: z.string().min(1).max(DEVICE_ID_MAX),
  appVersion: z.string().max(40),
  /** When this record was written (server time, ISO). */
  reportedAt: z.iso.datetime(),
  /** The last run that finished without an error (server time, ISO); null if none has yet on this PC. */
  lastSuccessAt: z.iso.datetime().nullable(),
  /** The last run's first error as its message key (`sync.errors.*`), '' when it succeeded. */
  lastErrorKey: z.string().max(80),
  /** Records changed on this PC that the server does not have yet. */
  pending: z.number().int().min(0),
  /** Records the server refused, waiting on this PC for the keeper. */
  refused: z.number().int().min(0),
  /** Records on the server this PC cannot read (a newer app's, or damaged). */
  unreadable: z.number().int().min(0),
  /** The server's clock minus this PC's, in ms; null when unknown. */
  clockOffsetMs: z.number().int().nullable(),
});
export type PcHealth = z.infer<typeof pcHealthSchema>;

/** The record's name below `_local/`. */
export function pcHealthName(deviceId: string): string {
  return `${PC_HEALTH_NAME_PREFIX}${deviceId.slice(0, DEVICE_ID_MAX)}`;
}

export interface PcHealthInput {
  stationId: string;
  deviceId: string;
  appVersion: string;
  /** This PC's clock (Date.now()) when the record is made. */
  localNowMs: number;
  clockOffsetMs: number | null;
  /** The last successful run's end, as the server's time in ms; null if none this session. */
  lastSuccessServerMs: number | null;
  /** What the server already holds for this PC: its last success is kept when this session has none yet. */
  previous: PcHealth | null;
  lastErrorKey: string;
  pending: number;
  refused: number;
  unreadable: number;
}

/** The server's time for a moment of this PC's clock, as far as the PC knows it. */
export function serverTimeMs(localMs: number, clockOffsetMs: number | null): number {
  return localMs + (clockOffsetMs ?? 0);
}

export function buildPcHealth(input: PcHealthInput): PcHealth {
  const offset = input.clockOffsetMs === null ? null : Math.round(input.clockOffsetMs);
  const lastSuccessAt = input.lastSuccessServerMs === null ? (input.previous?.lastSuccessAt ?? null) : new Date(input.lastSuccessServerMs).toISOString();
  return {
    format: PC_HEALTH_FORMAT,
    stationId: input.stationId,
    deviceId: input.deviceId.slice(0, DEVICE_ID_MAX),
    appVersion: input.appVersion.slice(0, 40),
    reportedAt: new Date(serverTimeMs(input.localNowMs, offset)).toISOString(),
    lastSuccessAt,
    lastErrorKey: input.lastErrorKey.slice(0, 80),
    pending: Math.max(0, Math.floor(input.pending)),
    refused: Math.max(0, Math.floor(input.refused)),
    unreadable: Math.max(0, Math.floor(input.unreadable)),
    clockOffsetMs: offset,
  };
}

/** What makes a new record worth writing before the refresh is due: the city should see these at once. */
function signature(health: PcHealth): string {
  return JSON.stringify([health.appVersion, health.lastErrorKey, health.pending > 0, health.refused, health.unreadable, health.stationId]);
}

/**
 * Whether to write `next`, given the last record this session wrote and how long ago by this PC's clock
 * (an interval only: a clock set wrong makes a record early or late, never wrong).
 */
export function shouldReport(last: PcHealth | null, next: PcHealth, elapsedMs: number): boolean {
  if (last === null) return true;
  if (signature(last) !== signature(next)) return true;
  return elapsedMs >= PC_HEALTH_REFRESH_MS || elapsedMs < 0;
}
