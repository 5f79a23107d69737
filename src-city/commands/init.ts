import { z } from 'zod';
import { stationSetupProfileSchema } from '../../src-renderer/domain/stationSetupFile';
import { serviceFieldEntries, toCouchDoc } from '../catalogSeed';
import { type CouchClient, dbPath, docPath, query } from '../couch/client';
import { ensureDatabase, ensureDocument, ensureSecurity, type Security } from '../couch/ensure';
import { compact } from '../couch/history';
import { allDocsWithDocsSchema, writeResultSchema } from '../couch/responses';
import { serverKind } from '../couch/serverKind';
import { catalogDesignDoc } from '../design/catalogDesign';
import { rollupDesignDoc } from '../design/rollupDesign';
import { CATALOG_DB, CATALOG_DESIGN_ID, CITY_VIEWER_ROLE, REPLICATOR_DB, REPLICATOR_ROLE, ROLLUP_DB, ROLLUP_DESIGN_ID, STATION_ROLE, STATION_USER_DOC_RANGE, USERS_DB, stationNames } from '../layout';
import { ensurePersonKey } from '../personKey';
import { ensureAppUpdates } from '../updates/appUpdatesDb';
import { type Change, requireServerAdmin } from './accounts';
import { ensureRegistry, registerStation, stationsOnRecord, type UntrustedReason } from './registry';
import { ensureReplicatorAccount } from './replicatorAccount';
import { ensureCountyRollups } from './countyRollup';
import { cleanRollup } from './rollupCleanup';
import { ensureStationServerSide, rollupReplication, type ReplicationSettings } from './stationServerSide';

/** Every station account may read the catalog; only server admins write it (its validate function says so). */
export const CATALOG_SECURITY: Security = {
  admins: { names: [], roles: [] },
  members: { names: [], roles: [STATION_ROLE] },
};

/**
 * The roll-up holds no personal data (rollupContent.ts), but it is still the city's: its members are the
 * replication account (which writes it) and server admins; stations never read it.
 */
export const ROLLUP_SECURITY: Security = {
  admins: { names: [], roles: [] },
  // City dashboard users read it; its validation lets only the replication account and admins write.
  members: { names: [], roles: [REPLICATOR_ROLE, CITY_VIEWER_ROLE] },
};

export interface InitOptions {
  /**
   * `--adopt-existing`: put into the registry every `_users` account that an earlier version of this CLI
   * made (the station role, and the station's details on the account). Without it such accounts are listed
   * as not registered and left alone; the administrator decides.
   */
  adoptExisting?: boolean;
}

export const UNTRUSTED_NOTES: Record<UntrustedReason, string> = {
  notRegistered: 'not in the station registry, so not a station (an earlier set-up? see --adopt-existing) / 未登记，不是站点',
  noStationRole: 'its account lacks the station role / 账号没有 station 角色',
  noAccount: 'registered, but its account is missing / 已登记但账号不存在',
};

const legacyAccountSchema = z.looseObject({ roles: z.array(z.string()), stationLedger: stationSetupProfileSchema });
const anyDoc = z.looseObject({ _id: z.string() });

/** Accounts an earlier version made (they carry `stationLedger`), registered when the administrator asks for it. */
async function adoptExisting(client: CouchClient): Promise<Change[]> {
  const answer = await client.get(dbPath(USERS_DB, `/_all_docs${query({ include_docs: true, ...STATION_USER_DOC_RANGE })}`), allDocsWithDocsSchema(anyDoc));
  const changes: Change[] = [];
  for (const row of answer.rows) {
    const legacy = legacyAccountSchema.safeParse(row.doc);
    if (!legacy.success || !legacy.data.roles.includes(STATION_ROLE)) continue;
    const profile = legacy.data.stationLedger;
    const names = stationNames(profile.code);
    if (row.doc?._id !== names.userDocId) continue;
    const outcome = await registerStation(client, profile, names);
    changes.push({ what: `registry ${profile.code}`, outcome, ...(outcome === 'unchanged' ? {} : { note: 'adopted / 已登记' }) });
  }
  return changes;
}

const jobIdsSchema = z.looseObject({ rows: z.array(z.looseObject({ id: z.string(), value: z.looseObject({ rev: z.string() }) })) });

