import { z } from 'zod';
import { PC_HEALTH_PREFIX, pcHealthSchema, type PcHealth } from '../../src-renderer/domain/pcHealth';
import { type CouchClient, dbPath, docPath, query } from '../couch/client';
import { storedDocSchema, writeResultSchema } from '../couch/responses';
import { sameJson } from '../couch/sameJson';
import { ROLLUP_DB } from '../layout';
import { CityError } from '../couch/errors';
import { serverKind } from '../couch/serverKind';
import {
  CLOCK_WARN_MS,
  HEALTH_FORMAT,
  healthId,
  healthState,
  lastSuccessOf,
  SILENT_ALERT_DAYS,
  SILENT_WARN_DAYS,
  silentDaysOf,
  type HealthState,
  type StationHealthDoc,
} from '../../src-renderer/domain/stationHealth';
import { messages } from '../messages';
import { type Change, requireServerAdmin } from './accounts';
import { stationsOnRecord, type TrustedStation } from './registry';
import { recordFigures, replicationState } from './stationList';

/**
 * Sync health, station by station, from the records each PC writes after its sync runs (src-renderer/domain/
 * pcHealth.ts): when each station last synced, on how many PCs, with which app version, what is waiting or
 * refused there, the last error, and how wrong its clocks are; plus the state of its roll-up job.
 *
 * A station stands out when it is silent for SILENT_WARN_DAYS or SILENT_ALERT_DAYS, or has never connected.
 * "Silent" counts from the newest successful sync of any of its PCs, in the server's time (the PCs report
 * server time; the CLI compares with the server's `Date`), so no PC's clock, the administrator's included,
 * decides who is silent.
 */
export { CLOCK_WARN_MS, healthState, SILENT_ALERT_DAYS, SILENT_WARN_DAYS, type HealthState };
/** Stations read at a time: 2,445 stations in a few minutes without crowding the server. */
const PARALLEL = 8;

export interface StationHealth {
  code: string;
  name: string;
  county: string;
  state: HealthState;
  /** Newest successful sync of any of the station's PCs (server time, ISO), or null. */
  lastSuccessAt: string | null;
  /** Whole days since lastSuccessAt by the server's clock; null without one. */
  silentDays: number | null;
  pcs: PcHealth[];
  /** Records of PCs that could not be read (written by a newer app, or damaged). */
  unreadableReports: number;
  /** The newest record's own `updatedAt` (PC clock): a hint for stations without reports. */
  lastRecordAt: string | null;
  replication: string;
}

export interface HealthReport {
  /** The server's time the report was measured against (ISO). */
  at: string;
  stations: StationHealth[];
}

const localDocsSchema = z.object({ rows: z.array(z.object({ id: z.string(), doc: z.unknown().optional() })) });

async function pcReports(client: CouchClient, database: string): Promise<{ pcs: PcHealth[]; unreadable: number }> {
  const range = { include_docs: true, startkey: PC_HEALTH_PREFIX, endkey: `${PC_HEALTH_PREFIX}\ufff0` };
  const answer = await client.getOrNull(dbPath(database, `/_local_docs${query(range)}`), localDocsSchema);
  const pcs: PcHealth[] = [];
  let unreadable = 0;
  for (const row of answer?.rows ?? []) {
    const parsed = pcHealthSchema.safeParse(row.doc);
    if (parsed.success) pcs.push(parsed.data);
    else unreadable += 1;
  }
  pcs.sort((a, b) => (a.deviceId < b.deviceId ? -1 : a.deviceId > b.deviceId ? 1 : 0));
  return { pcs, unreadable };
}

/** What the server says about one station's sync, as the roll-up keeps it (healthDoc.ts). */
export async function readStationHealth(client: CouchClient, station: TrustedStation): Promise<{ doc: StationHealthDoc; lastRecordAt: string | null }> {
  const { names } = station;
  const [{ pcs, unreadable }, figures, replication] = await Promise.all([
    pcReports(client, names.database),
    recordFigures(client, names.database),
    replicationState(client, names.replicationId),
  ]);
  const doc: StationHealthDoc = {
    _id: healthId(station.entry.code),
    format: HEALTH_FORMAT,
    stationId: station.entry.code,
    pcs,
    unreadableReports: unreadable,
    hasRecords: (figures.docCount ?? 0) > 0,
    replication,
  };
  return { doc, lastRecordAt: figures.lastUpdate };
}

