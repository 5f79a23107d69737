import { APP_UPDATES_DB } from '../../src-renderer/domain/stationSetupFile';
import type { Change } from '../commands/accounts';
import { ensureDatabase, ensureDocument, ensureSecurity, type CouchDocument, type Security } from '../couch/ensure';
import type { CouchClient } from '../couch/client';
import { ADMIN_ONLY_VALIDATE } from '../design/catalogDesign';
import { STATION_ROLE } from '../layout';

/**
 * The city serves the app's updates from its own CouchDB: `app-updates/win` is one document whose
 * attachments are latest.yml, the installer and its blockmap, so electron-updater's generic provider finds
 * `<server>/app-updates/win/latest.yml` and the installer beside it. Every station account may read (the
 * files are behind CouchDB's login, with the station's own account); only server admins write — the
 * security object cannot say "read-only", so the design document's validation refuses everyone else.
 */
export const APP_UPDATES_SECURITY: Security = {
  admins: { names: [], roles: [] },
  members: { names: [], roles: [STATION_ROLE] },
};

export const APP_UPDATES_DESIGN_ID = '_design/app-updates';

export function appUpdatesDesignDoc(): CouchDocument {
  return { _id: APP_UPDATES_DESIGN_ID, language: 'javascript', validate_doc_update: ADMIN_ONLY_VALIDATE };
}

export async function ensureAppUpdates(client: CouchClient): Promise<Change[]> {
  return [
    { what: `database ${APP_UPDATES_DB}`, outcome: await ensureDatabase(client, APP_UPDATES_DB) },
    { what: `${APP_UPDATES_DB}/_security`, outcome: await ensureSecurity(client, APP_UPDATES_DB, APP_UPDATES_SECURITY) },
    { what: `${APP_UPDATES_DB}/${APP_UPDATES_DESIGN_ID}`, outcome: await ensureDocument(client, APP_UPDATES_DB, appUpdatesDesignDoc()) },
  ];
}
