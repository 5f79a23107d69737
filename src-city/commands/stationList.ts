import { z } from 'zod';
import { type CouchClient, docPath, query } from '../couch/client';
import { storedDocSchema, viewSchema } from '../couch/responses';
import { REPLICATOR_DB, STATION_DESIGN_ID } from '../layout';
import { formatTable } from '../table';
import { requireServerAdmin } from './accounts';
import { stationsOnRecord, type UntrustedStation } from './registry';

export interface StationRow {
  code: string;
  name: string;
  county: string;
  database: string;
  /** Live records (design documents and deletions not counted); null when the database is missing. */
  docCount: number | null;
  /** The newest `updatedAt` among the records, or null when there are none. */
  lastUpdate: string | null;
  /** The roll-up job's state as the server reports it, or 'missing'. */
  replication: string;
}

const updatedView = viewSchema(z.string(), z.null());
const schedulerDoc = z.looseObject({ state: z.string().nullable().optional() });

export async function recordFigures(client: CouchClient, database: string): Promise<Pick<StationRow, 'docCount' | 'lastUpdate'>> {
  const path = `${docPath(database, STATION_DESIGN_ID)}/_view/updated${query({ descending: true, limit: 1 })}`;
  const view = await client.getOrNull(path, updatedView);
  if (view === null) return { docCount: null, lastUpdate: null };
  const newest = view.rows[0]?.key;
  return { docCount: view.total_rows ?? view.rows.length, lastUpdate: newest === undefined || newest === '' ? null : newest };
}

/** CouchDB 3 reports job state under /_scheduler; pouchdb-server writes it into the job document. */
export async function replicationState(client: CouchClient, replicationId: string): Promise<string> {
  const scheduled = await client.request('GET', `/_scheduler/docs/${REPLICATOR_DB}/${encodeURIComponent(replicationId)}`, schedulerDoc, {
    nullOn: [400, 404],
  });
  if (scheduled?.state) return scheduled.state;
  const doc = await client.getOrNull(docPath(REPLICATOR_DB, replicationId), storedDocSchema);
  if (doc === null) return 'missing';
  const state = doc._replication_state;
  return typeof state === 'string' ? state : 'unknown';
}

/**
 * The stations the city trusts (registered, with the station role), with their figures; and what looks like
 * a station but is not one, for the administrator to look into.
 */
export async function listStations(client: CouchClient): Promise<{ rows: StationRow[]; untrusted: UntrustedStation[] }> {
  await requireServerAdmin(client);
  const { trusted, untrusted } = await stationsOnRecord(client);
  const rows: StationRow[] = [];
  for (const { entry, names } of trusted) {
    rows.push({
      code: entry.code,
      name: entry.name,
      county: entry.county,
      database: names.database,
      ...(await recordFigures(client, names.database)),
      replication: await replicationState(client, names.replicationId),
    });
  }
  return { rows, untrusted };
}

export function formatStationList(rows: readonly StationRow[]): string {
  return formatTable(
    ['代码 Code', '站点 Station', '区县 County', '数据库 Database', '记录 Records', '最后更新 Last update', '汇总复制 Roll-up'],
    rows.map((r) => [
      r.code,
      r.name,
      r.county,
      r.database,
      r.docCount === null ? '—' : String(r.docCount),
      r.lastUpdate ?? '—',
      r.replication,
    ]),
    ['left', 'left', 'left', 'left', 'right', 'left', 'left'],
  );
}