/** Roll-up jobs of anything the city does not trust (made by an earlier set-up, with the admin's password). */
async function removeStrayJobs(client: CouchClient, keep: ReadonlySet<string>): Promise<Change[]> {
  const range = { startkey: 'rollup-', endkey: 'rollup-\ufff0' };
  const jobs = await client.get(dbPath(REPLICATOR_DB, `/_all_docs${query(range)}`), jobIdsSchema);
  const changes: Change[] = [];
  for (const job of jobs.rows) {
    if (keep.has(job.id)) continue;
    await client.request('DELETE', `${docPath(REPLICATOR_DB, job.id)}${query({ rev: job.value.rev })}`, writeResultSchema);
    changes.push({ what: `${REPLICATOR_DB}/${job.id}`, outcome: 'deleted', note: 'not a trusted station / 不是登记在册的站点' });
  }
  return changes;
}

/**
 * Creates or brings up to date everything the city needs: the system databases (a fresh single-node
 * CouchDB 3 may lack them), the registry with its secrets and the replication account, the catalog with
 * the ten service fields, the roll-up with its views and validation — cleaned of anything an earlier
 * set-up copied there — and, for every trusted station, its security, design document and roll-up job (so
 * running init after an app upgrade installs the new validation). Writes nothing that is already as wanted.
 */
export async function initCity(client: CouchClient, replication: ReplicationSettings, options: InitOptions = {}): Promise<Change[]> {
  await requireServerAdmin(client);
  const changes: Change[] = [];
  for (const db of [USERS_DB, REPLICATOR_DB]) {
    changes.push({ what: `database ${db}`, outcome: await ensureDatabase(client, db) });
  }
  changes.push(...(await ensureRegistry(client)));
  changes.push({ what: 'registry person key', outcome: (await ensurePersonKey(client)).outcome });
  changes.push({ what: `${USERS_DB} replication account`, outcome: (await ensureReplicatorAccount(client)).outcome });

  changes.push({ what: `database ${CATALOG_DB}`, outcome: await ensureDatabase(client, CATALOG_DB) });
  changes.push({ what: `${CATALOG_DB}/_security`, outcome: await ensureSecurity(client, CATALOG_DB, CATALOG_SECURITY) });
  changes.push({ what: `${CATALOG_DB}/${CATALOG_DESIGN_ID}`, outcome: await ensureDocument(client, CATALOG_DB, catalogDesignDoc()) });
  for (const entry of serviceFieldEntries()) {
    changes.push({ what: `${CATALOG_DB}/${entry.id}`, outcome: await ensureDocument(client, CATALOG_DB, toCouchDoc(entry)) });
  }

  changes.push({ what: `database ${ROLLUP_DB}`, outcome: await ensureDatabase(client, ROLLUP_DB) });
  changes.push({ what: `${ROLLUP_DB}/_security`, outcome: await ensureSecurity(client, ROLLUP_DB, ROLLUP_SECURITY) });
  changes.push({ what: `${ROLLUP_DB}/${ROLLUP_DESIGN_ID}`, outcome: await ensureDocument(client, ROLLUP_DB, rollupDesignDoc()) });
  changes.push(...(await cleanRollup(client)));
  changes.push(...(await ensureAppUpdates(client)));

  if (options.adoptExisting === true) changes.push(...(await adoptExisting(client)));
  const settings = await rollupReplication(client, replication);
  const { trusted, untrusted } = await stationsOnRecord(client);
  const jobChanges: Change[] = [];
  for (const station of trusted) {
    for (const change of await ensureStationServerSide(client, station.names, settings)) {
      (change.what.startsWith(`${REPLICATOR_DB}/`) ? jobChanges : changes).push(change);
    }
  }
  jobChanges.push(...(await removeStrayJobs(client, new Set(trusted.map((s) => s.names.replicationId)))));
  changes.push(...jobChanges);
  // An older job document's revisions still hold what it carried (the admin's password) until compaction.
  if (jobChanges.some((c) => c.outcome !== 'unchanged' && c.outcome !== 'created') && (await serverKind(client)) === 'couchdb') {
    await compact(client, REPLICATOR_DB);
  }
  // Counties with dashboard users: their roll-ups follow the registry (a station added, or no longer trusted).
  changes.push(...(await ensureCountyRollups(client, replication)));
  for (const station of untrusted) {
    changes.push({ what: `station ${station.name}`, outcome: 'ignored', note: UNTRUSTED_NOTES[station.reason] });
  }
  return changes;
}
