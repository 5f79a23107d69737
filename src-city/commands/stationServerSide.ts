import { type CouchClient, type CouchCredentials, basicAuthHeader, docPath } from '../couch/client';
import { type CouchDocument, ensureDatabase, ensureDocument, ensureSecurity, type Outcome, type Security } from '../couch/ensure';
import { storedDocSchema, writeResultSchema } from '../couch/responses';
import { sameJson } from '../couch/sameJson';
import { stationDesignDoc } from '../design/stationDesign';
import { REPLICATOR_DB, ROLLUP_DB, ROLLUP_FILTER, STATION_DESIGN_ID, type StationNames } from '../layout';
import type { Change } from './accounts';

/** Only the station's own account reads and writes its database; db admins: none (server admins only). */
export function stationSecurity(names: StationNames): Security {
  return { admins: { names: [], roles: [] }, members: { names: [names.username], roles: [] } };
}

export interface ReplicationSettings {
  /** How the CouchDB server reaches itself, e.g. http://127.0.0.1:5984 (CouchDB 3 needs full URLs). */
  replicateUrl: string;
  admin: CouchCredentials;
}

/**
 * A continuous `_replicator` job from the station's database into the roll-up, as the admin. The
 * credentials travel in `headers.Authorization`, which CouchDB 3.x and pouchdb-server's replicator both
 * read; CouchDB 3.x keeps `_replicator` readable by server admins only.
 */
export function replicationDoc(names: StationNames, settings: ReplicationSettings): CouchDocument {
  const base = settings.replicateUrl.replace(/\/+$/, '');
  const headers = { Authorization: basicAuthHeader(settings.admin) };
  return {
    _id: names.replicationId,
    source: { url: `${base}/${encodeURIComponent(names.database)}`, headers },
    target: { url: `${base}/${encodeURIComponent(ROLLUP_DB)}`, headers },
    continuous: true,
    filter: ROLLUP_FILTER,
  };
}

/**
 * The replicator adds its own bookkeeping fields to the job document (pouchdb-server) or keeps state
 * elsewhere (CouchDB 3), so only the fields we set are compared.
 */
export async function ensureReplication(client: CouchClient, doc: CouchDocument): Promise<Outcome> {
  const existing = await client.getOrNull(docPath(REPLICATOR_DB, doc._id), storedDocSchema);
  if (existing === null) {
    await client.put(docPath(REPLICATOR_DB, doc._id), doc, writeResultSchema);
    return 'created';
  }
  const ours = Object.keys(doc);
  const same = ours.every((key) => sameJson(existing[key], doc[key]));
  if (same) return 'unchanged';
  await client.put(docPath(REPLICATOR_DB, doc._id), { ...doc, _rev: existing._rev }, writeResultSchema);
  return 'updated';
}

/** The station's database, its `_security`, design document and roll-up job, each written only if different. */
export async function ensureStationServerSide(
  client: CouchClient,
  names: StationNames,
  replication: ReplicationSettings,
): Promise<Change[]> {
  const db = names.database;
  return [
    { what: `database ${db}`, outcome: await ensureDatabase(client, db) },
    { what: `${db}/_security`, outcome: await ensureSecurity(client, db, stationSecurity(names)) },
    { what: `${db}/${STATION_DESIGN_ID}`, outcome: await ensureDocument(client, db, stationDesignDoc(names)) },
    { what: `${REPLICATOR_DB}/${names.replicationId}`, outcome: await ensureReplication(client, replicationDoc(names, replication)) },
  ];
}