async function stationHealth(client: CouchClient, station: TrustedStation, serverNowMs: () => number): Promise<StationHealth> {
  const { entry } = station;
  const { doc, lastRecordAt } = await readStationHealth(client, station);
  return healthOf(entry, doc, lastRecordAt, serverNowMs());
}

/** A station's health from its record (read now, or kept in the roll-up), measured at the server's `nowMs`. */
export function healthOf(entry: { code: string; name: string; county: string }, doc: StationHealthDoc, lastRecordAt: string | null, nowMs: number): StationHealth {
  const { pcs } = doc;
  const lastSuccessAt = lastSuccessOf(pcs);
  const silentDays = silentDaysOf(lastSuccessAt, nowMs);
  return {
    code: entry.code,
    name: entry.name,
    county: entry.county,
    state: healthState(pcs, doc.hasRecords, silentDays),
    lastSuccessAt,
    silentDays,
    pcs,
    unreadableReports: doc.unreadableReports,
    lastRecordAt,
    replication: doc.replication,
  };
}

/** Worst first: never connected, silent 30 days, failing, silent 7 days, no reports, fine. */
const ORDER: readonly HealthState[] = ['never', 'silent30', 'failing', 'silent7', 'noReport', 'ok'];

export async function collectHealth(client: CouchClient): Promise<HealthReport> {
  await requireServerAdmin(client);
  // pouchdb-server has no `_local_docs`: it would answer every station as never connected.
  if ((await serverKind(client)) !== 'couchdb') throw new CityError(messages.healthUnsupported(), 1);
  const { trusted } = await stationsOnRecord(client);
  const serverNowMs = () => client.lastServerDateMs ?? Date.now();
  const stations: StationHealth[] = [];
  for (let i = 0; i < trusted.length; i += PARALLEL) {
    stations.push(...(await Promise.all(trusted.slice(i, i + PARALLEL).map((s) => stationHealth(client, s, serverNowMs)))));
  }
  stations.sort((a, b) => ORDER.indexOf(a.state) - ORDER.indexOf(b.state) || (b.silentDays ?? 0) - (a.silentDays ?? 0) || (a.code < b.code ? -1 : 1));
  return { at: new Date(serverNowMs()).toISOString(), stations };
}

/**
 * Each station's health record in the roll-up brought up to date (`rollup refresh`), written only when it
 * changed, so an unchanged city writes nothing. Not on pouchdb-server, which cannot list `_local` records.
 */
export async function refreshHealthDocs(client: CouchClient, stations: readonly TrustedStation[]): Promise<Change[]> {
  if ((await serverKind(client)) !== 'couchdb') return [];
  const changes: Change[] = [];
  for (let i = 0; i < stations.length; i += PARALLEL) {
    const batch = await Promise.all(
      stations.slice(i, i + PARALLEL).map(async (station): Promise<Change> => {
        const { doc } = await readStationHealth(client, station);
        const path = docPath(ROLLUP_DB, doc._id);
        const stored = await client.getOrNull(path, storedDocSchema);
        if (stored !== null) {
          const { _rev, ...content } = stored;
          if (sameJson(content, doc)) return { what: `${ROLLUP_DB}/${doc._id}`, outcome: 'unchanged' };
          await client.put(path, { ...doc, _rev }, writeResultSchema);
          return { what: `${ROLLUP_DB}/${doc._id}`, outcome: 'updated' };
        }
        await client.put(path, doc, writeResultSchema);
        return { what: `${ROLLUP_DB}/${doc._id}`, outcome: 'created' };
      }),
    );
    changes.push(...batch);
  }
  return changes;
}
