import { type CouchClient, type CouchCredentials, basicAuthHeader, docPath } from '../couch/client';
import { type CouchDocument, ensureDatabase, ensureDocument, ensureSecurity, type Outcome, type Security } from '../couch/ensure';
import { storedDocSchema, writeResultSchema } from '../couch/responses';
import { sameJson } from '../couch/sameJson';
import { serverKind, type ServerKind } from '../couch/serverKind';
import { rollupSelector } from '../design/rollupContent';
import { stationDesignDoc } from '../design/stationDesign';
import { REPLICATOR_DB, REPLICATOR_ROLE, ROLLUP_DB, ROLLUP_FILTER, STATION_DESIGN_ID, type StationNames } from '../layout';
import type { Change } from './accounts';
import { readReplicatorCredentials } from './replicatorAccount';

/**
 * Members: the station's own account, and the roll-up's replication account (which reads; the database's
 * validation lets only the station write). No database admins: server admins only.
 */
export function stationSecurity(names: StationNames): Security {
  return { admins: { names: [], roles: [] }, members: { names: [names.username], roles: [REPLICATOR_ROLE] } };
}

export interface ReplicationSettings {
  /** How the CouchDB server reaches itself, e.g. http://127.0.0.1:5984 (CouchDB 3 needs full URLs). */
  replicateUrl: string;
}

/** What every roll-up job needs, read once per command. */
export interface RollupReplication {
  replicateUrl: string;
  /** The replication account (replicatorAccount.ts), never the admin. */
  credentials: CouchCredentials;
  kind: ServerKind;
}

export async function rollupReplication(client: CouchClient, settings: ReplicationSettings): Promise<RollupReplication> {
  return { replicateUrl: settings.replicateUrl, credentials: await readReplicatorCredentials(client), kind: await serverKind(client) };
}

/**
 * A continuous `_replicator` job from the station's database into the roll-up, as the replication account,
 * taking only the roll-up's record types (rollupContent.ts): a Mango selector on CouchDB, the same rule as a
 * JavaScript filter on pouchdb-server. The credentials travel in `headers.Authorization`, which CouchDB 3.x
 * and pouchdb-server's replicator both read; `_replicator` is readable by server admins only.
 */
export function replicationDoc(names: StationNames, replication: RollupReplication, target: string = ROLLUP_DB): CouchDocument {
  const base = replication.replicateUrl.replace(/\/+$/, '');
  const headers = { Authorization: basicAuthHeader(replication.credentials) };
  return {
    _id: names.replicationId,
    source: { url: `${base}/${encodeURIComponent(names.database)}`, headers },
    target: { url: `${base}/${encodeURIComponent(target)}`, headers },
    continuous: true,
    ...(replication.kind === 'couchdb' ? { selector: rollupSelector() } : { filter: ROLLUP_FILTER }),
  };
}

/**
 * The replicator adds its own bookkeeping fields to the job document (pouchdb-server) or keeps state
 * elsewhere (CouchDB 3), so only the fields we set are compared; a field we no longer set (the filter of
 * an older set-up) makes the document differ too.
 */
const OURS_ONCE = ['source', 'target', 'continuous', 'selector', 'filter'];

export async function ensureReplication(client: CouchClient, doc: CouchDocument): Promise<Outcome> {
  const existing = await client.getOrNull(docPath(REPLICATOR_DB, doc._id), storedDocSchema);
  if (existing === null) {
    await client.put(docPath(REPLICATOR_DB, doc._id), doc, writeResultSchema);
    return 'created';
  }
  const same = OURS_ONCE.every((key) => sameJson(existing[key], doc[key]));
  if (same) return 'unchanged';
  await client.put(docPath(REPLICATOR_DB, doc._id), { ...doc, _rev: existing._rev }, writeResultSchema);
  return 'updated';
}

/** The station's database, its `_security`, design document and roll-up job, each written only if different. */
export async function ensureStationServerSide(client: CouchClient, names: StationNames, replication: RollupReplication): Promise<Change[]> {
  const db = names.database;
  return [
    { what: `database ${db}`, outcome: await ensureDatabase(client, db) },
    { what: `${db}/_security`, outcome: await ensureSecurity(client, db, stationSecurity(names)) },
    { what: `${db}/${STATION_DESIGN_ID}`, outcome: await ensureDocument(client, db, stationDesignDoc(names)) },
    { what: `${REPLICATOR_DB}/${names.replicationId}`, outcome: await ensureReplication(client, replicationDoc(names, replication)) },
  ];
}
