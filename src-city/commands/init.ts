import { serviceFieldEntries, toCouchDoc } from '../catalogSeed';
import type { CouchClient } from '../couch/client';
import { ensureDatabase, ensureDocument, ensureSecurity, type Security } from '../couch/ensure';
import { catalogDesignDoc } from '../design/catalogDesign';
import { rollupDesignDoc } from '../design/rollupDesign';
import { CATALOG_DB, CATALOG_DESIGN_ID, REPLICATOR_DB, ROLLUP_DB, ROLLUP_DESIGN_ID, STATION_ROLE, USERS_DB, stationNames } from '../layout';
import { type Change, listStationAccounts, requireServerAdmin } from './accounts';
import { ensureStationServerSide, type ReplicationSettings } from './stationServerSide';

/** Every station account may read the catalog; only server admins write it (its validate function says so). */
export const CATALOG_SECURITY: Security = {
  admins: { names: [], roles: [] },
  members: { names: [], roles: [STATION_ROLE] },
};

/** The roll-up holds every station's records, personal data included: server admins only. */
export const ROLLUP_SECURITY: Security = {
  admins: { names: [], roles: [] },
  members: { names: [], roles: ['_admin'] },
};

/**
 * Creates or brings up to date everything the city needs: the system databases (a fresh single-node
 * CouchDB 3 may lack them), the catalog with the ten service fields, the roll-up with its views, and —
 * for stations added earlier — their security, design document and roll-up job (so running init after
 * an app upgrade installs the new validation). Writes nothing that is already as wanted.
 */
export async function initCity(client: CouchClient, replication: ReplicationSettings): Promise<Change[]> {
  await requireServerAdmin(client);
  const changes: Change[] = [];
  for (const db of [USERS_DB, REPLICATOR_DB]) {
    changes.push({ what: `database ${db}`, outcome: await ensureDatabase(client, db) });
  }

  changes.push({ what: `database ${CATALOG_DB}`, outcome: await ensureDatabase(client, CATALOG_DB) });
  changes.push({ what: `${CATALOG_DB}/_security`, outcome: await ensureSecurity(client, CATALOG_DB, CATALOG_SECURITY) });
  changes.push({ what: `${CATALOG_DB}/${CATALOG_DESIGN_ID}`, outcome: await ensureDocument(client, CATALOG_DB, catalogDesignDoc()) });
  for (const entry of serviceFieldEntries()) {
    changes.push({ what: `${CATALOG_DB}/${entry.id}`, outcome: await ensureDocument(client, CATALOG_DB, toCouchDoc(entry)) });
  }

  changes.push({ what: `database ${ROLLUP_DB}`, outcome: await ensureDatabase(client, ROLLUP_DB) });
  changes.push({ what: `${ROLLUP_DB}/_security`, outcome: await ensureSecurity(client, ROLLUP_DB, ROLLUP_SECURITY) });
  changes.push({ what: `${ROLLUP_DB}/${ROLLUP_DESIGN_ID}`, outcome: await ensureDocument(client, ROLLUP_DB, rollupDesignDoc()) });

  for (const account of await listStationAccounts(client)) {
    changes.push(...(await ensureStationServerSide(client, stationNames(account.stationLedger.code), replication)));
  }
  return changes;
}
