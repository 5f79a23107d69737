import { z } from 'zod';
import { basicAuthHeader, type CouchClient, dbPath, docPath, query } from '../couch/client';
import { CityError } from '../couch/errors';
import { type CouchDocument, ensureDatabase, ensureDocument, ensureSecurity, type Security } from '../couch/ensure';
import { allDocsWithDocsSchema, writeResultSchema } from '../couch/responses';
import { rollupDesignDoc } from '../design/rollupDesign';
import { countyNames, type CountyNames, REGISTRY_DB, REPLICATOR_ROLE, ROLLUP_DB, ROLLUP_DESIGN_ID } from '../layout';
import { messages } from '../messages';
import type { Change } from './accounts';
import { stationsOnRecord } from './registry';
import { ensureReplication, rollupReplication, type ReplicationSettings } from './stationServerSide';

/**
 * A county's roll-up, for its dashboard users: the city roll-up's records and summaries of the county's
 * stations only, copied by one continuous job from the city roll-up (not one per station: the city's
 * replicator already runs a job per station, and CouchDB runs `max_jobs` at a time). The job's Mango
 * selector lists the county's station codes; every record and summary carries its stationId, and so does
 * an activity's, team's or project's tombstone (only personal records are deleted bare, and those never
 * reach a roll-up). Counties with a dashboard user are on record in the registry (`county:<key>`), and
 * `init` and `station add` bring each one's station list up to date.
 */
const countyEntrySchema = z.looseObject({ _id: z.string(), county: z.string() });

export function countySecurity(names: CountyNames): Security {
  return { admins: { names: [], roles: [] }, members: { names: [], roles: [names.role, REPLICATOR_ROLE] } };
}

/** The job: from the city roll-up, what the county's stations wrote (and their summaries). */
export function countyReplicationDoc(names: CountyNames, codes: readonly string[], replicateUrl: string, credentials: { username: string; password: string }): CouchDocument {
  const base = replicateUrl.replace(/\/+$/, '');
  const headers = { Authorization: basicAuthHeader(credentials) };
  return {
    _id: names.replicationId,
    source: { url: `${base}/${encodeURIComponent(ROLLUP_DB)}`, headers },
    target: { url: `${base}/${encodeURIComponent(names.database)}`, headers },
    continuous: true,
    // Sorted so that an unchanged county leaves the job document unchanged (no restart).
    selector: { stationId: { $in: [...codes].sort() } },
  };
}

/** The counties that have a roll-up of their own. */
export async function countiesOnRecord(client: CouchClient): Promise<string[]> {
  const range = { include_docs: true, startkey: 'county:', endkey: 'county:\ufff0' };
  const answer = await client.get(dbPath(REGISTRY_DB, `/_all_docs${query(range)}`), allDocsWithDocsSchema(countyEntrySchema));
  return answer.rows.flatMap((row) => (row.doc ? [row.doc.county] : []));
}

/**
 * The county's roll-up database, `_security`, views and job, each written only when different; the county
 * goes on record. Refused on pouchdb-server, whose replicator cannot take a selector.
 */
export async function ensureCountyRollup(client: CouchClient, county: string, settings: ReplicationSettings): Promise<Change[]> {
  const names = countyNames(county);
  const replication = await rollupReplication(client, settings);
  if (replication.kind !== 'couchdb') throw new CityError(messages.countyUnsupported());
  const { trusted } = await stationsOnRecord(client);
  const codes = trusted.filter((s) => s.entry.county.trim() === names.county).map((s) => s.entry.code);
  const db = names.database;
  const changes: Change[] = [
    { what: `database ${db} (${names.county})`, outcome: await ensureDatabase(client, db) },
    { what: `${db}/_security`, outcome: await ensureSecurity(client, db, countySecurity(names)) },
    { what: `${db}/${ROLLUP_DESIGN_ID}`, outcome: await ensureDocument(client, db, rollupDesignDoc()) },
    {
      what: `_replicator/${names.replicationId}`,
      outcome: await ensureReplication(client, countyReplicationDoc(names, codes, replication.replicateUrl, replication.credentials)),
    },
  ];
  const entry = await client.getOrNull(docPath(REGISTRY_DB, names.registryId), countyEntrySchema);
  if (entry === null) {
    await client.put(docPath(REGISTRY_DB, names.registryId), { _id: names.registryId, county: names.county }, writeResultSchema);
    changes.push({ what: `registry ${names.registryId} (${names.county})`, outcome: 'created' });
  }
  return changes;
}

/** Every county roll-up's station list brought up to date (after `station add`, or by `init`). */
export async function ensureCountyRollups(client: CouchClient, settings: ReplicationSettings): Promise<Change[]> {
  const changes: Change[] = [];
  for (const county of await countiesOnRecord(client)) changes.push(...(await ensureCountyRollup(client, county, settings)));
  return changes;
}
